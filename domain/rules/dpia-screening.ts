import { DPIA_CRITERIA_CATALOGUE, dpiaConsequence, type DpiaConsequence } from '../catalogues/dpia-criteria';
import { findMustListItem, type MustListItem } from '../catalogues/dsk-must-list';
import { DPIA_CRITERIA, type Activity, type DpiaCriterion } from '../model/activity';
import type { Language } from '../model/common';
import { effectiveSpecial, isVulnerableSubject } from './catalogue-facts';

/**
 * DPIA threshold screening (Art. 35, WP248 rev.01, DSK Muss-Liste). The register already
 * knows criterion 4 (an Art. 9/10 data category) and criterion 7 (a vulnerable data-subject
 * category); they count without a click. A screening nobody decided is "not assessed".
 */
export type DpiaScreeningState = 'not_assessed' | 'required' | 'not_required';

export interface DpiaScreeningResult {
  /** Criteria the register shows, whether or not the user ticked them. */
  derived: DpiaCriterion[];
  /** Ticked and derived criteria, in the guidelines' order. */
  criteria: DpiaCriterion[];
  mustListItems: MustListItem[];
  /** On the authorities' mandatory list (the old flag or a selected item). */
  onMustList: boolean;
  /** What the criteria and the list imply. */
  consequence: DpiaConsequence;
  /** The DPO's decision; "not_assessed" while undecided. */
  state: DpiaScreeningState;
}

export function derivedDpiaCriteria(activity: Pick<Activity, 'dataCategories' | 'dataSubjectCategories'>): DpiaCriterion[] {
  const derived: DpiaCriterion[] = [];
  if (activity.dataCategories.some((c) => effectiveSpecial(c) !== 'none')) derived.push('sensitive_data');
  if (activity.dataSubjectCategories.some(isVulnerableSubject)) derived.push('vulnerable_subjects');
  return derived;
}

export function screenDpia(activity: Pick<Activity, 'dataCategories' | 'dataSubjectCategories' | 'dpia'>): DpiaScreeningResult {
  const derived = derivedDpiaCriteria(activity);
  const chosen = new Set<DpiaCriterion>([...activity.dpia.criteria, ...derived]);
  const criteria = DPIA_CRITERIA.filter((c) => chosen.has(c));
  const mustListItems = (activity.dpia.mustListItems ?? []).map(findMustListItem).filter((i): i is MustListItem => i !== undefined);
  const onMustList = activity.dpia.onMandatoryList || mustListItems.length > 0;
  const decision = activity.dpia.decision;
  return {
    derived,
    criteria,
    mustListItems,
    onMustList,
    consequence: dpiaConsequence(criteria.length, onMustList),
    state: decision === 'undecided' ? 'not_assessed' : decision,
  };
}

/** "Art. 9/10 data (4), vulnerable data subjects (7)" in the given language. */
export function criteriaList(criteria: readonly DpiaCriterion[], language: Language): string {
  return criteria
    .map((id) => DPIA_CRITERIA_CATALOGUE.find((c) => c.id === id))
    .filter((c) => c !== undefined)
    .map((c) => `${c.number} ${c.label[language]}`)
    .join('; ');
}

/**
 * The consequence as the editor and documents show it: an undecided screening without any
 * criterion is "not assessed" — never "DPIA probably not required".
 */
export function printedDpiaConsequence(result: DpiaScreeningResult): DpiaConsequence | 'not_assessed' {
  if (result.state === 'not_assessed' && result.consequence === 'likely_not_required') return 'not_assessed';
  return result.consequence;
}
