import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../backend/storage/sqlite/migrations';
import { DEMO_FILE, demoText, sha256 } from '../interchange/support/sample-register';
import { useTempDir } from '../support/temp-dir';
import { fakePdf, vvt } from './support/run-vvt';

const tempDir = useTempDir();

describe('usage errors: exit code 1', () => {
  const cases: [string[], string, string][] = [
    [[], 'Kein Befehl angegeben.', 'No command given.'],
    [['frobnicate'], 'Unbekannter Befehl: frobnicate', 'Unknown command: frobnicate'],
    [['import', 'a.json'], 'Es fehlt das Argument <file.vvt>.', 'Missing argument <file.vvt>.'],
    [['validate', 'a.json', 'b.json'], 'Zu viele Argumente: b.json', 'Too many arguments: b.json'],
    [['validate', 'a.json', '--frob'], 'Unbekannte Option: --frob', 'Unknown option: --frob'],
    [['export', 'a.vvt', 'b.json', '--replace'], 'Die Option --replace gibt es für den Befehl export nicht.', 'The command export has no option --replace.'],
    [['pdf', 'a.vvt', 'b.pdf', '--variant', 'secret'], 'Ungültiger Wert für --variant: secret (erlaubt: authority, internal)', 'Invalid value for --variant: secret (allowed: authority, internal)'],
    [['summary', 'a.vvt', '--json=yes'], 'Die Option --json nimmt keinen Wert an.', 'The option --json takes no value.'],
    [['create', 'a.vvt', '--organisation'], 'Die Option --organisation braucht einen Wert.', 'The option --organisation needs a value.'],
  ];
  for (const [args, german, english] of cases) {
    it(`vvt ${args.join(' ')}`, async () => {
      expect(await vvt(args)).toEqual({ code: 1, stdout: '', stderr: `${german}\nHilfe: vvt --help\n` });
      expect(await vvt(args, { env: { LANG: 'en_US.UTF-8' } })).toEqual({ code: 1, stdout: '', stderr: `${english}\nHelp: vvt --help\n` });
    });
  }

  it('an invalid --lang is reported in the default language', async () => {
    expect((await vvt(['--lang', 'fr', 'validate', 'x'])).stderr).toMatch(/^Ungültiger Wert für --lang: fr \(erlaubt: de, en\)/);
  });
});

describe('--help and --version', () => {
  it('prints usage with the exit codes in the chosen language', async () => {
    const german = await vvt(['--help']);
    expect(german.code).toBe(0);
    expect(german.stdout).toContain('  vvt import <file.json|file.xlsx|file.csv> <file.vvt> [--replace] [--dry-run]\n');
    expect(german.stdout).toContain('  2  Eingabedatei ungültig (Syntax, Schema oder Verweise; mit JSON-Pfad)\n');
    expect(german.stdout).toContain('  7  Freigabe verweigert (offene Fehler oder Warnungen ohne --acknowledge)\n');
    const english = await vvt(['import', '--help', '--lang', 'en']);
    expect(english.stdout).toContain('Exit codes:\n  0  success\n  1  usage error');
    expect(english.stdout).toContain('  vvt pdf <file.vvt> <out.pdf> [--variant authority|internal] [--record-submission] [--authority NAME] [--lang de|en]\n');
  });

  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
    expect(await vvt(['--version'])).toEqual({ code: 0, stdout: `vvt ${version}\n`, stderr: '' });
  });
});

