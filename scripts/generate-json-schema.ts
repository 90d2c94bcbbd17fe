/**
 * Writes schemas/vvt-register.schema.json (JSON Schema draft 2020-12 of the interchange file)
 * from the zod schema in domain/interchange. Run with `npm run schema` after changing the
 * domain model; tests/interchange/json-schema.test.ts fails while the committed file is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { dirname, join } from 'node:path';

// The domain code imports without file extensions (bundler style); Node's loader needs them.
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!/^\.\.?\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
        try {
          return nextResolve(candidate, context);
        } catch {
          // try the next candidate
        }
      }
      throw error;
    }
  },
});

const generatorModule = '../domain/interchange/json-schema.ts';
const { renderInterchangeJsonSchema } = (await import(generatorModule)) as typeof import('../domain/interchange/json-schema');

const target = join(import.meta.dirname, '..', 'schemas', 'vvt-register.schema.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderInterchangeJsonSchema());
process.stdout.write(`wrote ${target}\n`);
