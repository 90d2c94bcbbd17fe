import type { Migration } from './types';

/**
 * The activity list's columns as one covering index in name order. Activity rows are large
 * (JSON document and search text span several pages), so listing them in name order used to
 * walk every row's overflow pages; with this index the list, its pages and the department
 * select read the index only (≈ 3× faster at 5,000 activities, see `npm run bench`).
 * It supersedes the plain name index, which is a prefix of it.
 */
export const activityListIndex: Migration = {
  version: 2,
  name: 'covering index for the activity list',
  up(db) {
    db.exec(`
      DROP INDEX activities_name;
      CREATE INDEX activities_list_by_name ON activities (
        name COLLATE NOCASE, id, reference, status, department, updated_at,
        next_review_on, legal_basis_codes, has_special, has_transfer
      );
    `);
  },
};
