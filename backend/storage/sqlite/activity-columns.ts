import type { Activity } from '../../../domain/model';

export const ACTIVITY_COLUMNS = [
  'reference',
  'status',
  'department',
  'next_review_on',
  'legal_basis_codes',
  'has_special',
  'has_transfer',
  'search_text',
];

/** The indexed columns the activity list filters and sorts on, derived from the document. */
export function activityColumns(activity: Activity): Record<string, string | number> {
  const codes = new Set(activity.purposes.flatMap((p) => p.legalBases.map((b) => b.code)));
  return {
    reference: activity.reference,
    status: activity.status,
    department: activity.owner.department,
    next_review_on: activity.nextReviewOn,
    legal_basis_codes: codes.size ? ` ${[...codes].join(' ')} ` : '',
    has_special: activity.dataCategories.some((c) => c.special !== 'none') ? 1 : 0,
    has_transfer: activity.transfers.length > 0 ? 1 : 0,
    search_text: searchText(activity),
  };
}

/** All user-visible text of the activity, lower-cased, for "search over all text". */
export function searchText(value: unknown): string {
  const parts: string[] = [];
  const visit = (node: unknown, key: string): void => {
    if (typeof node === 'string') {
      if (node && !isIdKey(key)) parts.push(node);
    } else if (Array.isArray(node)) {
      node.forEach((item) => visit(item, key));
    } else if (node && typeof node === 'object') {
      for (const [childKey, child] of Object.entries(node)) visit(child, childKey);
    }
  };
  visit(value, '');
  return parts.join('\n').toLocaleLowerCase('de-DE');
}

function isIdKey(key: string): boolean {
  return key === 'id' || key.endsWith('Id') || key.endsWith('Ids') || key === 'createdAt' || key === 'updatedAt';
}
