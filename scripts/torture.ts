import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { createAppServices } from '../backend/app/create-services';
import { writeRegisterExport } from '../backend/interchange/export-stream';
import { checkInterchangeBytes } from '../backend/interchange/load-interchange-file';
import { importIntoNewRegister } from '../backend/interchange/import-register';
import { InterchangeError } from '../backend/interchange/interchange-error';
import { listBackups, verificationOk } from '../backend/storage/backups';
import { staleTemporaryFiles } from '../backend/storage/file-safety';
import { migrate } from '../backend/storage/sqlite/open-database';
import { SqliteRegisterStore } from '../backend/storage/sqlite/sqlite-register-store';
import { CHANNELS } from '../domain/ipc/contract';
import { AppError } from '../domain/ipc/result';
import { serializeInterchange } from '../domain/interchange';
import { runChild } from './torture/child';

/**
 * `npm run torture`: the fault suite of issue 10, printing counts (never part of npm test).
 * kill -9 at random points of import, replace, save, Save As, migration and backup; two
 * writers at once; a stale WAL; a full disk on a small tmpfs where the machine allows it;
 * fuzzed interchange files and IPC payloads. What must hold: no torn or mixed register, no
 * silently changed file, no lost committed change.
 */
const SELF = resolve(process.argv[1]);
const DEMO = resolve(__dirname, '../../resources/demo/online-shop.json');
const KILLS_PER_OP = Number(process.env.TORTURE_KILLS ?? 35);
const FUZZ_FILES = Number(process.env.TORTURE_FUZZ ?? 1000);
const FUZZ_IPC = Number(process.env.TORTURE_IPC ?? 1000);

const counts = {
  kills: 0,
  tornOrMixed: 0,
  silentlyChanged: 0,
  lostCommitted: 0,
  unexpectedErrors: 0,
  staleTempsFound: 0,
  secondWriterRefused: 0,
  staleWalRefused: 0,
  fuzzFiles: 0,
  fuzzRefused: 0,
  fuzzAccepted: 0,
  ipcCalls: 0,
  ipcInternal: 0,
  fullDisk: 'not run',
};
const notes: string[] = [];

function fail(kind: keyof typeof counts, detail: string): void {
  (counts[kind] as number)++;
  if (notes.length < 40) notes.push(`${kind}: ${detail}`);
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const rand = (n: number) => Math.floor(Math.random() * n);

/** Starts a child doing `op`, kills it with SIGKILL `delay` ms after it is ready; resolves what it had committed. */
function killDuring(op: string, args: string[], delay: number): Promise<{ committed: number; finished: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [SELF, '--child', op, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (!timer && out.includes('ready')) timer = setTimeout(() => child.kill('SIGKILL'), delay);
    });
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') counts.kills++;
      const committed = Math.max(0, ...[...out.matchAll(/committed (\d+)/g)].map((m) => Number(m[1])));
      done({ committed, finished: signal !== 'SIGKILL' });
    });
  });
}

async function names(path: string): Promise<string[]> {
  const store = SqliteRegisterStore.open(path, { create: false, readonly: true });
  try {
    const verification = await store.verify();
    if (!verificationOk(verification)) throw new Error(`verify: ${JSON.stringify(verification).slice(0, 300)}`);
    return (await store.activities.list()).map((a) => a.name).sort();
  } finally {
    await store.close();
  }
}

async function makeRegister(path: string, jsonPath: string): Promise<void> {
  await importIntoNewRegister(checkInterchangeBytes(readFileSync(jsonPath)), path, { actor: 'torture' });
}

function variantJson(dir: string): string {
  const text = readFileSync(DEMO, 'utf8').replace(/"name": "([^"]+)"/g, (_m, name: string) => `"name": "${name} (B)"`);
  const file = join(dir, 'variant.json');
  writeFileSync(file, text);
  return file;
}

