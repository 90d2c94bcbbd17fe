import { serializeInterchange, type InterchangeDocument } from '../../domain/interchange';
import { writeFileAtomic } from '../app/atomic-write';

/** Writes the deterministic file text; a crash leaves the old file or the new one, never half. */
export function writeInterchangeFile(path: string, document: InterchangeDocument): void {
  writeFileAtomic(path, serializeInterchange(document));
}
