import { reactive, ref } from 'vue';
import type { ActivityFinding } from '../../../domain/rules/findings';
import { EDITOR_SECTIONS, type EditorSection } from './sections';

/** Which editor sections are collapsed; every section starts open. */
export const collapsedSections = reactive(new Set<EditorSection>());

export function expandSection(section: EditorSection): void {
  collapsedSections.delete(section);
}

export function setAllSections(collapsed: boolean): void {
  if (collapsed) for (const section of EDITOR_SECTIONS) collapsedSections.add(section);
  else collapsedSections.clear();
}

/** The finding the user jumped to: shown beside its field until closed or another one is chosen. */
export const shownFinding = ref<{ finding: ActivityFinding; fieldId: string; text: string } | null>(null);

/** Sections clicked in the navigation hold the highlight while the page scrolls there. */
export const navigationLock = { until: 0 };
