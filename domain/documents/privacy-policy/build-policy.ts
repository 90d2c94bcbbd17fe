import type { Activity } from '../../model/activity';
import type { Language } from '../../model/common';
import { translate } from '../../i18n/translate';
import { fill } from '../art30/texts';
import type { RegisterSnapshot } from '../snapshot';
import { buildPrivacyNotice } from '../privacy-notice/build';
import { createNoticeContext } from '../privacy-notice/context';
import { controllerSection, dpoSection } from '../privacy-notice/controller';
import { emphasis, fillRuns, paragraph } from '../privacy-notice/rich-text';
import { complaintSection, objectionSection, rightsSection, withdrawalSection } from '../privacy-notice/rights';
import type { NoticeBlock, NoticeMissingItem, NoticeSection, NoticeSectionCode, NoticeSubject, PrivacyNotice } from '../privacy-notice/types';

/** Which processing the policy covers: activities and messaging channels of the register. */
export interface PolicySelection {
  activityIds: string[];
  channelIds: string[];
}

/** Sections about the organisation or the person's rights: given once for the whole policy. */
export const POLICY_WIDE_ELEMENTS: readonly NoticeSectionCode[] = ['controller', 'dpo', 'rights', 'withdrawal', 'complaint', 'objection'];

export interface PolicyProcessing {
  subject: NoticeSubject;
  name: string;
  /** Art. 13 or Art. 14, as the processing's own notice follows it. */
  article: PrivacyNotice['article'];
  /** The processing's own sections (purposes, recipients, transfers, storage, …), from its notice. */
  sections: NoticeSection[];
  /** Joint controllers of this processing (Art. 26), if any. */
  jointControllers: NoticeBlock[];
}

/** The complete privacy policy: controller and DPO once, each processing, then rights, complaint and objection once. */
export interface PrivacyPolicy {
  language: Language;
  title: string;
  intro: NoticeBlock[];
  head: NoticeSection[];
  processings: PolicyProcessing[];
  closing: NoticeSection[];
  missing: NoticeMissingItem[];
}

export class PolicySelectionError extends Error {
  constructor(readonly unknownIds: string[]) {
    super(unknownIds.length ? `Not in the register: ${unknownIds.join(', ')}` : 'Nothing selected for the privacy policy');
    this.name = 'PolicySelectionError';
  }
}

/** Default selection: every activity that is not archived. */
export function defaultPolicySelection(snapshot: RegisterSnapshot): PolicySelection {
  return { activityIds: snapshot.activities.filter((a) => a.status !== 'archived').map((a) => a.id), channelIds: [] };
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

/**
 * Assembles one privacy policy (Art. 13/14 GDPR) from the notices of the chosen activities and
 * channels: their processing-specific sections are kept as the per-activity builders made them;
 * the controller, the DPO, the rights, the withdrawal of consent, the complaint right and the
 * separate Art. 21(4) objection section are built once over all purposes of the selection.
 */
export function buildPrivacyPolicy(snapshot: RegisterSnapshot, selection: PolicySelection, language: Language): PrivacyPolicy {
  const unknown = [
    ...selection.activityIds.filter((id) => !snapshot.activities.some((a) => a.id === id)),
    ...selection.channelIds.filter((id) => !snapshot.channels.some((c) => c.id === id)),
  ];
  if (unknown.length || (!selection.activityIds.length && !selection.channelIds.length)) throw new PolicySelectionError(unknown);

  const ctx = createNoticeContext(snapshot, language, 'art13');
  const activities = selection.activityIds.map((id) => snapshot.activities.find((a) => a.id === id)!);
  const channels = selection.channelIds.map((id) => snapshot.channels.find((c) => c.id === id)!);
  const channelActivities = snapshot.activities.filter((a) => a.status !== 'archived' && a.channelIds.some((id) => selection.channelIds.includes(id)));
  const allPurposes = uniqueById([...activities, ...channelActivities].flatMap((a: Activity) => a.purposes));

  const perProcessing = (notice: PrivacyNotice) => notice.sections.filter((s) => !POLICY_WIDE_ELEMENTS.includes(s.element));
  const processings: PolicyProcessing[] = [
    ...activities.map((activity): PolicyProcessing => {
      const notice = buildPrivacyNotice(snapshot, { kind: 'activity', activityId: activity.id }, language);
      const names = activity.jointControllerPartyIds
        .map((id) => ctx.party(id))
        .map((party) => (party ? party.legalEntity.trim() || party.name : ''))
        .filter(Boolean);
      const joint = names.length ? [paragraph(fillRuns(ctx.t.controller.jointControllers, { names: names.join(ctx.t.common.listSeparator) }))] : [];
      return { subject: notice.subject, name: activity.name, article: notice.article, sections: perProcessing(notice), jointControllers: joint };
    }),
    ...channels.map((channel): PolicyProcessing => {
      const notice = buildPrivacyNotice(snapshot, { kind: 'channel', channelId: channel.id }, language);
      return { subject: notice.subject, name: channel.name, article: notice.article, sections: perProcessing(notice), jointControllers: [] };
    }),
  ];

  const head = [controllerSection(null, ctx), dpoSection(ctx)];
  const closing = [rightsSection(allPurposes, ctx), withdrawalSection(allPurposes, ctx), complaintSection(ctx), objectionSection(allPurposes, ctx)].filter(
    (s): s is NoticeSection => s !== null,
  );
  const organisation = snapshot.organisation.name.trim();
  const t = (key: string, params?: Record<string, string>) => translate(language, `formats.policy.${key}`, params);
  const title = organisation ? t('titleOf', { name: organisation }) : t('title');
  const sections = [...head, ...processings.flatMap((p) => p.sections), ...closing];
  const missing = sections.flatMap((s) => s.missing.map((code) => ({ element: s.element, code, label: ctx.t.missing[code] })));
  return { language, title, intro: [paragraph(t('intro'))], head, processings, closing, missing };
}

/**
 * The policy in the shape the notice renderers (HTML, Markdown, text, PDF, Word) take: each
 * processing becomes one section headed with its name, its own sections following as
 * emphasised sub-headings with their paragraphs; the objection section stays set apart.
 */
export function policyAsNotice(policy: PrivacyPolicy): PrivacyNotice {
  const t = (key: string, params?: Record<string, string>) => translate(policy.language, `formats.policy.${key}`, params);
  const processingSections = policy.processings.map((processing): NoticeSection => {
    const paragraphs: NoticeBlock[] = [
      ...processing.jointControllers,
      ...processing.sections.flatMap((s) => [paragraph(emphasis(s.heading)), ...s.paragraphs]),
    ];
    const missing = processing.sections.flatMap((s) => s.missing);
    return {
      element: processing.sections[0]?.element ?? 'purposes',
      number: null,
      reference: '',
      heading: fill(t(processing.subject.kind === 'activity' ? 'activityHeading' : 'channelHeading'), { name: processing.name }),
      paragraphs,
      status: missing.length ? 'missing' : 'complete',
      missing,
      highlighted: false,
    };
  });
  const first = policy.processings[0]?.subject ?? { kind: 'activity', activityId: '' };
  return {
    subject: first,
    language: policy.language,
    article: policy.processings.some((p) => p.article === 'art14') ? 'art14' : 'art13',
    title: policy.title,
    intro: policy.intro,
    sections: [...policy.head, ...processingSections, ...policy.closing],
    missing: policy.missing,
  };
}
