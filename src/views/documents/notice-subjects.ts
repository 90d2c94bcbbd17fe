import type { NamedRef } from '../../../domain/ipc/channels/messaging';
import type { MissingCode, NoticeMissingItem, NoticeSubject } from '../../../domain/documents/privacy-notice/types';

/** One entry of the subject select: an activity or a messaging channel. */
export interface SubjectOption {
  /** The select's value: `activity:<id>` or `channel:<id>`. */
  key: string;
  subject: NoticeSubject;
  name: string;
  /** The activities whose data the notice is built from (the activity itself, or the channel's). */
  activities: NamedRef[];
}

export function subjectKey(subject: NoticeSubject): string {
  return subject.kind === 'activity' ? `activity:${subject.activityId}` : `channel:${subject.channelId}`;
}

/** The subject a select value stands for; null for '' or anything malformed. */
export function parseSubjectKey(key: string): NoticeSubject | null {
  const separator = key.indexOf(':');
  if (separator < 1) return null;
  const kind = key.slice(0, separator);
  const id = key.slice(separator + 1);
  if (!id) return null;
  if (kind === 'activity') return { kind: 'activity', activityId: id };
  if (kind === 'channel') return { kind: 'channel', channelId: id };
  return null;
}

/** Where a missing detail is entered: organisation sheet, an activity's editor, or the channel settings. */
export type FixTarget = { kind: 'organisation' } | { kind: 'activity'; id: string; name: string } | { kind: 'channel' };

const ORGANISATION_CODES: readonly MissingCode[] = [
  'controller_name',
  'controller_address',
  'controller_contact',
  'dpo_contact',
  'eu_representative',
  'supervisory_authority',
];
const CHANNEL_CODES: readonly MissingCode[] = ['channel_provider', 'channel_activities', 'channel_transfer', 'address_book_access'];

/**
 * The place to fix a missing detail; null when it cannot be named (an activity detail of a
 * channel used by several activities).
 */
export function fixTarget(code: MissingCode, subject: SubjectOption | null): FixTarget | null {
  if (ORGANISATION_CODES.includes(code)) return { kind: 'organisation' };
  if (CHANNEL_CODES.includes(code)) return { kind: 'channel' };
  const activities = subject?.activities ?? [];
  return activities.length === 1 ? { kind: 'activity', id: activities[0].id, name: activities[0].name } : null;
}

/** Each missing detail once (the notice marks e.g. the controller's contact in several sections). */
export function distinctMissing(items: NoticeMissingItem[]): NoticeMissingItem[] {
  const seen = new Set<MissingCode>();
  return items.filter((item) => !seen.has(item.code) && Boolean(seen.add(item.code)));
}
