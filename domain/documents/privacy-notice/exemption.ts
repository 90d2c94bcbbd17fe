import type { Activity, Art14Exemption } from '../../model/activity';
import { fill } from '../art30/texts';
import type { NoticeContext } from './context';
import { paragraph } from './rich-text';
import type { NoticeBlock } from './types';

const LETTER: Record<Exclude<Art14Exemption, 'none'>, string> = {
  already_informed: 'a',
  disproportionate: 'b',
  required_by_law: 'c',
  professional_secrecy: 'd',
};

/** The recorded Art. 14(5) exemption as the text printed instead of a missing Art. 14 element; none when no exemption is recorded. */
export function exemptionBlocks(activity: Activity, ctx: NoticeContext): NoticeBlock[] {
  const { art14Exemption: exemption, art14ExemptionNote: note } = activity.dataSource;
  if (exemption === 'none') return [];
  const letter = LETTER[exemption];
  const provision = ctx.language === 'de' ? `Art. 14 Abs. 5 lit. ${letter} DSGVO` : `Art. 14(5)(${letter}) GDPR`;
  const blocks = [paragraph(fill(ctx.t.exemption.text, { provision, reason: ctx.t.exemption.reason[exemption] }))];
  if (note.trim()) blocks.push(paragraph(fill(ctx.t.exemption.note, { note: note.trim() })));
  return blocks;
}