async function killSuite(root: string): Promise<void> {
  const dir = join(root, 'kills');
  mkdirSync(dir);
  const variant = variantJson(dir);
  const demoHash = sha(DEMO);
  const variantHash = sha(variant);
  const base = join(dir, 'base.vvt');
  await makeRegister(base, DEMO);
  const namesA = await names(base);
  const namesB = await (async () => {
    const p = join(dir, 'b.vvt');
    await makeRegister(p, variant);
    return names(p);
  })();

  for (let i = 0; i < KILLS_PER_OP; i++) {
    // import into a new file
    const target = join(dir, `import-${i}.vvt`);
    const r1 = await killDuring('import', [DEMO, target], rand(400));
    await checkNewFile(target, namesA, r1.committed, 'import');

    // import --replace: all of A or all of B
    const replaced = join(dir, `replace-${i}.vvt`);
    copyFileSync(base, replaced);
    const r2 = await killDuring('replace', [variant, replaced], rand(400));
    try {
      const now = await names(replaced);
      const same = (x: string[]) => JSON.stringify(x) === JSON.stringify(now);
      if (!same(namesA) && !same(namesB)) fail('tornOrMixed', `replace ${i}: neither A nor B`);
      if (r2.committed && !same(namesB)) fail('lostCommitted', `replace ${i}`);
    } catch (error) {
      fail('tornOrMixed', `replace ${i}: ${(error as Error).message}`);
    }

    // saves
    const saved = join(dir, `save-${i}.vvt`);
    copyFileSync(base, saved);
    const r3 = await killDuring('save', [saved], rand(800));
    try {
      const now = await names(saved);
      const count = now.filter((n) => n.startsWith('Gespeichert ')).length;
      if (count < r3.committed) fail('lostCommitted', `save ${i}: ${r3.committed} committed, ${count} found`);
    } catch (error) {
      fail('tornOrMixed', `save ${i}: ${(error as Error).message}`);
    }

    // Save As
    const copyTarget = join(dir, `saveas-${i}.vvt`);
    const r4 = await killDuring('saveas', [base, copyTarget], rand(300));
    await checkNewFile(copyTarget, namesA, r4.committed, 'saveas');

    // migration from schema 1
    const old = join(dir, `old-${i}.vvt`);
    const db = new Database(old);
    db.function('vvt_actor', () => 'torture');
    migrate(db, 1);
    db.prepare(`INSERT INTO organisation (id, version, updated_at, doc) VALUES ('organisation', 1, '2026-01-01', ?)`).run(JSON.stringify({ name: 'Alt' }));
    db.pragma('journal_mode = DELETE');
    db.close();
    await killDuring('migrate', [old], rand(300));
    try {
      const store = SqliteRegisterStore.open(old, { create: false, actor: 'torture' });
      if ((await store.organisation.get()).name !== 'Alt') fail('lostCommitted', `migration ${i}: organisation lost`);
      await store.close();
    } catch (error) {
      fail('tornOrMixed', `migration ${i}: ${(error as Error).message}`);
    }

    // backups
    const backed = join(dir, `backup-${i}.vvt`);
    copyFileSync(base, backed);
    const r6 = await killDuring('backup', [backed], rand(800));
    const backups = listBackups(backed);
    if (backups.length < Math.min(r6.committed, 10)) fail('lostCommitted', `backup ${i}: ${r6.committed} made, ${backups.length} listed`);
    for (const entry of backups) {
      try {
        await names(entry.file);
      } catch (error) {
        fail('tornOrMixed', `backup ${i} ${entry.name}: ${(error as Error).message}`);
      }
    }
    counts.staleTempsFound += staleTemporaryFiles(target).length + staleTemporaryFiles(copyTarget).length + staleTemporaryFiles(backed).length;
    process.stdout.write(`\r  kills: ${counts.kills}`);
  }
  process.stdout.write('\n');
  if (sha(DEMO) !== demoHash || sha(variant) !== variantHash) fail('silentlyChanged', 'an import source file changed');
}

async function checkNewFile(target: string, expected: string[], committed: number, op: string): Promise<void> {
  if (!existsSync(target)) {
    if (committed) fail('lostCommitted', `${op}: reported done but ${target} missing`);
    return;
  }
  try {
    const now = await names(target);
    if (JSON.stringify(now) !== JSON.stringify(expected)) fail('tornOrMixed', `${op}: ${target} incomplete`);
  } catch (error) {
    fail('tornOrMixed', `${op}: ${target}: ${(error as Error).message}`);
  }
}

