import type { Language } from '../../model/common';
import { errors } from './errors';
import { shell } from './shell';
import { documents } from './documents';
import { cli } from './cli';

/**
 * All user-visible strings, one namespace per feature file. vue-i18n in the renderer and
 * translate() in documents and the CLI read the same tables.
 */
const namespaces = { errors, shell, documents, cli } as const;

type Namespaces = typeof namespaces;
export type Messages = { [N in keyof Namespaces]: Namespaces[N]['de'] };

function pick(language: Language): Messages {
  return Object.fromEntries(Object.entries(namespaces).map(([name, pair]) => [name, pair[language]])) as Messages;
}

export const messages: Record<Language, Messages> = { de: pick('de'), en: pick('en') };
