import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AttachedDocument, AttachmentListItem } from '../../domain/ipc/channels/parties';
import { MAX_ATTACHMENT_BYTES, PartySchema, type Party } from '../../domain/model';
import { useRegister, valueOf } from './parties-support';

const openRegister = useRegister();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A PDF header followed by every byte value and random binary content. */
function pdfBytes(size = 300_000): Buffer {
  const allBytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  return Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), allBytes, randomBytes(size)]);
}

async function registerWithContract() {
  const register = await openRegister();
  const party = PartySchema.parse({ id: 'p1', name: 'Hoster GmbH', roles: ['processor'], contracts: [{ id: 'c1', type: 'avv', title: 'AVV Hosting' }] });
  valueOf(await register.services.dispatch('parties.save', { party }));
  return register;
}

describe('signed AVV documents inside the register file', () => {
  it('stores a PDF for a contract and exports it byte-identical after closing and reopening the register', async () => {
    const { dir, path, services } = await registerWithContract();
    const original = pdfBytes();
    const source = join(dir, 'AVV Hoster unterschrieben.pdf');
    writeFileSync(source, original);

    services.dialogs.answers.chooseFileToOpen.push(source);
    const attached = valueOf<AttachedDocument>(await services.dispatch('attachments.attachToContract', { partyId: 'p1', contractId: 'c1' }));
    expect(attached.attachment).toMatchObject({ fileName: 'AVV Hoster unterschrieben.pdf', mediaType: 'application/pdf', size: original.byteLength, sha256: sha256(original) });
    expect(attached.party.contracts[0].attachmentId).toBe(attached.attachment.id);

    valueOf(await services.dispatch('register.close', undefined));
    valueOf(await services.dispatch('register.openRecent', { path }));
    const reopened = valueOf<{ party: Party }>(await services.dispatch('parties.get', { id: 'p1' }));
    expect(reopened.party.contracts[0].attachmentId).toBe(attached.attachment.id);

    const target = join(dir, 'export', 'AVV.pdf');
    services.dialogs.answers.chooseSavePath.push(target);
    expect(await services.dispatch('attachments.export', { attachmentId: attached.attachment.id })).toEqual({
      ok: true,
      value: { path: target, bytes: original.byteLength },
    });
    const written = readFileSync(target);
    expect(sha256(written)).toBe(sha256(original));
    expect(written.equals(original)).toBe(true);

    const list = valueOf<AttachmentListItem[]>(await services.dispatch('attachments.list', undefined));
    expect(list).toEqual([expect.objectContaining({ id: attached.attachment.id, usedBy: [{ partyId: 'p1', partyName: 'Hoster GmbH', contractId: 'c1', contractTitle: 'AVV Hosting' }] })]);
  });

  it('replaces the previous document of the contract and deletes it', async () => {
    const { dir, services } = await registerWithContract();
    const first = join(dir, 'v1.pdf');
    const second = join(dir, 'v2.pdf');
    writeFileSync(first, pdfBytes(1000));
    writeFileSync(second, pdfBytes(2000));
    services.dialogs.answers.chooseFileToOpen.push(first, second);
    const one = valueOf<AttachedDocument>(await services.dispatch('attachments.attachToContract', { partyId: 'p1', contractId: 'c1' }));
    const two = valueOf<AttachedDocument>(await services.dispatch('attachments.attachToContract', { partyId: 'p1', contractId: 'c1' }));
    const list = valueOf<AttachmentListItem[]>(await services.dispatch('attachments.list', undefined));
    expect(list.map((a) => a.id)).toEqual([two.attachment.id]);
    expect(list[0].id).not.toBe(one.attachment.id);
  });

  it('rejects files larger than the limit and files that are not PDFs, storing nothing', async () => {
    const { dir, services } = await registerWithContract();
    const huge = join(dir, 'huge.pdf');
    writeFileSync(huge, '%PDF-1.7\n');
    truncateSync(huge, MAX_ATTACHMENT_BYTES + 1);
    const text = join(dir, 'not-a-pdf.pdf');
    writeFileSync(text, 'Dies ist kein PDF, nur Text mit der Endung .pdf');
    const empty = join(dir, 'empty.pdf');
    writeFileSync(empty, '');

    services.dialogs.answers.chooseFileToOpen.push(huge, text, empty);
    expect(await services.dispatch('attachments.attachToContract', { partyId: 'p1', contractId: 'c1' })).toMatchObject({
      ok: false,
      error: { code: 'validation', params: { messageKey: 'parties.errors.attachment_too_large', fileName: 'huge.pdf', maxMb: 50 } },
    });
    for (const fileName of ['not-a-pdf.pdf', 'empty.pdf']) {
      expect(await services.dispatch('attachments.attachToContract', { partyId: 'p1', contractId: 'c1' })).toMatchObject({
        ok: false,
        error: { code: 'validation', params: { messageKey: 'parties.errors.attachment_not_pdf', fileName } },
      });
    }
    expect(await services.dispatch('attachments.list', undefined)).toEqual({ ok: true, value: [] });
    const party = valueOf<{ party: Party }>(await services.dispatch('parties.get', { id: 'p1' })).party;
    expect(party.contracts[0].attachmentId).toBe('');
  });

  it('does nothing when a dialog is cancelled, and names an unknown contract', async () => {
    const { services } = await registerWithContract();
    services.dialogs.answers.chooseFileToOpen.push(null);
    expect(await services.dispatch('attachments.attachToContract', { partyId: 'p1', contractId: 'c1' })).toEqual({ ok: true, value: null });
    expect(await services.dispatch('attachments.attachToContract', { partyId: 'p1', contractId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'validation', params: { messageKey: 'parties.errors.contract_not_found' } },
    });
    expect(await services.dispatch('attachments.export', { attachmentId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('removes the documents of a contract dropped by a save, and of a deleted party', async () => {
    const { dir, services } = await registerWithContract();
    const file = join(dir, 'avv.pdf');
    writeFileSync(file, pdfBytes(500));
    services.dialogs.answers.chooseFileToOpen.push(file, file);
    const attached = valueOf<AttachedDocument>(await services.dispatch('attachments.attachToContract', { partyId: 'p1', contractId: 'c1' }));
    const saved = valueOf<Party>(await services.dispatch('parties.save', { party: { ...attached.party, contracts: [] } }));
    expect(saved.contracts).toEqual([]);
    expect(await services.dispatch('attachments.list', undefined)).toEqual({ ok: true, value: [] });

    const withContract = valueOf<Party>(
      await services.dispatch('parties.save', { party: { ...saved, contracts: [{ ...attached.party.contracts[0], attachmentId: '' }] } }),
    );
    valueOf(await services.dispatch('attachments.attachToContract', { partyId: withContract.id, contractId: 'c1' }));
    expect(valueOf<AttachmentListItem[]>(await services.dispatch('attachments.list', undefined))).toHaveLength(1);
    valueOf(await services.dispatch('parties.delete', { id: 'p1' }));
    expect(await services.dispatch('attachments.list', undefined)).toEqual({ ok: true, value: [] });
  });
});