async function twoWriters(root: string): Promise<void> {
  const dir = join(root, 'writers');
  mkdirSync(dir);
  const variant = variantJson(dir);
  for (let i = 0; i < 10; i++) {
    const path = join(dir, `r-${i}.vvt`);
    await makeRegister(path, DEMO);
    const namesA = await names(path);
    const run = (args: string[]) =>
      new Promise<number>((done) => {
        const child = spawn(process.execPath, [SELF, '--child', ...args], { stdio: 'ignore' });
        child.on('exit', (code) => done(code ?? -1));
      });
    const [holder, replacer] = await Promise.all([run(['hold', path, '600']), new Promise<number>((r) => setTimeout(() => void run(['replace', variant, path]).then(r), 150))]);
    // Whichever came second is refused (exit 4 with the "open elsewhere" message); never both.
    counts.secondWriterRefused += Number(replacer !== 0) + Number(holder !== 0);
    if (holder !== 0 && replacer !== 0) fail('unexpectedErrors', `two writers ${i}: both refused`);
    const now = await names(path);
    if (JSON.stringify(now) !== JSON.stringify(namesA) && !now.every((n) => n.endsWith('(B)'))) fail('tornOrMixed', `two writers ${i}: mixed`);
  }
}

async function staleWal(root: string): Promise<void> {
  const dir = join(root, 'wal');
  mkdirSync(dir);
  for (let i = 0; i < 10; i++) {
    const path = join(dir, `r-${i}.vvt`);
    await makeRegister(path, DEMO);
    const r = await killDuring('save', [path], 200 + rand(400));
    if (existsSync(`${path}-wal`)) {
      rmSync(path);
      try {
        SqliteRegisterStore.open(path, { create: true, actor: 'torture' });
        fail('tornOrMixed', `stale wal ${i}: a new register was created next to the old -wal`);
      } catch (error) {
        if (error instanceof AppError && error.code === 'leftover_files') counts.staleWalRefused++;
        else fail('unexpectedErrors', `stale wal ${i}: ${(error as Error).message}`);
      }
    } else if (r.committed) {
      const count = (await names(path)).filter((n) => n.startsWith('Gespeichert ')).length;
      if (count < r.committed) fail('lostCommitted', `stale wal ${i}`);
    }
  }
}

async function fullDisk(root: string): Promise<void> {
  const dir = join(root, 'full');
  mkdirSync(dir);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir]);
  if (mounted.status !== 0) {
    counts.fullDisk = `skipped (cannot mount a 2 MiB tmpfs: ${String(mounted.stderr).trim() || 'not permitted'})`;
    return;
  }
  try {
    const path = join(dir, 'r.vvt');
    await makeRegister(path, DEMO);
    const store = SqliteRegisterStore.open(path, { create: false, actor: 'torture' });
    let added = 0;
    let stopped = '';
    for (let i = 0; i < 100 && !stopped; i++) {
      try {
        await store.attachments.add(`f${i}.bin`, 'application/octet-stream', randomBytes(100 * 1024));
        added++;
      } catch (error) {
        stopped = String((error as { code?: string }).code);
      }
    }
    await store.close().catch(() => undefined);
    const reopened = SqliteRegisterStore.open(path, { create: false, readonly: true });
    const kept = (await reopened.attachments.list()).length - 1;
    const ok = verificationOk(await reopened.verify());
    await reopened.close();
    if (!ok) fail('tornOrMixed', 'full disk: register does not verify');
    if (kept < added) fail('lostCommitted', `full disk: ${added} added, ${kept} kept`);
    // An export to the full disk fails cleanly and leaves no half file.
    let exportRefused = false;
    const source = SqliteRegisterStore.open(path, { create: false, readonly: true });
    try {
      await writeRegisterExport(source, join(dir, 'out.json'), { exportedAt: new Date().toISOString() });
    } catch {
      exportRefused = true;
    } finally {
      await source.close();
    }
    const leftovers = readdirSync(dir).filter((n) => n.endsWith('.vvt-tmp'));
    if (leftovers.length) fail('silentlyChanged', `full disk: temporary files left: ${leftovers.join(', ')}`);
    counts.fullDisk = `${added} attachments committed until ${stopped || 'no error'}, all ${kept} kept, export ${exportRefused ? 'refused cleanly' : 'fit'}`;
  } catch (error) {
    fail('unexpectedErrors', `full disk: ${(error as Error).stack}`);
    counts.fullDisk = `failed: ${(error as Error).message}`;
  } finally {
    if (spawnSync('umount', [dir]).status !== 0) spawnSync('umount', ['-l', dir]);
  }
}

