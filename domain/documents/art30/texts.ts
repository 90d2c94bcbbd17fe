import { messages, type Messages } from '../../i18n/messages';
import type { Language } from '../../model/common';

/** The `documents` namespace of the shared message tables, typed. */
export type DocumentTexts = Messages['documents'];

export function documentTexts(language: Language): DocumentTexts {
  return messages[language].documents;
}

/** Fills `{name}` placeholders the way translate() does; unknown placeholders stay visible. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
