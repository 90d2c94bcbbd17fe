import type { Activity } from '../model/activity';
import type { Organisation } from '../model/organisation';
import type { FindingSeverity } from './finding';

/**
 * How complete the Art. 30 record is: which of the mandatory contents are filled, per
 * activity (Art. 30(1)(b)–(g)) and for the register's own sheet (Art. 30(1)(a)).
 * "Filled" means something is recorded, not that it is right — that is what findings are for.
 */
export const ACTIVITY_MANDATORY_FIELDS = ['name', 'purposes', 'legalBases', 'dataSubjects', 'dataCategories', 'recipients', 'retention', 'toms'] as const;
export type ActivityMandatoryField = (typeof ACTIVITY_MANDATORY_FIELDS)[number];

export const ORGANISATION_MANDATORY_FIELDS = ['name', 'address', 'contact', 'dpo', 'authority'] as const;
export type OrganisationMandatoryField = (typeof ORGANISATION_MANDATORY_FIELDS)[number];

export interface Completeness<F extends string> {
  filled: number;
  total: number;
  missing: F[];
}

export type SeverityCounts = Record<FindingSeverity, number>;

export function emptySeverityCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}

const present = (text: string) => text.trim() !== '';

function isFilled(activity: Activity, field: ActivityMandatoryField): boolean {
  switch (field) {
    case 'name':
      return present(activity.name);
    case 'purposes':
      return activity.purposes.some((purpose) => present(purpose.description));
    case 'legalBases':
      return activity.purposes.length > 0 && activity.purposes.every((purpose) => purpose.legalBases.length > 0);
    case 'dataSubjects':
      return activity.dataSubjectCategories.length > 0;
    case 'dataCategories':
      return activity.dataCategories.length > 0;
    case 'recipients':
      return activity.recipients.length > 0;
    case 'retention':
      return activity.retention.length > 0;
    case 'toms':
      return activity.toms.measureIds.length > 0 || present(activity.toms.specific) || present(activity.toms.securityConceptRef);
  }
}

export function activityCompleteness(activity: Activity): Completeness<ActivityMandatoryField> {
  const missing = ACTIVITY_MANDATORY_FIELDS.filter((field) => !isFilled(activity, field));
  return { filled: ACTIVITY_MANDATORY_FIELDS.length - missing.length, total: ACTIVITY_MANDATORY_FIELDS.length, missing };
}

function organisationFilled(organisation: Organisation, field: OrganisationMandatoryField): boolean {
  switch (field) {
    case 'name':
      return present(organisation.name);
    case 'address':
      return present(organisation.address.street) && present(organisation.address.city);
    case 'contact':
      return present(organisation.email) || present(organisation.phone);
    case 'dpo':
      // Art. 30(1)(a) names the DPO "where applicable"; "none" is a decision, not a gap.
      return organisation.dpo.kind === 'none' || present(organisation.dpo.name);
    case 'authority':
      return present(organisation.supervisoryAuthority.name);
  }
}

export function organisationCompleteness(organisation: Organisation): Completeness<OrganisationMandatoryField> {
  const missing = ORGANISATION_MANDATORY_FIELDS.filter((field) => !organisationFilled(organisation, field));
  return { filled: ORGANISATION_MANDATORY_FIELDS.length - missing.length, total: ORGANISATION_MANDATORY_FIELDS.length, missing };
}

/** Whole-number percentage; 100 only when nothing is missing. */
export function percent(completeness: { filled: number; total: number }): number {
  if (completeness.total === 0) return 100;
  const value = Math.floor((completeness.filled / completeness.total) * 100);
  return completeness.filled === completeness.total ? 100 : Math.min(value, 99);
}
