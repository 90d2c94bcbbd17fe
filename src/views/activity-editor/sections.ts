import { nextTick } from 'vue';
import type { ActivityFinding } from '../../../domain/rules/findings';
// Used only inside functions, so the circular import with section-state is safe.
import { expandSection, shownFinding } from './section-state';

/** The editor's sections in page order; each is a fieldset with the id `activity-section-<key>`. */
export const EDITOR_SECTIONS = [
  'basics',
  'owner',
  'purposes',
  'dataSubjects',
  'dataCategories',
  'source',
  'recipients',
  'transfers',
  'retention',
  'toms',
  'dpia',
  'transparency',
] as const;
export type EditorSection = (typeof EDITOR_SECTIONS)[number];

export function sectionId(section: EditorSection): string {
  return `activity-section-${section}`;
}

/** Top-level activity fields per section, for marking sections whose fields have issues. */
const FIELD_SECTIONS: Record<string, EditorSection> = {
  name: 'basics',
  reference: 'basics',
  description: 'basics',
  status: 'owner',
  owner: 'owner',
  lastReviewedOn: 'owner',
  nextReviewOn: 'owner',
  purposes: 'purposes',
  dataSubjectCategories: 'dataSubjects',
  dataCategories: 'dataCategories',
  dataSource: 'source',
  recipients: 'recipients',
  jointControllerPartyIds: 'recipients',
  channelIds: 'recipients',
  transfers: 'transfers',
  retention: 'retention',
  toms: 'toms',
  dpia: 'dpia',
  automatedDecision: 'transparency',
  provision: 'transparency',
};

/** The section of an issue path like "activity.transfers.0.safeguardsDocumentation". */
export function sectionOfIssue(path: string): EditorSection {
  const field = path.split('.')[1] ?? '';
  return FIELD_SECTIONS[field] ?? 'basics';
}

/** Brings an element into view and gives it the keyboard focus. */
function reveal(element: HTMLElement): void {
  element.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  element.focus({ preventScroll: true });
}

/** Scrolls to a section and moves the focus to it (the fieldset is focusable with tabindex -1). */
export async function goToSection(section: EditorSection): Promise<void> {
  expandSection(section);
  await nextTick();
  const element = document.getElementById(sectionId(section));
  if (element) reveal(element);
}

/** Where a finding points: the element id of the field, and the section as a fallback. */
export function findingLocation(finding: ActivityFinding): { fieldId: string; section: EditorSection } {
  const { section, id } = finding.target;
  switch (section) {
    case 'purpose':
      return { fieldId: `purpose-${id}-description`, section: 'purposes' };
    case 'data_category':
      return { fieldId: `data-category-${id}`, section: 'dataCategories' };
    case 'retention':
      return { fieldId: `retention-${id}-amount`, section: 'retention' };
    case 'transfer':
      return { fieldId: `transfer-${id}-country`, section: 'transfers' };
    case 'recipient':
      return { fieldId: `recipient-${id}-label`, section: 'recipients' };
    case 'channel':
      return { fieldId: `activity-channel-${id}`, section: 'recipients' };
    case 'dpia':
      return { fieldId: '', section: 'dpia' };
    case 'source':
      return { fieldId: '', section: 'source' };
    default:
      return { fieldId: '', section: activityLevelSection(finding) };
  }
}

const RULE_SECTIONS: Partial<Record<ActivityFinding['rule'], EditorSection>> = {
  'special.art9-basis-missing': 'purposes',
  'special.art10-basis-missing': 'purposes',
  'party.link-missing': 'recipients',
  'activity.purposes-missing': 'purposes',
  'activity.data-subjects-missing': 'dataSubjects',
  'activity.data-categories-missing': 'dataCategories',
  'activity.toms-missing': 'toms',
  'activity.review-overdue': 'owner',
};

function activityLevelSection(finding: ActivityFinding): EditorSection {
  return RULE_SECTIONS[finding.rule] ?? 'basics';
}

/** Jumps to the field a finding is about (or its section when the field is gone). */
export async function goToFinding(finding: ActivityFinding, text = ''): Promise<void> {
  const { fieldId, section } = findingLocation(finding);
  expandSection(section);
  await nextTick();
  const field = fieldId ? document.getElementById(fieldId) : null;
  shownFinding.value = { finding, fieldId: field ? fieldId : sectionId(section), text };
  if (field) {
    field.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    field.focus({ preventScroll: true });
  } else await goToSection(section);
}
