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
  const revisionDuplicate = duplicateFinder('approvedRevisions', 'activityId');
  register.approvedRevisions.forEach((revision, i) => {
    const at = (...rest: PropertyKey[]) => jsonPath(['register', 'approvedRevisions', i, ...rest]);
    const duplicate = revisionDuplicate(revision.activityId, i);
    if (duplicate) {
      problems.push(duplicate);
      return;
    }
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
  const submissionDuplicate = duplicateFinder('submissions', 'id');
  register.submissions.forEach((submission, i) => {
    const at = (...rest: PropertyKey[]) => jsonPath(['register', 'submissions', i, ...rest]);
    const duplicate = submissionDuplicate(submission.id, i);
    if (duplicate) problems.push(duplicate);
    if (submission.activityCount !== submission.activities.length) {
      problems.push({ path: at('activityCount'), code: 'submission_count_mismatch', params: { count: submission.activityCount, printed: submission.activities.length } });
    }
  });
  return problems;
}

/** A problem for a key seen before in the same list (naming where it was first), else null. */
function duplicateFinder(collection: string, field: string): (key: string, index: number) => InterchangeProblem | null {
  const first = new Map<string, number>();
  return (key, index) => {
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, index);
      return null;
    }
    const path = (at: number) => jsonPath(['register', collection, at, field]);
    return { path: path(index), code: 'duplicate_id', params: { id: key, first: path(seen) } };
  };
}
