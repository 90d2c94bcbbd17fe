import { COUNTRIES } from '../../../domain/catalogues';
import type { Language } from '../../../domain/model/common';
import type { Finding } from '../../../domain/rules/finding';

type Translate = (key: string, params: Record<string, unknown>) => string;

/**
 * The text of a finding: `parties.findings.<code>` with its params; a country code in the
 * params is shown as the country's name in the UI language.
 */
export function findingText(t: Translate, finding: Finding, language: Language): string {
  const params: Record<string, string | number> = { ...finding.params };
  const country = COUNTRIES.find((entry) => entry.code === params.country);
  if (country) params.country = country.label[language];
  return t(`parties.findings.${finding.code}`, params);
}
