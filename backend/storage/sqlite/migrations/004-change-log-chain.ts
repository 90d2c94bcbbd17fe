import { backfillChain, CHAIN_SCHEMA, registerChainFunction } from '../change-log-chain';
import type { Migration } from './types';

/**
 * Migration 004 (file number assigned to the file-safety work; its place in MIGRATIONS may be
 * renumbered when other migrations are merged): chains every change-log entry to the one
 * before by a sha256 hash. Written with IF NOT EXISTS and a backfill that continues where the
 * chain ends, so it can run after any earlier schema step and is harmless to repeat.
 */
export const changeLogChain: Migration = {
  version: 4,
  name: 'hash chain over the change log',
  up(db) {
    registerChainFunction(db);
    db.exec(CHAIN_SCHEMA);
    backfillChain(db);
  },
};