describe('file errors', () => {
  it('invalid input file: exit code 2 with the JSON path, target untouched', async () => {
    const dir = tempDir();
    const doc = JSON.parse(demoText());
    doc.register.activities[3].purposes[0].legalBases[0].code = '';
    const source = join(dir, 'bad.json');
    writeFileSync(source, JSON.stringify(doc));
    const result = await vvt(['import', source, join(dir, 'new.vvt')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${source}:\nDie Datei ist ungültig (1 Probleme):\n  $.register.activities[3].purposes[0].legalBases[0].code: darf nicht leer sein\n`);
    expect(readdirSync(dir)).toEqual(['bad.json']);
    expect((await vvt(['validate', source, '--lang', 'en'])).stderr).toContain('legalBases[0].code: must not be empty\n');
  });

  it('a JSON syntax error: exit code 2 with line and column', async () => {
    const dir = tempDir();
    const source = join(dir, 'broken.json');
    writeFileSync(source, '{\n  "format": "vvt-desk-register",\n  "formatVersion": 1\n  "exportedAt": ""\n}\n');
    const existing = join(dir, 'existing.vvt');
    await vvt(['import', DEMO_FILE, existing]);
    const before = sha256(readFileSync(existing));
    const result = await vvt(['import', source, existing, '--replace']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${source}:\nJSON-Syntaxfehler in Zeile 4, Spalte 3: unerwartetes Zeichen '"'\n` });
    expect(sha256(readFileSync(existing))).toBe(before);
  });

  it('not found, not a register, too new: exit code 3', async () => {
    const dir = tempDir();
    const missing = join(dir, 'missing.vvt');
    expect(await vvt(['summary', missing])).toEqual({ code: 3, stdout: '', stderr: `Die Datei ${missing} wurde nicht gefunden.\n` });
    expect((await vvt(['validate', join(dir, 'missing.json'), '--lang', 'en'])).stderr).toBe(`The file ${join(dir, 'missing.json')} was not found.\n`);

    const text = join(dir, 'notes.vvt');
    writeFileSync(text, 'Dies ist keine Datenbank, sondern nur ein Text, lang genug für einen Dateikopf.');
    expect(await vvt(['summary', text])).toEqual({ code: 3, stdout: '', stderr: `Die Datei ${text} ist keine VVT-Desk-Verzeichnisdatei.\n` });

    const newer = join(dir, 'newer.vvt');
    await vvt(['create', newer]);
    const raw = new Database(newer);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    expect((await vvt(['export', newer, join(dir, 'x.json')])).code).toBe(3);

    const future = join(dir, 'future.json');
    writeFileSync(future, JSON.stringify({ ...JSON.parse(demoText()), formatVersion: 3 }));
    const refused = await vvt(['import', future, join(dir, 'f.vvt'), '--lang', 'en']);
    expect(refused).toEqual({
      code: 3,
      stdout: '',
      stderr: `${future}:\nThe file uses interchange format version 3; this version of VVT Desk reads up to version 2. Please update VVT Desk.\n`,
    });
    expect(readdirSync(dir)).not.toContain('f.vvt');
  });

  it('create on an existing file: exit code 1', async () => {
    const path = join(tempDir(), 'a.vvt');
    await vvt(['create', path]);
    expect(await vvt(['create', path])).toEqual({ code: 1, stdout: '', stderr: `Unter ${path} gibt es bereits eine Datei.\n` });
  });

  it('write errors: exit code 4', async () => {
    const dir = tempDir();
    const register = join(dir, 'r.vvt');
    await vvt(['import', DEMO_FILE, register]);
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'a file where a folder is expected');
    const result = await vvt(['export', register, join(blocker, 'out.json')]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^Die Datei konnte nicht gelesen oder geschrieben werden: .*\((ENOTDIR|EEXIST)\)\nDetails mit VVT_DEBUG=1\.\n$/);
    expect((await vvt(['pdf', register, join(blocker, 'x.pdf')], { renderPdf: fakePdf })).code).toBe(4);
    const folder = await vvt(['validate', dir, '--lang', 'en']);
    expect(folder.code).toBe(4);
    expect(folder.stderr).toBe(`The file could not be read or written: ${dir}: EISDIR: illegal operation on a directory, read\nDetails with VVT_DEBUG=1.\n`);
  });

  it('internal errors: exit code 5, a stack trace only with VVT_DEBUG=1', async () => {
    const dir = tempDir();
    const register = join(dir, 'r.vvt');
    await vvt(['create', register]);
    const renderPdf = async (): Promise<Uint8Array> => {
      throw new TypeError('layout exploded');
    };
    const quiet = await vvt(['pdf', register, join(dir, 'x.pdf')], { renderPdf });
    expect(quiet).toEqual({ code: 5, stdout: '', stderr: 'Ein unerwarteter Fehler ist aufgetreten: layout exploded\nDetails mit VVT_DEBUG=1.\n' });
    const debug = await vvt(['pdf', register, join(dir, 'x.pdf')], { renderPdf, env: { VVT_DEBUG: '1' } });
    expect(debug.code).toBe(5);
    expect(debug.stderr).toMatch(/^Ein unerwarteter Fehler ist aufgetreten: layout exploded\nTypeError: layout exploded\n\s+at /);
  });
});
