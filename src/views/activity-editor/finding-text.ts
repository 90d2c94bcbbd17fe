import type { Language } from '../../../domain/model/common';
import type { EngineFinding } from '../../../domain/rules/engine/finding-builder';

/**
 * The text of a finding in the UI language: the engine writes every message in German and
 * English (domain/rules/engine/rule-catalogue.ts), so GUI, CLI and documents say the same.
 */
export function findingText(_t: unknown, finding: Pick<EngineFinding, 'message'>, language: Language): string {
  return finding.message[language];
}
