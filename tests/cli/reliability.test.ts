import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { endQuietlyOnClosedPipe } from '../../backend/cli/closed-pipe';
import { listBackups } from '../../backend/storage/backups';
import { migrate } from '../../backend/storage/sqlite/open-database';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import { toMarkdown } from '../../domain/documents/privacy-notice/render-text';
import type { PrivacyNotice } from '../../domain/documents/privacy-notice/types';
import { newActivity } from '../../domain/model';
import { DEMO_FILE } from '../interchange/support/sample-register';
import { rawRegister } from '../storage/support/raw-register';
import { useTempDir } from '../support/temp-dir';
import { vvt } from './support/run-vvt';

const tempDir = useTempDir();

describe('big attachments', () => {
  it('a register with a 40 MiB attachment exports, verifies and imports byte-identically', async () => {
    const dir = tempDir();
    const register = join(dir, 'gross.vvt');
    const store = SqliteRegisterStore.open(register, { create: true, actor: 't' });
    const content = randomBytes(40 * 1024 * 1024);
    const meta = await store.attachments.add('Vertrag.pdf', 'application/pdf', content);
    await store.close();

    const first = join(dir, 'first.json');
    const exported = await vvt(['export', register, first]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect((await vvt(['validate', first])).code).toBe(0);
    const copy = join(dir, 'copy.vvt');
    expect((await vvt(['import', first, copy])).code).toBe(0);
    const second = join(dir, 'second.json');
    expect((await vvt(['export', copy, second])).code).toBe(0);
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);

    const reopened = SqliteRegisterStore.open(copy, { create: false, readonly: true });
    expect(Buffer.from((await reopened.attachments.content(meta.id))!).equals(content)).toBe(true);
    await reopened.close();
  }, 180_000);

  it('export verifies attachment hashes: a damaged one is refused by name, or left out with --skip-damaged', async () => {
    const dir = tempDir();
    const register = join(dir, 'r.vvt');
    const store = SqliteRegisterStore.open(register, { create: true, actor: 't' });
    await store.attachments.add('AVV.pdf', 'application/pdf', new TextEncoder().encode('%PDF-1.4 signed'));
    await store.close();
    const raw = rawRegister(register);
    raw.exec("UPDATE attachments SET content = x'00112233'");
    raw.close();
    const refused = await vvt(['export', register, join(dir, 'a.json')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('AVV.pdf');
    expect(existsSync(join(dir, 'a.json'))).toBe(false);
    const skipped = await vvt(['export', register, join(dir, 'b.json'), '--skip-damaged']);
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toContain('Ausgelassen');
    expect(JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')).register.attachments).toEqual([]);
  });

  it('--with-log adds the change log, oldest first, with its chain hashes', async () => {
    const dir = tempDir();
    const register = join(dir, 'r.vvt');
    await vvt(['import', DEMO_FILE, register]);
    const json = join(dir, 'r.json');
    expect((await vvt(['export', register, json, '--with-log'])).code).toBe(0);
    const log = JSON.parse(readFileSync(json, 'utf8')).changeLog;
    expect(log.length).toBeGreaterThan(5);
    expect(log[0].seq).toBe(1);
    expect(log[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await vvt(['validate', json])).code).toBe(0);
  });
});

describe('input never silently altered', () => {
  it('Latin-1 in an import is refused with its byte offset instead of becoming U+FFFD', async () => {
    const dir = tempDir();
    const text = readFileSync(DEMO_FILE, 'utf8').replace('"name": "', '"name": "M\u00fcller ');
    const bytes = Buffer.from(text, 'latin1');
    const file = join(dir, 'latin1.json');
    writeFileSync(file, bytes);
    const result = await vvt(['validate', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Position ${bytes.indexOf(0xfc)}`);
    expect((await vvt(['import', file, join(dir, 'x.vvt')])).code).toBe(2);
    expect(existsSync(join(dir, 'x.vvt'))).toBe(false);
  });

  it('summary and export of an older register work without migrating it or writing next to it', async () => {
    const dir = tempDir();
    const path = join(dir, 'alt.vvt');
    const db = new Database(path);
    db.function('vvt_actor', () => 't');
    migrate(db, 1);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = readFileSync(path);
    expect((await vvt(['summary', path])).code).toBe(0);
    expect((await vvt(['summary', path, '--json'])).code).toBe(0);
    expect((await vvt(['export', path, join(tempDir(), 'out.json')])).code).toBe(0);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['alt.vvt']);
  });

  it('a closed stdout pipe (summary --json | head -1) ends quietly with exit 0', () => {
    const stream = new EventEmitter() as unknown as NodeJS.WriteStream;
    const exits: number[] = [];
    endQuietlyOnClosedPipe(stream, (code) => void exits.push(code));
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(exits).toEqual([0]);
    expect(() => stream.emit('error', Object.assign(new Error('disk'), { code: 'EIO' }))).toThrow('disk');
  });

  it('Markdown escapes every line of register text: no headings, code blocks, lists or quotes sneak in', () => {
    const evil = 'Zweck\n# Überschrift\n    eingerückter Code\n```js\n- Liste\n> Zitat\n1. Punkt\n---';
    const notice: PrivacyNotice = {
      subject: { kind: 'activity', activityId: 'a' },
      language: 'de',
      article: 'art13',
      title: 'Hinweise',
      intro: [{ kind: 'paragraph', runs: [{ kind: 'text', text: evil }] }],
      sections: [],
      missing: [],
    };
    const lines = toMarkdown(notice).split('\n').slice(1);
    for (const line of lines) {
      expect(line).not.toMatch(/^(#|\s{4}|```|- |> |\d+\. |---)/);
    }
    expect(lines.join('\n')).toContain('Überschrift');
  });
});

describe('one writer through the CLI', () => {
  it('import --replace while the register is open elsewhere is refused with a clear message, and changes nothing', async () => {
    const dir = tempDir();
    const register = join(dir, 'r.vvt');
    await vvt(['import', DEMO_FILE, register]);
    const app = SqliteRegisterStore.open(register, { create: false, actor: 'app' });
    const json = join(dir, 'other.json');
    writeFileSync(json, readFileSync(DEMO_FILE, 'utf8').replace('Muster', 'Anders'));
    const result = await vvt(['import', json, register, '--replace']);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/seit .* in einem anderen Fenster oder Programm geöffnet/);
    const summary = await vvt(['summary', register], { env: { LANG: 'en_GB.UTF-8' } });
    expect(summary.stderr).toMatch(/open in another window or program since/);
    expect((await app.organisation.get()).name).not.toContain('Anders');
    await app.close();
  });

  it('import --replace keeps a backup first; backup, verify and restore undo it in one step', async () => {
    const dir = tempDir();
    const register = join(dir, 'r.vvt');
    await vvt(['import', DEMO_FILE, register]);
    const store = SqliteRegisterStore.open(register, { create: false, actor: 't' });
    await store.activities.save(newActivity('Nur im Original'));
    await store.close();
    expect((await vvt(['import', DEMO_FILE, register, '--replace'])).code).toBe(0);
    const backups = listBackups(register);
    expect(backups.map((b) => b.reason)).toEqual(['replace']);
    expect((await vvt(['verify', register])).stdout).toMatch(/^In Ordnung/);
    const listed = await vvt(['backup', register, '--list', '--verify']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('geprüft: in Ordnung');
    writeFileSync(`${register}.v1.bak`, 'copy before an upgrade');
    expect((await vvt(['backup', register, '--list'])).stdout).toContain(`${register}.v1.bak`);
    const restored = await vvt(['restore', register, backups[0].name]);
    expect(restored.code).toBe(0);
    const after = SqliteRegisterStore.open(register, { create: false, readonly: true });
    expect((await after.activities.list()).some((a) => a.name === 'Nur im Original')).toBe(true);
    await after.close();
    expect(listBackups(register).map((b) => b.reason).sort()).toEqual(['replace', 'restore']);
    expect(statSync(register).size).toBeGreaterThan(0);
  });

  it('verify reports a dropped trigger and a deleted change-log entry with exit 2', async () => {
    const dir = tempDir();
    const register = join(dir, 'r.vvt');
    await vvt(['import', DEMO_FILE, register]);
    const raw = rawRegister(register);
    raw.exec('DROP TRIGGER change_log_no_delete; DELETE FROM change_log WHERE seq = 2;');
    raw.close();
    const result = await vvt(['verify', register]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('change_log_no_delete');
    expect(result.stdout).toContain('Eintrag 2 fehlt');
    const opened = await vvt(['import', DEMO_FILE, register, '--replace']);
    expect(opened.code).toBe(2);
    expect(opened.stderr).toContain('Änderungsprotokoll');
  });
});
