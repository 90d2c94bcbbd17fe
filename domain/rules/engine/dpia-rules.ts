import type { Activity } from '../../model/activity';
import { criteriaList, screenDpia } from '../dpia-screening';
import type { AddFinding, FindingTarget } from './finding-builder';

/** Art. 35: the screening decided, in line with the criteria and the DSK list, and carried out when required. */
export function dpiaFindings(activity: Activity, add: AddFinding): void {
  const screening = screenDpia(activity);
  const target: FindingTarget = { section: 'dpia', id: activity.id };
  const params = {
    count: screening.criteria.length,
    criteria: { de: criteriaList(screening.criteria, 'de'), en: criteriaList(screening.criteria, 'en') },
  };
  if (screening.state === 'not_required' && screening.onMustList) add('dpia.must-list-not-required', target, params);
  else if (screening.state === 'not_required' && screening.consequence === 'required' && !activity.dpia.reason.trim()) {
    add('dpia.not-required-unexplained', target, params);
  } else if (screening.state === 'not_assessed' && screening.consequence === 'required') add('dpia.not-assessed', target, params);
  if (screening.state === 'required' && !activity.dpia.performed) add('dpia.required-not-performed', target, params);
}