function mutate(text: Buffer): Buffer {
  const bytes = Buffer.from(text);
  const kind = rand(8);
  if (kind === 0) return bytes.subarray(0, rand(bytes.length));
  if (kind === 1) {
    for (let i = 0; i < 1 + rand(5); i++) bytes[rand(bytes.length)] = rand(256);
    return bytes;
  }
  if (kind === 2) return Buffer.concat([bytes.subarray(0, rand(bytes.length)), Buffer.from([0xc3, 0x28, 0xff]), bytes.subarray(rand(bytes.length))]);
  const json = JSON.parse(text.toString('utf8'));
  const paths: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (value: unknown) => {
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        paths.push({ parent: value as Record<string, unknown>, key: Array.isArray(value) ? Number(key) : key });
        walk(child);
      }
    }
  };
  walk(json);
  const target = paths[rand(paths.length)];
  const replacements: unknown[] = [null, 0, -1, 1e308, '', 'x'.repeat(rand(5000)), [], {}, true, '\u0000', '2026-13-45', { __proto__: 1 }];
  if (kind === 3) delete (target.parent as Record<string, unknown>)[target.key as string];
  else if (kind === 4) (target.parent as Record<string, unknown>)[target.key as string] = replacements[rand(replacements.length)];
  else if (kind === 5) (target.parent as Record<string, unknown>)[`extra${rand(9)}`] = 'unexpected';
  else if (kind === 6 && typeof (target.parent as Record<string, unknown>)[target.key as string] === 'string') {
    (target.parent as Record<string, unknown>)[target.key as string] = `${(target.parent as Record<string, string>)[target.key as string]}\n# Überschrift\u202e`;
  } else return Buffer.from(JSON.stringify(json, null, rand(3)));
  return Buffer.from(JSON.stringify(json, null, 2));
}

async function fuzzFiles(root: string): Promise<void> {
  const dir = join(root, 'fuzz');
  mkdirSync(dir);
  const original = readFileSync(DEMO);
  for (let i = 0; i < FUZZ_FILES; i++) {
    const bytes = mutate(original);
    counts.fuzzFiles++;
    let checked;
    try {
      checked = checkInterchangeBytes(bytes);
    } catch (error) {
      if (error instanceof InterchangeError || error instanceof AppError) counts.fuzzRefused++;
      else fail('unexpectedErrors', `fuzz ${i}: ${(error as Error).message}`);
      continue;
    }
    counts.fuzzAccepted++;
    // Accepted: import and export must give back exactly the canonical form of what was read,
    // plus the approved revisions the import reported as assumed (approved without revision).
    const path = join(dir, `f-${i}.vvt`);
    try {
      const approvals = await importIntoNewRegister(checked, path, { actor: 'fuzz' });
      const expected = serializeInterchange({ ...checked.document, register: { ...checked.document.register, approvedRevisions: approvals.revisions } });
      const store = SqliteRegisterStore.open(path, { create: false, readonly: true });
      const out = join(dir, `f-${i}.json`);
      await writeRegisterExport(store, out, { exportedAt: checked.document.exportedAt });
      await store.close();
      if (readFileSync(out, 'utf8') !== expected) fail('silentlyChanged', `fuzz ${i}: import changed the content`);
    } catch (error) {
      fail('unexpectedErrors', `fuzz ${i} import: ${(error as Error).message}`);
    }
    rmSync(path, { force: true });
  }
}

