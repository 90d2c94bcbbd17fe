import { readFileSync } from 'node:fs';
import { parseJson, readInterchangeText, readInterchangeValue, type InterchangeDocument, type InterchangeReadResult } from '../../domain/interchange';
import { AppError } from '../../domain/ipc/result';
import { decodeAttachments, type AttachmentWithContent } from './attachment-content';
import { interchangeText, invalidUtf8Offset, lineColumnAt } from './interchange-bytes';
import { InterchangeError } from './interchange-error';

/** A fully checked interchange file: schema, references and attachment contents. */
export interface CheckedInterchange {
  document: InterchangeDocument;
  attachments: AttachmentWithContent[];
  /** References to § 7 UWG / § 25 TDDDG that the file cited as legal bases, now additional requirements. */
  convertedPseudoBases: number;
  /** The file's format version before the upgrade, and whether it carries approval data (version 2 on). */
  fileVersion: number;
  carriesApprovalData: boolean;
  /** The file read, when known (the import report names it). */
  source?: string;
}

function readError(path: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new AppError('file_not_found', `File not found: ${path}`, { path });
  const detail = `${path}: ${(error as Error).message}`;
  return new AppError('io', `Cannot read ${detail}`, { detail, path });
}

export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw readError(path, error);
  }
}

type ReadDocument = Extract<InterchangeReadResult, { ok: true }>;

function checkDocument(result: ReadDocument, source?: string): CheckedInterchange {
  const { document, fileVersion, carriesApprovalData } = result;
  const { attachments, problems } = decodeAttachments(document);
  if (problems.length) throw new InterchangeError({ kind: 'invalid', problems }, source);
  return { document, attachments, convertedPseudoBases: result.convertedPseudoBases ?? 0, fileVersion, carriesApprovalData, ...(source ? { source } : {}) };
}

/** Checks interchange text completely; throws InterchangeError naming the JSON paths of the problems. */
export function checkInterchangeText(text: string, source?: string): CheckedInterchange {
  const result = readInterchangeText(text);
  if (!result.ok) throw new InterchangeError(result.failure, source);
  return checkDocument(result, source);
}

/**
 * Checks the bytes of an interchange file: UTF-8 first (invalid bytes are refused with their
 * offset, never replaced), then everything checkInterchangeText checks. Long attachment
 * strings never become part of one huge string, so any accepted attachment size reads.
 */
export function checkInterchangeBytes(bytes: Buffer, source?: string): CheckedInterchange {
  const invalid = invalidUtf8Offset(bytes);
  if (invalid !== -1) {
    throw new InterchangeError({ kind: 'encoding', byteOffset: invalid, ...lineColumnAt(bytes, invalid) }, source);
  }
  const { text, restore } = interchangeText(bytes);
  const json = parseJson(text);
  if (!json.ok) throw new InterchangeError({ kind: 'syntax', error: json.error }, source);
  const result = readInterchangeValue(restore(json.value));
  if (!result.ok) throw new InterchangeError(result.failure, source);
  return checkDocument(result, source);
}

/** Reads and checks an interchange file; nothing is written anywhere. */
export function loadInterchangeFile(path: string): CheckedInterchange {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw readError(path, error);
  }
  return checkInterchangeBytes(bytes, path);
}
