import { readFileSync } from 'node:fs';
import { newActivity } from '../../domain/model';
import { importIntoNewRegister, replaceRegisterContent } from '../../backend/interchange/import-register';
import { loadInterchangeFile } from '../../backend/interchange/load-interchange-file';
import { createBackup } from '../../backend/storage/backups';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';

/**
 * What a child process of the fault suite does until it is killed: one operation of the app,
 * printing "committed <n>" after every change that has been committed, so the parent knows
 * what must survive the kill.
 */
export async function runChild(op: string, args: string[]): Promise<void> {
  const say = (line: string) => process.stdout.write(`${line}\n`);
  // The parent starts its kill timer now, so kills fall inside the operation, not the start-up.
  say('ready');
  switch (op) {
    case 'import': {
      await importIntoNewRegister(loadInterchangeFile(args[0]), args[1], { actor: 'torture' });
      say('committed 1');
      return;
    }
    case 'replace': {
      const store = SqliteRegisterStore.open(args[1], { create: false, actor: 'torture' });
      await replaceRegisterContent(store, loadInterchangeFile(args[0]));
      say('committed 1');
      await store.close();
      return;
    }
    case 'save': {
      const store = SqliteRegisterStore.open(args[0], { create: false, actor: 'torture' });
      say('opened');
      for (let i = 1; i <= 100_000; i++) {
        await store.activities.save(newActivity(`Gespeichert ${i}`));
        say(`committed ${i}`);
      }
      return;
    }
    case 'saveas': {
      const store = SqliteRegisterStore.open(args[0], { create: false, actor: 'torture' });
      await store.copyTo(args[1]);
      say('committed 1');
      await store.close();
      return;
    }
    case 'migrate': {
      const store = SqliteRegisterStore.open(args[0], { create: false, actor: 'torture' });
      say('committed 1');
      await store.close();
      return;
    }
    case 'backup': {
      const store = SqliteRegisterStore.open(args[0], { create: false, actor: 'torture' });
      for (let i = 1; i <= 1000; i++) {
        await createBackup(store, 'manual');
        say(`committed ${i}`);
      }
      return;
    }
    case 'hold': {
      // A second writer: holds the register open for a while.
      const store = SqliteRegisterStore.open(args[0], { create: false, actor: 'torture' });
      say('opened');
      await new Promise((resolve) => setTimeout(resolve, Number(args[1] ?? 300)));
      await store.close();
      return;
    }
    default:
      throw new Error(`unknown child op ${op} ${readFileSync.name}`);
  }
}
