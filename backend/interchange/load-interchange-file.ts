import { readFileSync } from 'node:fs';
import { readInterchangeText, type InterchangeDocument } from '../../domain/interchange';
import { AppError } from '../../domain/ipc/result';
import { decodeAttachments, type AttachmentWithContent } from './attachment-content';
import { InterchangeError } from './interchange-error';

/** A fully checked interchange file: schema, references and attachment contents. */
export interface CheckedInterchange {
  document: InterchangeDocument;
  attachments: AttachmentWithContent[];
  /** References to § 7 UWG / § 25 TDDDG that the file cited as legal bases, now additional requirements. */
  convertedPseudoBases: number;
}

export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('file_not_found', `File not found: ${path}`, { path });
    const detail = `${path}: ${(error as Error).message}`;
    throw new AppError('io', `Cannot read ${detail}`, { detail, path });
  }
}

/** Checks interchange text completely; throws InterchangeError naming the JSON paths of the problems. */
export function checkInterchangeText(text: string, source?: string): CheckedInterchange {
  const result = readInterchangeText(text);
  if (!result.ok) throw new InterchangeError(result.failure, source);
  const { attachments, problems } = decodeAttachments(result.document);
  if (problems.length) throw new InterchangeError({ kind: 'invalid', problems }, source);
  return { document: result.document, attachments, convertedPseudoBases: result.convertedPseudoBases ?? 0 };
}

/** Reads and checks an interchange file; nothing is written anywhere. */
export function loadInterchangeFile(path: string): CheckedInterchange {
  return checkInterchangeText(readTextFile(path), path);
}
