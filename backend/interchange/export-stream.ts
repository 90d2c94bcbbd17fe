import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadRegisterSnapshot } from '../documents/snapshot';
import {
  serializeInterchange,
  type InterchangeChangeLogEntry,
  type InterchangeDocument,
} from '../../domain/interchange';
import { AppError } from '../../domain/ipc/result';
import type { AttachmentMeta } from '../../domain/model';
import type { RegisterStore } from '../storage/register-store';
import { fsyncDirectory, temporaryPathFor } from '../storage/file-safety';
import { InterchangeSchema, parseJson } from '../../domain/interchange';
import { decodeAttachments } from './attachment-content';
import { exportedSubmissions, interchangeDocumentOf } from './export-register';
import { interchangeText } from './interchange-bytes';

export interface ExportFileOptions {
  /** ISO 8601 date-time written into the file; pass a fixed value for reproducible files. */
  exportedAt: string;
  /** Adds the register's change log (oldest first) to the file. */
  includeChangeLog?: boolean;
  /** Leaves out attachments whose content no longer matches their sha256, instead of refusing. */
  skipDamaged?: boolean;
}

export interface DamagedAttachment {
  id: string;
  fileName: string;
}

export interface ExportResult {
  /** The document as written, attachment contents replaced by short placeholders. */
  outline: InterchangeDocument;
  skipped: DamagedAttachment[];
}

/** Attachment bytes per base64 chunk: a multiple of 3, so chunks join without padding. */
const CHUNK_BYTES = 3 * 256 * 1024;

async function verifiedContent(store: RegisterStore, meta: AttachmentMeta): Promise<Buffer | null> {
  const content = await store.attachments.content(meta.id);
  if (!content) throw new AppError('not_found', `attachment ${meta.id} vanished during export`, { id: meta.id });
  const buffer = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  return sha256 === meta.sha256 && buffer.byteLength === meta.size ? buffer : null;
}

async function changeLogEntries(store: RegisterStore): Promise<InterchangeChangeLogEntry[]> {
  const entries = await store.changeLog.list({ limit: Number.MAX_SAFE_INTEGER });
  return entries.reverse().map((entry) => ({ ...entry }));
}

function writeAll(fd: number, text: string | Buffer): void {
  const buffer = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let offset = 0;
  while (offset < buffer.byteLength) offset += writeSync(fd, buffer, offset, buffer.byteLength - offset);
}

/**
 * Writes a register as an interchange file without ever holding the file as one string:
 * the JSON is produced with short placeholders, then written piece by piece with each
 * attachment's base64 streamed in chunks. Every attachment is checked against its sha256
 * first; the file is written to a temporary name, read back and checked like an import,
 * synced and only then renamed into place. The text is byte-identical to serializeInterchange.
 */
export async function writeRegisterExport(store: RegisterStore, target: string, options: ExportFileOptions): Promise<ExportResult> {
  const snapshot = await loadRegisterSnapshot(store);
  const nonce = randomBytes(12).toString('hex');
  const contents = new Map<string, Buffer>();
  const skipped: DamagedAttachment[] = [];
  const attachments: { meta: AttachmentMeta; contentBase64: string }[] = [];
  for (const meta of snapshot.attachments) {
    const content = await verifiedContent(store, meta);
    if (!content) {
      if (!options.skipDamaged) {
        throw new AppError('register_damaged', `attachment "${meta.fileName}" (${meta.id}) no longer matches its sha256`, {
          detail: `${meta.fileName} (${meta.id})`,
        });
      }
      skipped.push({ id: meta.id, fileName: meta.fileName });
      continue;
    }
    // A placeholder that is valid base64 (so the schema accepts it) and cannot occur by chance.
    const placeholder = `VVTX${nonce}${String(contents.size).padStart(8, '0')}`;
    contents.set(placeholder, content);
    attachments.push({ meta, contentBase64: placeholder });
  }
  const outline: InterchangeDocument = {
    ...interchangeDocumentOf(snapshot, attachments, options.exportedAt, await exportedSubmissions(store)),
    ...(options.includeChangeLog ? { changeLog: await changeLogEntries(store) } : {}),
  };
  const text = serializeInterchange(outline);

  mkdirSync(dirname(target), { recursive: true });
  const temp = temporaryPathFor(target, 'export');
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      const pattern = /"(VVTX[0-9a-f]{24}\d{8})"/g;
      let copied = 0;
      for (const match of text.matchAll(pattern)) {
        const content = contents.get(match[1]);
        if (!content) continue;
        writeAll(fd, `${text.slice(copied, match.index)}"`);
        for (let i = 0; i < content.byteLength; i += CHUNK_BYTES) {
          writeAll(fd, content.subarray(i, i + CHUNK_BYTES).toString('base64'));
        }
        writeAll(fd, '"');
        copied = match.index + match[0].length;
      }
      writeAll(fd, text.slice(copied));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // Read back: what was written parses, passes the schema and every attachment matches its hash.
    checkWrittenExport(readFileSync(temp), temp, attachments.length);
    renameSync(temp, target);
    fsyncDirectory(dirname(target));
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return { outline, skipped };
}

/** The checks of an import except references (an export may point to deleted entries; it warns). */
function checkWrittenExport(bytes: Buffer, path: string, attachmentCount: number): void {
  const fail = (detail: string) => new AppError('io', `export check failed for ${path}: ${detail}`, { detail, path });
  const { text, restore } = interchangeText(bytes);
  const json = parseJson(text);
  if (!json.ok) throw fail(`JSON syntax at line ${json.error.line}`);
  const parsed = InterchangeSchema.safeParse(restore(json.value));
  if (!parsed.success) throw fail(parsed.error.issues[0]?.message ?? 'schema');
  const { attachments, problems } = decodeAttachments(parsed.data);
  if (problems.length || attachments.length !== attachmentCount) throw fail('attachment content');
}
