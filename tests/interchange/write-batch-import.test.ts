import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import { ActivitySchema } from '../../domain/model';
import { useTempDir } from '../support/temp-dir';
import { binaryPdf, sha256 } from './support/sample-register';

const tempDir = useTempDir();

describe('writeBatch operations for imports', () => {
  it('put writes an entity as given, keeping version and dates', async () => {
    const store = SqliteRegisterStore.open(join(tempDir(), 'r.vvt'), { create: true, actor: 'importer' });
    const activity = ActivitySchema.parse({ id: 'a-1', name: 'Import', version: 7, createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2021-01-01T00:00:00.000Z' });
    await store.writeBatch([{ op: 'put', kind: 'activity', value: activity }]);
    expect(await store.activities.get('a-1')).toEqual(activity);
    await store.writeBatch([{ op: 'put', kind: 'activity', value: { ...activity, name: 'Überschrieben', version: 2 } }]);
    expect((await store.activities.get('a-1'))?.version).toBe(2);
    expect((await store.changeLog.list({ entityId: 'a-1' })).map((e) => [e.action, e.actor])).toEqual([
      ['update', 'importer'],
      ['insert', 'importer'],
    ]);
    await store.close();
  });

  it('putAttachment keeps the metadata, refuses content that does not match it, deleteAttachment removes it', async () => {
    const store = SqliteRegisterStore.open(join(tempDir(), 'r.vvt'), { create: true });
    const content = binaryPdf();
    const meta = { id: 'att-1', fileName: 'AVV.pdf', mediaType: 'application/pdf', size: content.byteLength, sha256: sha256(content), addedAt: '2020-05-05T00:00:00.000Z' };
    await store.writeBatch([{ op: 'putAttachment', meta, content }]);
    expect(await store.attachments.meta('att-1')).toEqual(meta);
    expect(Buffer.from((await store.attachments.content('att-1'))!).equals(Buffer.from(content))).toBe(true);

    await expect(
      store.writeBatch([
        { op: 'deleteAttachment', id: 'att-1' },
        { op: 'putAttachment', meta: { ...meta, id: 'att-2', size: 1 }, content },
      ]),
    ).rejects.toMatchObject({ code: 'validation' });
    expect(await store.attachments.meta('att-1')).toEqual(meta);

    await store.writeBatch([{ op: 'deleteAttachment', id: 'att-1' }]);
    expect(await store.attachments.list()).toEqual([]);
    await expect(store.writeBatch([{ op: 'deleteAttachment', id: 'att-1' }])).rejects.toMatchObject({ code: 'not_found' });
    await store.close();
  });
});
