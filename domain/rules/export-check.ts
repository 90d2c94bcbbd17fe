import { COUNTRIES } from '../catalogues/countries';
import type { Activity } from '../model/activity';
import type { Organisation } from '../model/organisation';
import type { Finding } from './finding';

/** A mandatory organisation detail of Art. 30(1)(a) GDPR that is missing; `field` is the form field to fix it in. */
export type OrganisationGapCode =
  | 'controller_name'
  | 'controller_address'
  | 'controller_contact'
  | 'representative_name'
  | 'representative_address'
  | 'dpo_name'
  | 'dpo_contact'
  | 'supervisory_authority';

export interface OrganisationGap {
  code: OrganisationGapCode;
  /** Element id of the organisation form's field. */
  field: string;
}

export interface ActivityErrors {
  id: string;
  name: string;
  findings: Finding[];
}

export interface ExportCheck {
  organisationGaps: OrganisationGap[];
  /** Activities the authority version will print. */
  printed: number;
  /** Not printed because they are not approved (never approved, or no approved revision yet). */
  leftOut: { draft: number; in_review: number };
  /** Approved activities (or pending changes with an approved revision) whose current state has error findings. */
  withErrors: ActivityErrors[];
  /** Printed approved revisions whose activity has a change in progress (the older, approved text is printed). */
  pendingChanges: number;
  archived: number;
}

/** Art. 27 applies to controllers established outside the EU/EEA. */
function needsEuRepresentative(organisation: Organisation): boolean {
  if (organisation.hasEuRepresentative) return true;
  const code = organisation.address.countryCode;
  if (!code) return false;
  const entry = COUNTRIES.find((c) => c.code === code);
  return entry ? entry.status !== 'eea' : false;
}

/** Art. 30(1)(a): name and contact details of the controller, its representative and its DPO. */
export function organisationGaps(organisation: Organisation): OrganisationGap[] {
  const gaps: OrganisationGap[] = [];
  const o = organisation;
  if (!o.name.trim()) gaps.push({ code: 'controller_name', field: 'org-name' });
  if (!o.address.street.trim() || !o.address.city.trim()) gaps.push({ code: 'controller_address', field: 'org-street' });
  if (!o.email.trim() && !o.phone.trim()) gaps.push({ code: 'controller_contact', field: 'org-email' });
  if (needsEuRepresentative(o)) {
    if (!o.euRepresentative.name.trim()) gaps.push({ code: 'representative_name', field: 'eu-representative-toggle' });
    if (!o.euRepresentative.address.street.trim() || !o.euRepresentative.address.city.trim()) {
      gaps.push({ code: 'representative_address', field: 'eu-representative-street' });
    }
  }
  if (o.dpo.kind !== 'none') {
    if (!o.dpo.name.trim()) gaps.push({ code: 'dpo_name', field: 'dpo-name' });
    if (!o.dpo.email.trim() && !o.dpo.phone.trim()) gaps.push({ code: 'dpo_contact', field: 'dpo-email' });
  }
  if (!o.supervisoryAuthority.name.trim()) gaps.push({ code: 'supervisory_authority', field: 'org-authority-select' });
  return gaps;
}

/**
 * What the authority version will hold and what stands in its way, shown before the file is
 * written. `errorsOf` gives an activity's error findings (the findings engine's).
 */
export function authorityExportCheck(input: {
  organisation: Organisation;
  activities: readonly Activity[];
  approvedIds: ReadonlySet<string>;
  errorsOf: (activity: Activity) => Finding[];
}): ExportCheck {
  const check: ExportCheck = {
    organisationGaps: organisationGaps(input.organisation),
    printed: 0,
    leftOut: { draft: 0, in_review: 0 },
    withErrors: [],
    pendingChanges: 0,
    archived: 0,
  };
  for (const activity of input.activities) {
    if (activity.status === 'archived') {
      check.archived++;
      continue;
    }
    const hasRevision = activity.status === 'approved' || input.approvedIds.has(activity.id);
    if (!hasRevision && activity.status !== 'approved') {
      check.leftOut[activity.status]++;
      continue;
    }
    check.printed++;
    if (activity.status !== 'approved') check.pendingChanges++;
    const errors = input.errorsOf(activity).filter((f) => f.severity === 'error');
    if (errors.length) check.withErrors.push({ id: activity.id, name: activity.name, findings: errors });
  }
  return check;
}
