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
  article: PrivacyNotice['article'] = ctx.article,
): PrivacyNotice {
  const present = sections.filter((s): s is NoticeSection => s !== null);
  const missing = present.flatMap((s) => s.missing.map((code) => ({ element: s.element, code, label: ctx.t.missing[code] })));
  return { subject, language: ctx.language, article, title, intro, sections: present, missing };
}

/** Data from somewhere other than the person: named other sources, publicly accessible ones, or not from the person at all. */
export function hasOtherSources(activity: Activity): boolean {
  const source = activity.dataSource;
  return !source.fromDataSubject || source.otherSources.trim() !== '' || source.publiclyAccessible;
}

/**
 * The notice for one processing activity: Art. 13 when the data comes from the person, Art. 14
 * when it comes from elsewhere (then with the categories of data, the source and the timing note,
 * and without the obligation to provide, which Art. 14 does not know), and both when the data
 * comes partly from the person and partly from elsewhere: the Art. 13 notice with the Art. 14
 * parts for what was obtained elsewhere (Art. 14(1)(d) categories, 14(2)(f) source). The
 * objection box closes the notice.
 */
export function activityNotice(snapshot: RegisterSnapshot, activity: Activity, language: Language): PrivacyNotice {
  const fromSubject = activity.dataSource.fromDataSubject;
  const art14Parts = hasOtherSources(activity);
  const article: PrivacyNotice['article'] = !fromSubject ? 'art14' : art14Parts ? 'art13_14' : 'art13';
  const ctx = createNoticeContext(snapshot, language, fromSubject ? 'art13' : 'art14');
  const purposes = activity.purposes;
  const sections = [
    controllerSection(activity, ctx),
    dpoSection(ctx),
    purposesSection(purposes, ctx),
    legitimateInterestsSection(purposes, ctx),
    art14Parts ? otherSourceCategoriesSection(activity, ctx, fromSubject) : null,
    recipientsSection(activity.recipients, ctx),
    transfersSection(activity.transfers, ctx),
    storageSection(activity.retention.map((rule) => ({ rule, activity })), ctx),
    rightsSection(purposes, ctx),
    withdrawalSection(purposes, ctx),
    complaintSection(ctx),
    fromSubject ? provisionSection(activity, ctx) : null,
    art14Parts ? sourceSection(activity, ctx) : null,
    automatedDecisionSection(activity, ctx),
    art14Parts ? timingSection(ctx) : null,
    objectionSection(purposes, ctx),
  ];
  const intro = [paragraph(fill(ctx.t.intro[article], { name: activity.name }))];
  const title = fill(ctx.t.title.activity, { name: activity.name });
  return finishNotice(ctx, { kind: 'activity', activityId: activity.id }, title, intro, sections, article);
}

/** Art. 14(1)(d): the categories obtained elsewhere — those ticked for the other sources, else all of them. */
function otherSourceCategoriesSection(activity: Activity, ctx: NoticeContext, mixed: boolean): NoticeSection {
  const ids = new Set(activity.dataSource.otherSourceCategoryIds);
  const chosen = activity.dataCategories.filter((category) => ids.has(category.id));
  const categories = chosen.length ? chosen : activity.dataCategories;
  return dataCategoriesSection(categories, ctx, activity, mixed && chosen.length > 0);
}
