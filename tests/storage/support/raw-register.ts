import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { registerChainFunction } from '../../../backend/storage/sqlite/change-log-chain';

/** A plain SQLite connection to a register, as a user with the sqlite3 tool would have it. */
export function rawRegister(path: string): Database.Database {
  const db = new Database(path);
  db.function('vvt_actor', () => 'sqlite3-tool');
  registerChainFunction(db);
  return db;
}

const BETTER_SQLITE3 = require.resolve('better-sqlite3');

/** For child scripts: the app's functions on a connection `db` (vvt_chain_hash as in change-log-chain.ts). */
export const CHILD_FUNCTIONS = `
  db.function('vvt_actor', () => 'crashing process');
  db.function('vvt_chain_hash', { varargs: true }, (prev, seq, at, actor, entity, entityId, action, before, after) =>
    require('crypto').createHash('sha256').update(JSON.stringify([String(prev ?? ''), Number(seq), String(at), String(actor), String(entity), String(entityId), String(action), before === null ? null : String(before), after === null ? null : String(after)])).digest('hex'));
`;

/**
 * Runs `script` (CommonJS, `Database` and `path` in scope) in a child Node process that is
 * then killed with SIGKILL: whatever it wrote stays as a crash leaves it (-wal, lock file).
 */
export function crashAfter(path: string, script: string): void {
  const source = `const Database = require(${JSON.stringify(BETTER_SQLITE3)}); const path = ${JSON.stringify(path)};\n${script}\nprocess.kill(process.pid, 'SIGKILL');`;
  const result = spawnSync(process.execPath, ['-e', source], { encoding: 'utf8' });
  if (result.signal !== 'SIGKILL') throw new Error(`child did not crash as planned: ${result.stderr}`);
}
