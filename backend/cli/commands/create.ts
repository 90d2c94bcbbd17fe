import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SqliteRegisterStore } from '../../storage/sqlite/sqlite-register-store';
import type { CommandSpec } from '../command-spec';

/** `vvt create <file.vvt> [--organisation NAME]` */
export const createCommand: CommandSpec = {
  name: 'create',
  args: ['<file.vvt>'],
  options: ['organisation'],
  async run(ctx) {
    const path = ctx.path(ctx.args[0]);
    mkdirSync(dirname(path), { recursive: true });
    const store = SqliteRegisterStore.open(path, { create: true, actor: ctx.actor });
    try {
      const name = ctx.options.organisation?.trim();
      if (name) await store.organisation.save({ ...(await store.organisation.get()), name });
    } finally {
      await store.close();
    }
    ctx.print(ctx.t('cli.done.create', { path }));
  },
};