function randomValue(depth = 0): unknown {
  const pick = rand(depth > 2 ? 7 : 10);
  return [
    () => null,
    () => undefined,
    () => rand(1e9) - 5e8,
    () => 'x'.repeat(rand(100)),
    () => '../../etc/passwd',
    () => true,
    () => '\u0000\ud800',
    () => Array.from({ length: rand(4) }, () => randomValue(depth + 1)),
    () => Object.fromEntries(Array.from({ length: rand(5) }, () => [['id', 'name', 'path', 'url', 'organisationName', 'version', '__proto__', 'constructor'][rand(8)], randomValue(depth + 1)])),
    () => ({ id: 'a', version: rand(3), name: 'n' }),
  ][pick]();
}

async function fuzzIpc(root: string): Promise<void> {
  const dir = join(root, 'ipc');
  mkdirSync(dir);
  const services = createAppServices(
    { version: 'torture', platform: 'test', settingsPath: join(dir, 'settings.json'), defaultActor: 'torture' },
    {
      dialogs: {
        chooseNewRegisterPath: async () => join(dir, `r-${rand(3)}.vvt`),
        chooseRegisterToOpen: async () => null,
        chooseSavePath: async () => null,
        chooseFileToOpen: async () => null,
      },
      links: { open: async () => undefined },
      clipboard: { write: async () => undefined },
    },
    { logError: () => {} },
  );
  await services.dispatch('register.create', { organisationName: 'Fuzz' });
  for (let i = 0; i < FUZZ_IPC; i++) {
    const channel = rand(10) === 0 ? `no.such.${rand(9)}` : CHANNELS[rand(CHANNELS.length)];
    if (channel === 'documents.print') continue;
    counts.ipcCalls++;
    try {
      const result = await services.dispatch(channel, randomValue());
      if (!result.ok && result.error.code === 'internal') fail('ipcInternal', `${channel}: ${result.error.message.slice(0, 120)}`);
    } catch (error) {
      fail('unexpectedErrors', `ipc ${channel} threw: ${(error as Error).message}`);
    }
  }
  await services.dispose();
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    await runChild(process.argv[3], process.argv.slice(4));
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'vvt-torture-'));
  const started = Date.now();
  try {
    process.stdout.write(`VVT Desk fault suite — ${KILLS_PER_OP} kills per operation, ${FUZZ_FILES} fuzzed files, ${FUZZ_IPC} IPC calls\n`);
    await killSuite(root);
    await twoWriters(root);
    await staleWal(root);
    await fullDisk(root);
    await fuzzFiles(root);
    await fuzzIpc(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const rows: [string, string | number][] = [
    ['kill -9 during import, replace, save, Save As, migration, backup', counts.kills],
    ['torn or mixed registers', counts.tornOrMixed],
    ['silently changed files', counts.silentlyChanged],
    ['lost committed changes', counts.lostCommitted],
    ['unexpected errors (crashes instead of messages)', counts.unexpectedErrors],
    ['stale temporary files left by kills (recognised, cleaned on next open)', counts.staleTempsFound],
    ['second writer refused (of 10 overlapping pairs)', counts.secondWriterRefused],
    ['new register next to a stale -wal refused', counts.staleWalRefused],
    ['full disk', counts.fullDisk],
    ['fuzzed interchange files (refused / accepted)', `${counts.fuzzFiles} (${counts.fuzzRefused} / ${counts.fuzzAccepted})`],
    ['fuzzed IPC calls (answered "internal error")', `${counts.ipcCalls} (${counts.ipcInternal})`],
  ];
  for (const [label, value] of rows) process.stdout.write(`${label.padEnd(72)} ${value}\n`);
  process.stdout.write(`time: ${Math.round((Date.now() - started) / 1000)} s\n`);
  for (const note of notes) process.stdout.write(`  ${note}\n`);
  const bad = counts.tornOrMixed + counts.silentlyChanged + counts.lostCommitted + counts.unexpectedErrors;
  process.exitCode = bad ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
