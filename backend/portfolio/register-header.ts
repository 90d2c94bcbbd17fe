import { closeSync, openSync, readSync } from 'node:fs';
import { APPLICATION_ID } from '../storage/sqlite/open-database';

const SQLITE_MAGIC = 'SQLite format 3\0';
const HEADER_BYTES = 100;

export interface RegisterHeader {
  schemaVersion: number;
  /** Bytes 18/19 = 2: the file is in WAL mode. */
  wal: boolean;
}

/**
 * Reads the 100-byte SQLite header without SQLite (no lock, no side file): a register file is
 * an SQLite database whose application_id (offset 68) is VVT Desk's, whatever its extension.
 * Returns null for anything else; `damaged` when the file claims to be SQLite but the header is cut short.
 */
export function readRegisterHeader(path: string): RegisterHeader | null | 'damaged' {
  const buffer = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, buffer, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  if (read < SQLITE_MAGIC.length || buffer.toString('latin1', 0, SQLITE_MAGIC.length) !== SQLITE_MAGIC) return null;
  if (read < HEADER_BYTES) return 'damaged';
  if (buffer.readUInt32BE(68) !== APPLICATION_ID) return null;
  return { schemaVersion: buffer.readUInt32BE(60), wal: buffer[18] === 2 && buffer[19] === 2 };
}
