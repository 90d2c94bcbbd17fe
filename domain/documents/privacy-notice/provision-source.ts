import type { Activity } from '../../model/activity';
import { missing, section, valueOr, type NoticeContext } from './context';
import { exemptionBlocks } from './exemption';
import { fillRuns, paragraph } from './rich-text';
import type { NoticeBlock, NoticeSection } from './types';

/** Elements 12–14 (obligation to provide, source, automated decisions) and the Art. 14(3) timing note. */

export function provisionSection(activity: Activity, ctx: NoticeContext): NoticeSection {
  const p = ctx.t.provision;
  const { kind, obliged, consequences } = activity.provision;
  if (kind === 'unspecified') return section(ctx, 'provision', [paragraph(missing(ctx, 'provision'))]);
  return section(ctx, 'provision', [
    paragraph(p[kind], ' ', obliged ? p.obliged : p.notObliged),
    paragraph(fillRuns(p.consequences, { consequences: valueOr(ctx, consequences, 'provision_consequences') })),
  ]);
}

/** Art. 14(2)(f): where the data comes from and whether from publicly accessible sources; an Art. 14(5) exemption instead of a missing source. */
export function sourceSection(activity: Activity, ctx: NoticeContext): NoticeSection {
  const s = ctx.t.source;
  const { otherSources, publiclyAccessible } = activity.dataSource;
  const exemption = exemptionBlocks(activity, ctx);
  if (!otherSources.trim() && exemption.length) return section(ctx, 'source', exemption, { notApplicable: true });
  return section(ctx, 'source', [
    paragraph(fillRuns(s.sources, { sources: valueOr(ctx, otherSources, 'source') })),
    paragraph(publiclyAccessible ? s.public : s.notPublic),
  ]);
}

export function automatedDecisionSection(activity: Activity, ctx: NoticeContext): NoticeSection {
  const a = ctx.t.automated;
  const decision = activity.automatedDecision;
  if (!decision.exists) return section(ctx, 'automated_decision', [paragraph(a.none)], { notApplicable: true });
  const blocks: NoticeBlock[] = [
    paragraph(a.exists),
    paragraph(fillRuns(a.logic, { logic: valueOr(ctx, decision.logic, 'automated_logic') })),
    paragraph(fillRuns(a.consequences, { consequences: valueOr(ctx, decision.consequences, 'automated_consequences') })),
  ];
  return section(ctx, 'automated_decision', blocks);
}

export function timingSection(ctx: NoticeContext): NoticeSection {
  return section(ctx, 'art14_timing', [paragraph(ctx.t.timing.text)]);
}
