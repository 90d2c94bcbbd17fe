import { COUNTRIES } from '../../../domain/catalogues';
import type { Language } from '../../../domain/model/common';
import type { Finding } from '../../../domain/rules/finding';
import type { EngineFinding } from '../../../domain/rules/engine/finding-builder';

type Translate = (key: string, params: Record<string, unknown>) => string;

/**
 * The text of an engine finding in the UI language: the engine writes every message in German
 * and English (domain/rules/engine/rule-catalogue.ts), so GUI, CLI and documents say the same.
 */
export function findingText(finding: Pick<EngineFinding, 'message'>, language: Language): string {
  return finding.message[language];
}

/**
 * The live check under a transfer form (transfer-assessment.ts codes): `parties.findings.<code>`
 * with its params; a country code in the params is shown as the country's name.
 */
export function transferCheckText(t: Translate, finding: Finding, language: Language): string {
  const params: Record<string, string | number> = { ...finding.params };
  const country = COUNTRIES.find((entry) => entry.code === params.country);
  if (country) params.country = country.label[language];
  return t(`parties.findings.${finding.code}`, params);
}
