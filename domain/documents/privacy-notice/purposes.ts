import type { Activity, DataCategory, Purpose } from '../../model/activity';
import { exemptionBlocks } from './exemption';
import { messages } from '../../i18n/messages';
import { legalBasisLabel } from '../art30/catalogue-labels';
import { splitLegalBases } from '../legal-basis-split';
import { missing, section, type NoticeContext } from './context';
import { needsLegitimateInterest } from './legal-facts';
import { fillRuns, list, paragraph, type RunInput } from './rich-text';
import type { NoticeSection } from './types';

/** Elements 3, 4 and 5: purposes with their legal bases, legitimate interests, categories of data (Art. 14). */

/** Lawful bases only under "Rechtsgrundlage"; § 7 UWG / § 25 TDDDG follow as "additional requirement". */
function basesText(purpose: Purpose, ctx: NoticeContext): RunInput {
  const { lawful, additional } = splitLegalBases(purpose.legalBases);
  if (lawful.length === 0) return missing(ctx, 'legal_basis');
  const text = lawful.map((basis) => legalBasisLabel(basis, ctx.language)).join('; ');
  if (!additional.length) return text;
  const extra = additional.map((basis) => legalBasisLabel(basis, ctx.language)).join('; ');
  return `${text}; ${messages[ctx.language].legalTexts.additionalRequirement}: ${extra}`;
}

export function purposesSection(purposes: Purpose[], ctx: NoticeContext, missingCode: 'purposes' | 'channel_activities' = 'purposes'): NoticeSection {
  if (purposes.length === 0) return section(ctx, 'purposes', [paragraph(missing(ctx, missingCode))]);
  const items = purposes.map((purpose) => fillRuns(ctx.t.purposes.item, { purpose: purpose.description, bases: basesText(purpose, ctx) }));
  return section(ctx, 'purposes', [paragraph(ctx.t.purposes.intro), list(items)]);
}

/** Only when a purpose relies on legitimate interests (Art. 13(1)(d) / 14(2)(b)); null otherwise. */
export function legitimateInterestsSection(purposes: Purpose[], ctx: NoticeContext): NoticeSection | null {
  const relevant = purposes.filter((purpose) => purpose.legalBases.some((basis) => needsLegitimateInterest(basis.code)));
  if (relevant.length === 0) return null;
  const items = relevant.map((purpose) =>
    fillRuns(ctx.t.interests.item, {
      purpose: purpose.description,
      interest: purpose.legitimateInterest.trim() || missing(ctx, 'legitimate_interest'),
    }),
  );
  return section(ctx, 'legitimate_interests', [paragraph(ctx.t.interests.intro), list(items)]);
}

function categoryItem(category: DataCategory, ctx: NoticeContext): RunInput {
  if (category.special === 'art9') return fillRuns(ctx.t.categories.art9, { label: category.label });
  if (category.special === 'art10') return fillRuns(ctx.t.categories.art10, { label: category.label });
  return category.label;
}

/**
 * Art. 14(1)(d): the categories of personal data concerned (`onlyOtherSources`: those obtained
 * elsewhere, in a notice that is partly Art. 13). A recorded Art. 14(5) exemption is printed
 * instead of the missing element.
 */
export function dataCategoriesSection(categories: DataCategory[], ctx: NoticeContext, activity?: Activity, onlyOtherSources = false): NoticeSection {
  if (categories.length === 0) {
    const exemption = activity ? exemptionBlocks(activity, ctx) : [];
    if (exemption.length) return section(ctx, 'data_categories', exemption, { notApplicable: true });
    return section(ctx, 'data_categories', [paragraph(missing(ctx, 'data_categories'))]);
  }
  const intro = onlyOtherSources ? ctx.t.categories.introOtherSources : ctx.t.categories.intro;
  return section(ctx, 'data_categories', [paragraph(intro), list(categories.map((c) => categoryItem(c, ctx)))]);
}
