import type { Language } from '../model/common';
import { messages } from './messages';
import type { MessageTree } from './types';

export type TranslateParams = Record<string, string | number>;

/** Looks up a dotted key ("errors.not_found") and fills `{name}` placeholders. */
export function translate(language: Language, key: string, params: TranslateParams = {}): string {
  let node: string | MessageTree | undefined = messages[language] as unknown as MessageTree;
  for (const part of key.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function translator(language: Language) {
  return (key: string, params?: TranslateParams) => translate(language, key, params);
}
