import { sameContent } from '../rules/approved-revision';
import type { InterchangeRegister } from './format';
import { jsonPath } from './json-path';
import type { InterchangeProblem } from './problems';

/**
 * The approval data must fit the activities it describes; a file where it does not is refused
 * (never repaired by guessing which state was approved):
 * - one approved revision per activity, of an activity in the file, with that activity's id
 *   and the status "approved";
 * - an activity the file marks approved has exactly the content of its approved revision
 *   (the register never stores an approved activity whose content differs from what was approved);
 * - submissions have unique ids and as many printed activities as they say.
 */
export function approvalProblems(register: InterchangeRegister): InterchangeProblem[] {
  const problems: InterchangeProblem[] = [];
  const activities = new Map(register.activities.map((a) => [a.id, a]));
  const firstRevision = new Map<string, number>();
  register.approvedRevisions.forEach((revision, i) => {
    const at = (...rest: PropertyKey[]) => jsonPath(['register', 'approvedRevisions', i, ...rest]);
    const first = firstRevision.get(revision.activityId);
    if (first !== undefined) {
      problems.push({ path: at('activityId'), code: 'duplicate_id', params: { id: revision.activityId, first: jsonPath(['register', 'approvedRevisions', first, 'activityId']) } });
      return;
    }
    firstRevision.set(revision.activityId, i);
    const activity = activities.get(revision.activityId);
    if (!activity) {
      problems.push({ path: at('activityId'), code: 'dangling_reference', params: { target: 'activity', id: revision.activityId } });
      return;
    }
    if (revision.activity.id !== revision.activityId) {
      problems.push({ path: at('activity', 'id'), code: 'revision_other_activity', params: { id: revision.activity.id, activityId: revision.activityId } });
    }
    if (revision.activity.status !== 'approved') {
      problems.push({ path: at('activity', 'status'), code: 'revision_not_approved', params: { value: revision.activity.status } });
    }
    if (activity.status === 'approved' && !sameContent(activity, revision.activity)) {
      problems.push({ path: at('activity'), code: 'approved_content_differs', params: { name: activity.name } });
    }
  });
  const firstSubmission = new Map<string, number>();
  register.submissions.forEach((submission, i) => {
    const at = (...rest: PropertyKey[]) => jsonPath(['register', 'submissions', i, ...rest]);
    const first = firstSubmission.get(submission.id);
    if (first !== undefined) {
      problems.push({ path: at('id'), code: 'duplicate_id', params: { id: submission.id, first: jsonPath(['register', 'submissions', first, 'id']) } });
    } else firstSubmission.set(submission.id, i);
    if (submission.activityCount !== submission.activities.length) {
      problems.push({ path: at('activityCount'), code: 'submission_count_mismatch', params: { count: submission.activityCount, printed: submission.activities.length } });
    }
  });
  return problems;
}
