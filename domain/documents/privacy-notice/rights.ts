import { SUPERVISORY_AUTHORITIES } from '../../catalogues';
import type { Purpose } from '../../model/activity';
import { joinNonEmpty } from '../art30/format';
import { missing, requestContact, section, type NoticeContext } from './context';
import {
  consentPurposes,
  marketingPurposes,
  objectionApplies,
  objectionCitations,
  objectionPurposes,
  portabilityApplies,
} from './legal-facts';
import { emailRun, emphasis, fillRuns, joinRuns, list, paragraph, webRun, type RunInput } from './rich-text';
import type { NoticeBlock, NoticeSection } from './types';

/** Elements 9–11 (rights, withdrawal of consent, complaint) and the separate Art. 21(4) objection box. */

function concerns(purposes: Purpose[], ctx: NoticeContext): NoticeBlock {
  return paragraph(fillRuns(ctx.t.common.concerns, { items: purposes.map((p) => p.description).join(ctx.t.common.listSeparator) }));
}

export function rightsSection(purposes: Purpose[], ctx: NoticeContext): NoticeSection {
  const r = ctx.t.rights;
  const items: RunInput[] = [r.access, r.rectification, r.erasure, r.restriction];
  if (portabilityApplies(purposes)) items.push(r.portability);
  if (objectionApplies(purposes)) items.push(emphasis(r.objection));
  return section(ctx, 'rights', [paragraph(r.intro), list(items), paragraph(fillRuns(r.contact, { contact: requestContact(ctx) }))]);
}

/** Only when a purpose relies on consent (Art. 13(2)(c) / 14(2)(d)); null otherwise. */
export function withdrawalSection(purposes: Purpose[], ctx: NoticeContext): NoticeSection | null {
  const relevant = consentPurposes(purposes);
  if (relevant.length === 0) return null;
  const w = ctx.t.withdrawal;
  return section(ctx, 'withdrawal', [
    paragraph(w.text),
    concerns(relevant, ctx),
    paragraph(fillRuns(w.contact, { contact: requestContact(ctx) })),
  ]);
}

/** The organisation's authority as entered, completed from the authorities catalogue where it was chosen from it. */
function authorityRuns(ctx: NoticeContext): RunInput {
  const ref = ctx.organisation.supervisoryAuthority;
  const entry = ref.catalogueId ? SUPERVISORY_AUTHORITIES.find((a) => a.id === ref.catalogueId) : undefined;
  const name = ref.name.trim() || entry?.label[ctx.language] || '';
  if (!name) return missing(ctx, 'supervisory_authority');
  const catalogueAddress = entry ? joinNonEmpty([entry.address.street, joinNonEmpty([entry.address.postalCode, entry.address.city], ' ')], ', ') : '';
  const address = ref.address.trim() || catalogueAddress;
  const website = ref.website.trim() || entry?.website || '';
  const email = ref.email.trim() || entry?.email || '';
  return joinRuns([name, address, website ? webRun(website) : '', email ? emailRun(email) : ''], ctx.t.common.listSeparator);
}

export function complaintSection(ctx: NoticeContext): NoticeSection {
  const c = ctx.t.complaint;
  return section(ctx, 'complaint', [paragraph(c.text), paragraph(fillRuns(c.competent, { authority: authorityRuns(ctx) }))]);
}

/**
 * Art. 21(4): the right to object is brought to the person's attention explicitly and separately —
 * for processing under Art. 6(1)(e)/(f) (Art. 21(1)) and for direct marketing (Art. 21(2)). Null when neither applies.
 */
export function objectionSection(purposes: Purpose[], ctx: NoticeContext): NoticeSection | null {
  const o = ctx.t.objection;
  // Never mixed: direct marketing gets the unconditional Art. 21(2)/(3) text only, the other
  // 6(1)(e)/(f) purposes the Art. 21(1) text with its "compelling legitimate grounds".
  const marketing = marketingPurposes(purposes);
  const legitimate = objectionPurposes(purposes).filter((purpose) => !marketing.includes(purpose));
  if (legitimate.length === 0 && marketing.length === 0) return null;
  const blocks: NoticeBlock[] = [];
  if (legitimate.length) {
    const bases = objectionCitations(legitimate, ctx.language).join(ctx.t.common.or);
    blocks.push(paragraph(fillRuns(o.legitimate, { bases })), concerns(legitimate, ctx), paragraph(o.consequence));
  }
  if (marketing.length) blocks.push(paragraph(emphasis(o.marketing)), concerns(marketing, ctx));
  blocks.push(paragraph(fillRuns(o.contact, { contact: requestContact(ctx) })));
  return section(ctx, 'objection', blocks, { highlighted: true });
}
