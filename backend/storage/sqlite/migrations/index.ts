import { initial } from './001-initial';
import { activityListIndex } from './002-activity-list-index';
import { approvedRevisions } from './003-approved-revisions';
import { changeLogChain } from './004-change-log-chain';
import type { Migration } from './types';

/** All schema steps, oldest first. Append only; never edit a released migration. */
export const MIGRATIONS: readonly Migration[] = [initial, activityListIndex, approvedRevisions, changeLogChain];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

MIGRATIONS.forEach((migration, index) => {
  if (migration.version !== index + 1) {
    throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
  }
});
