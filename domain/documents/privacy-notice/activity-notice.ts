import type { Activity } from '../../model/activity';
import type { Language } from '../../model/common';
import type { RegisterSnapshot } from '../snapshot';
import { fill } from '../art30/texts';
import { createNoticeContext, type NoticeContext } from './context';
import { controllerSection, dpoSection } from './controller';
import { automatedDecisionSection, provisionSection, sourceSection, timingSection } from './provision-source';
import { dataCategoriesSection, legitimateInterestsSection, purposesSection } from './purposes';
import { storageSection } from './retention';
import { paragraph } from './rich-text';
import { complaintSection, objectionSection, rightsSection, withdrawalSection } from './rights';
import { recipientsSection, transfersSection } from './transfers';
import type { NoticeBlock, NoticeSection, NoticeSubject, PrivacyNotice } from './types';

/** Collects the missing items of all sections in reading order and assembles the notice. */
export function finishNotice(
  ctx: NoticeContext,
  subject: NoticeSubject,
  title: string,
  intro: NoticeBlock[],
  sections: Array<NoticeSection | null>,
): PrivacyNotice {
  const present = sections.filter((s): s is NoticeSection => s !== null);
  const missing = present.flatMap((s) => s.missing.map((code) => ({ element: s.element, code, label: ctx.t.missing[code] })));
  return { subject, language: ctx.language, article: ctx.article, title, intro, sections: present, missing };
}

/**
 * The notice for one processing activity: Art. 13 when the data comes from the person, Art. 14
 * otherwise (then with the categories of data, the source and the timing note, and without the
 * obligation to provide, which Art. 14 does not know). The objection box closes the notice.
 */
export function activityNotice(snapshot: RegisterSnapshot, activity: Activity, language: Language): PrivacyNotice {
  const art14 = !activity.dataSource.fromDataSubject;
  const ctx = createNoticeContext(snapshot, language, art14 ? 'art14' : 'art13');
  const purposes = activity.purposes;
  const sections = [
    controllerSection(activity, ctx),
    dpoSection(ctx),
    purposesSection(purposes, ctx),
    legitimateInterestsSection(purposes, ctx),
    art14 ? dataCategoriesSection(activity.dataCategories, ctx) : null,
    recipientsSection(activity.recipients, ctx),
    transfersSection(activity.transfers, ctx),
    storageSection(activity.retention.map((rule) => ({ rule, activity })), ctx),
    rightsSection(purposes, ctx),
    withdrawalSection(purposes, ctx),
    complaintSection(ctx),
    art14 ? null : provisionSection(activity, ctx),
    art14 ? sourceSection(activity, ctx) : null,
    automatedDecisionSection(activity, ctx),
    art14 ? timingSection(ctx) : null,
    objectionSection(purposes, ctx),
  ];
  const intro = [paragraph(fill(ctx.t.intro[ctx.article], { name: activity.name }))];
  return finishNotice(ctx, { kind: 'activity', activityId: activity.id }, fill(ctx.t.title.activity, { name: activity.name }), intro, sections);
}
