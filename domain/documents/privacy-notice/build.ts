import type { Language } from '../../model/common';
import { localizeSnapshot } from '../localize-snapshot';
import type { RegisterSnapshot } from '../snapshot';
import { activityNotice } from './activity-notice';
import { channelNotice } from './channel-notice';
import type { NoticeSubject, PrivacyNotice } from './types';

export class NoticeSubjectNotFoundError extends Error {
  constructor(readonly subject: NoticeSubject) {
    super(subject.kind === 'activity' ? `Activity ${subject.activityId} not found` : `Channel ${subject.channelId} not found`);
    this.name = 'NoticeSubjectNotFoundError';
  }
}

/**
 * A privacy notice (Art. 13/14 GDPR) generated from the register only: every sentence rests on
 * register data or on the legal consequence of it; data the register lacks appears as a visible
 * marker and in `missing`, never silently left out. Pure: the same snapshot gives the same notice.
 */
export function buildPrivacyNotice(stored: RegisterSnapshot, subject: NoticeSubject, language: Language): PrivacyNotice {
  const snapshot = localizeSnapshot(stored, language);
  if (subject.kind === 'activity') {
    const activity = snapshot.activities.find((a) => a.id === subject.activityId);
    if (!activity) throw new NoticeSubjectNotFoundError(subject);
    return activityNotice(snapshot, activity, language);
  }
  const channel = snapshot.channels.find((c) => c.id === subject.channelId);
  if (!channel) throw new NoticeSubjectNotFoundError(subject);
  return channelNotice(snapshot, channel, language);
}
