import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { registerChainFunction } from '../../backend/storage/sqlite/change-log-chain';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import { newActivity, newPurpose } from '../../domain/model';
import { countFormerPseudoBases, upgradeFormerPseudoBases } from '../../domain/model/former-pseudo-bases';
import { findingsForActivity } from '../../domain/rules/findings';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/**
 * Register files written before § 7 UWG and § 25 TDDDG became additional requirements store
 * them among a purpose's legal bases. Such a file must open; the references are read as
 * additional requirements, and a purpose that had nothing else keeps an error finding.
 */
describe('register files citing § 7 UWG / § 25 TDDDG as a legal basis', () => {
  it('open, and the references are read as additional requirements', async () => {
    const path = join(tempDir(), 'old.vvt');
    const store = SqliteRegisterStore.open(path, { create: true, actor: 'Test DPO' });
    const activity = newActivity('Newsletter');
    activity.purposes.push(newPurpose('Newsletter', ['6-1-a']), newPurpose('Werbung per WhatsApp', []));
    await store.activities.save(activity);
    await store.close();

    // What an older version wrote: the pseudo-bases inside legalBases, no additionalRequirements field.
    const raw = new Database(path);
    raw.function('vvt_actor', () => 'older VVT Desk');
    // The change-log triggers chain each entry (file safety): the writing program supplies the hash.
    registerChainFunction(raw);
    const doc = JSON.parse((raw.prepare('SELECT doc FROM activities WHERE id = ?').get(activity.id) as { doc: string }).doc);
    doc.purposes[0].legalBases.push({ code: 'uwg-7', note: '§ 7 Abs. 2 Nr. 2 UWG' });
    doc.purposes[1].legalBases = [{ code: 'uwg-7', note: '' }, { code: 'tdddg-25', note: '' }];
    for (const purpose of doc.purposes) delete purpose.additionalRequirements;
    raw.prepare('UPDATE activities SET doc = ? WHERE id = ?').run(JSON.stringify(doc), activity.id);
    raw.close();

    const reopened = SqliteRegisterStore.open(path, { create: false });
    const loaded = (await reopened.activities.get(activity.id))!;
    expect(loaded.purposes[0].legalBases).toEqual([{ code: '6-1-a', note: '' }]);
    expect(loaded.purposes[0].additionalRequirements).toEqual([{ code: 'uwg-7', note: '§ 7 Abs. 2 Nr. 2 UWG' }]);
    expect(loaded.purposes[1].legalBases).toEqual([]);
    expect(loaded.purposes[1].additionalRequirements.map((r) => r.code)).toEqual(['uwg-7', 'tdddg-25']);
    expect((await reopened.activities.list()).find((a) => a.id === activity.id)?.purposes[1].additionalRequirements).toHaveLength(2);
    const rules = findingsForActivity(loaded, { parties: [], channels: [], today: '2026-12-01' }).map((f) => f.rule);
    expect(rules).toContain('basis.uwg-not-a-basis');
    await reopened.close();
  });

  it('leaves current documents alone and counts what it moves', () => {
    const current = { purposes: [{ legalBases: [{ code: '6-1-a', note: '' }], additionalRequirements: [{ code: 'uwg-7', note: '' }] }] };
    expect(upgradeFormerPseudoBases(current)).toBe(current);
    expect(countFormerPseudoBases(current)).toBe(0);
    const old = { purposes: [{ legalBases: [{ code: 'uwg-7', note: 'x' }, { code: '6-1-f', note: '' }] }] };
    expect(countFormerPseudoBases(old)).toBe(1);
    expect(upgradeFormerPseudoBases(old)).toEqual({
      purposes: [{ legalBases: [{ code: '6-1-f', note: '' }], additionalRequirements: [{ code: 'uwg-7', note: 'x' }] }],
    });
  });
});
