import { createHash } from 'node:crypto';
import { jsonPath, type InterchangeDocument, type InterchangeProblem } from '../../domain/interchange';
import type { AttachmentMeta } from '../../domain/model';

export interface AttachmentWithContent {
  meta: AttachmentMeta;
  content: Uint8Array;
}

/** Decodes the base64 contents and checks each against the size and sha256 its metadata states. */
export function decodeAttachments(document: InterchangeDocument): { attachments: AttachmentWithContent[]; problems: InterchangeProblem[] } {
  const problems: InterchangeProblem[] = [];
  const attachments = document.register.attachments.map(({ meta, contentBase64 }, index) => {
    const content = new Uint8Array(Buffer.from(contentBase64, 'base64'));
    const at = (field: string) => jsonPath(['register', 'attachments', index, 'meta', field]);
    if (content.byteLength !== meta.size) {
      problems.push({ path: at('size'), code: 'size_mismatch', params: { expected: meta.size, actual: content.byteLength } });
    }
    const sha256 = createHash('sha256').update(content).digest('hex');
    if (sha256 !== meta.sha256) {
      problems.push({ path: at('sha256'), code: 'hash_mismatch', params: { actual: sha256 } });
    }
    return { meta, content };
  });
  return { attachments, problems };
}
