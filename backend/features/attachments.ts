import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../domain/ipc/result';
import { MAX_ATTACHMENT_BYTES, newId, type AttachmentMeta, type Party } from '../../domain/model';
import type { AppContext } from '../app/context';
import { writeFileAtomic } from '../app/atomic-write';
import type { WriteOperation } from '../storage/register-store';
import { partyRefusal, requireParty } from './parties';
import type { FeatureHandlers } from './types';

type AttachmentChannel = 'attachments.attachToContract' | 'attachments.export' | 'attachments.list';

/** Every PDF starts with this header (ISO 32000-1, 7.5.2). */
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const MB = 1024 * 1024;

/** Reads a signed contract chosen by the user: size checked before reading, content checked to be a PDF. */
export function readPdfForRegister(path: string): { meta: AttachmentMeta; content: Uint8Array } {
  const fileName = basename(path);
  const tooLarge = (size: number) =>
    partyRefusal('attachment_too_large', `${fileName} is larger than ${MAX_ATTACHMENT_BYTES} bytes`, {
      fileName,
      sizeMb: Math.ceil(size / MB),
      maxMb: MAX_ATTACHMENT_BYTES / MB,
    });
  let content: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_ATTACHMENT_BYTES) throw tooLarge(size);
    content = readFileSync(path);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('io', `Cannot read ${path}`, { path, detail: error instanceof Error ? error.message : String(error) });
  }
  if (content.byteLength > MAX_ATTACHMENT_BYTES) throw tooLarge(content.byteLength);
  if (!content.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) {
    throw partyRefusal('attachment_not_pdf', `${fileName} does not start with %PDF-`, { fileName });
  }
  const meta: AttachmentMeta = {
    id: newId(),
    fileName,
    mediaType: 'application/pdf',
    size: content.byteLength,
    sha256: createHash('sha256').update(content).digest('hex'),
    addedAt: new Date().toISOString(),
  };
  return { meta, content: new Uint8Array(content.buffer, content.byteOffset, content.byteLength) };
}

function isReferencedElsewhere(parties: Party[], attachmentId: string, except: { partyId: string; contractId: string }): boolean {
  return parties.some((p) => p.contracts.some((c) => c.attachmentId === attachmentId && !(p.id === except.partyId && c.id === except.contractId)));
}

export function attachmentHandlers(ctx: AppContext): FeatureHandlers<AttachmentChannel> {
  return {
    'attachments.attachToContract': async ({ partyId, contractId }) => {
      const store = ctx.session.require();
      const party = await requireParty(store, partyId);
      const contract = party.contracts.find((c) => c.id === contractId);
      if (!contract) throw partyRefusal('contract_not_found', `Contract ${contractId} not found at party ${partyId}`, { name: party.name, contractId });
      const path = await ctx.dialogs.chooseFileToOpen({ kind: 'pdf' });
      if (!path) return null;
      const { meta, content } = readPdfForRegister(path);
      const updated: Party = {
        ...party,
        contracts: party.contracts.map((c) => (c.id === contractId ? { ...c, attachmentId: meta.id } : c)),
      };
      const previous = contract.attachmentId;
      const replacesOld = previous !== '' && !isReferencedElsewhere(await store.parties.list(), previous, { partyId, contractId });
      // One transaction: the document, the contract pointing at it, and the replaced document gone.
      await store.writeBatch([
        { op: 'putAttachment', meta, content },
        { op: 'save', kind: 'party', value: updated },
        ...(replacesOld ? [{ op: 'deleteAttachment', id: previous } satisfies WriteOperation] : []),
      ]);
      return { attachment: meta, party: await requireParty(store, partyId) };
    },
    'attachments.export': async ({ attachmentId }) => {
      const store = ctx.session.require();
      const meta = await store.attachments.meta(attachmentId);
      if (!meta) throw new AppError('not_found', `Attachment ${attachmentId} not found`, { id: attachmentId });
      const path = await ctx.dialogs.chooseSavePath({ suggestedName: meta.fileName, kind: 'pdf' });
      if (!path) return null;
      const content = await store.attachments.content(attachmentId);
      if (!content) throw new AppError('not_found', `Attachment ${attachmentId} not found`, { id: attachmentId });
      writeFileAtomic(path, content);
      return { path, bytes: content.byteLength };
    },
    'attachments.list': async () => {
      const store = ctx.session.require();
      const [attachments, parties] = await Promise.all([store.attachments.list(), store.parties.list()]);
      return attachments.map((meta) => ({
        ...meta,
        usedBy: parties.flatMap((p) =>
          p.contracts
            .filter((c) => c.attachmentId === meta.id)
            .map((c) => ({ partyId: p.id, partyName: p.name, contractId: c.id, contractTitle: c.title })),
        ),
      }));
    },
  };
}
