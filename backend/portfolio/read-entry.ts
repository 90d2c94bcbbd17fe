import { ZodError } from 'zod';
import type { PortfolioRow } from '../../domain/portfolio/types';
import { LATEST_SCHEMA_VERSION } from '../storage/sqlite/migrations';
import type { IndexEntry } from './portfolio-index';
import { asReadError, ClientReadError, openReadCopyFor, type OpenRegister } from './read-copy';
import { readClientFacts } from './read-client';
import { readRegisterHeader } from './register-header';
import type { FileStamp } from './scan-folders';

/** Problems that may be gone at the next refresh (a lock, a passing read error) are not remembered. */
const TRANSIENT = new Set(['locked', 'unreadable']);

function problemEntry(stamp: FileStamp, today: string, error: ClientReadError): IndexEntry {
  const row: PortfolioRow = { path: stamp.path, status: 'problem', problem: error.problem, detail: error.message };
  // A negative size never matches the file again, so a transient problem is read again next time.
  const size = TRANSIENT.has(error.problem) ? -1 : stamp.size;
  return { ...stamp, size, today, appSchema: LATEST_SCHEMA_VERSION, row, dueItems: [], search: [] };
}

/**
 * Reads one file for the index: a register's facts, a named problem, or "not a register".
 * The register open in this window (`openHere`) is read through its own connection.
 */
export function readIndexEntry(stamp: FileStamp, today: string, openHere: OpenRegister | null = null): IndexEntry {
  const { path } = stamp;
  const base = { ...stamp, today, appSchema: LATEST_SCHEMA_VERSION };
  let header;
  try {
    header = readRegisterHeader(path);
  } catch (error) {
    return problemEntry(stamp, today, asReadError(path, error));
  }
  if (header === null) {
    // A .vvt file that is not a register is worth naming; any other file is simply not a client.
    if (!path.toLowerCase().endsWith('.vvt')) return { ...base, row: null, dueItems: [], search: [] };
    return problemEntry(stamp, today, new ClientReadError('damaged', `${path} is not a readable VVT Desk register`));
  }
  if (header === 'damaged') return problemEntry(stamp, today, new ClientReadError('damaged', `${path}: the file header is cut short`));
  let copy;
  try {
    copy = openReadCopyFor(path, header.schemaVersion, openHere);
  } catch (error) {
    return problemEntry(stamp, today, asReadError(path, error));
  }
  try {
    const facts = readClientFacts(path, copy, today);
    return { ...base, row: { path, status: 'ok', summary: facts.summary }, dueItems: facts.dueItems, search: facts.search };
  } catch (error) {
    const invalidContent = error instanceof ZodError || error instanceof SyntaxError;
    const readError = invalidContent ? new ClientReadError('damaged', `${path}: ${(error as Error).message.slice(0, 300)}`) : asReadError(path, error);
    return problemEntry(stamp, today, readError);
  } finally {
    copy.db.close();
  }
}
