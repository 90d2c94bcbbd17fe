import { findAdditionalRequirement } from '../../../catalogues/additional-requirements';
import { translate } from '../../../i18n/translate';
import type { Activity, Purpose } from '../../../model/activity';
import { labelled, missingMandatory, spacedBlocks, type KeyValueRow } from '../blocks';
import { isConsentBasis, legalBasisLabel, requiresLegitimateInterest } from '../catalogue-labels';
import type { Art30Context } from '../context';
import type { PdfContent } from '../pdf-types';
import { messages } from '../../../i18n/messages';
import { splitLegalBases } from '../../legal-basis-split';

function purposeBlock(purpose: Purpose, ctx: Art30Context): PdfContent[] {
  const t = ctx.texts;
  const { lawful } = splitLegalBases(purpose.legalBases);
  const bases = lawful.map((basis) => legalBasisLabel(basis, ctx.language));
  const block: PdfContent[] = [
    { text: purpose.description, style: 'cellLead' },
    ...labelled(t.art30.activity.legalBasis, bases.length ? bases.join('; ') : t.common.empty),
  ];
  // § 7 UWG, § 25 TDDDG: printed as what they are, an additional requirement, never as legal basis.
  const requirements = (purpose.additionalRequirements ?? []).map((r) => {
    const citation = findAdditionalRequirement(r.code)?.citation[ctx.language] ?? r.code;
    return r.note.trim() ? `${citation} (${r.note.trim()})` : citation;
  });
  if (requirements.length) block.push(...labelled(translate(ctx.language, 'legalChecks.document.additionalRequirements'), requirements.join('; ')));
  if (purpose.legalBases.some((basis) => requiresLegitimateInterest(basis.code))) {
    block.push(...labelled(t.art30.activity.legitimateInterest, purpose.legitimateInterest.trim() || t.common.empty));
  }
  // How consent is recorded: always shown for a consent basis ("—" when not yet described).
  if (purpose.consentRecord.trim() || purpose.legalBases.some((basis) => isConsentBasis(basis.code))) {
    block.push(...labelled(t.art30.activity.consentRecord, purpose.consentRecord.trim() || t.common.empty));
  }
  return block;
}

/** Art. 30(1)(b): purposes, each with its legal bases, the legitimate interest (6-1-f) and the consent record. */
export function purposesRow(activity: Activity, ctx: Art30Context): KeyValueRow {
  const a = ctx.texts.art30.activity;
  const missing = activity.purposes.length === 0;
  return {
    label: a.purposes,
    reference: a.purposesReference,
    missing,
    value: missing ? missingMandatory(ctx.texts) : spacedBlocks(activity.purposes.map((p) => purposeBlock(p, ctx))),
  };
}
