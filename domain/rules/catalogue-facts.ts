import { DATA_CATEGORIES } from '../catalogues/data-categories';
import { DATA_SUBJECT_CATEGORIES } from '../catalogues/data-subject-categories';
import type { DataCategory, DataSubjectCategory, SpecialCategory } from '../model/activity';

/**
 * What the catalogues know about an entry, whatever the stored copy says: a data category the
 * catalogue marks Art. 9 or Art. 10 is special even if the input said "none" (issue #8).
 */
export function effectiveSpecial(category: Pick<DataCategory, 'catalogueId' | 'special'>): SpecialCategory {
  const entry = category.catalogueId ? DATA_CATEGORIES.find((c) => c.id === category.catalogueId) : undefined;
  return entry && entry.special !== 'none' ? entry.special : category.special;
}

/** WP248 criterion 7: the catalogue flags the category as vulnerable (children, employees, patients …). */
export function isVulnerableSubject(subject: Pick<DataSubjectCategory, 'catalogueId'>): boolean {
  return Boolean(subject.catalogueId && DATA_SUBJECT_CATEGORIES.find((c) => c.id === subject.catalogueId)?.vulnerable);
}

/** The activity with each data category's Art. 9/10 flag as the catalogue has it (stored, printed and checked alike). */
export function withCatalogueSpecials<A extends { dataCategories: DataCategory[] }>(activity: A): A {
  if (activity.dataCategories.every((c) => effectiveSpecial(c) === c.special)) return activity;
  return { ...activity, dataCategories: activity.dataCategories.map((c) => ({ ...c, special: effectiveSpecial(c) })) };
}
