import type { TranslateParams } from '../../../domain/i18n/translate';
import type { Language } from '../../../domain/model/common';
import { countBySeverity } from '../../../domain/rules/engine/evaluate-register';
import type { EngineFinding } from '../../../domain/rules/engine/finding-builder';

type T = (key: string, params?: TranslateParams) => string;

/** The counts line and one line per finding, as `vvt check` and `vvt summary` print them. */
export function findingLines(findings: readonly EngineFinding[], t: T, language: Language): string[] {
  if (!findings.length) return [t('legalChecks.check.none')];
  const counts = countBySeverity(findings);
  return [
    t('legalChecks.check.counts', { total: findings.length, ...counts }),
    ...findings.map(
      (f) =>
        `  ${t('legalChecks.check.line', {
          severity: t(`legalChecks.severity.${f.severity}`),
          entity: t(`legalChecks.entity.${f.entity.kind}`),
          name: f.entity.name,
          message: f.message[language],
          rule: f.rule,
          references: f.references.join(', '),
        })}`,
    ),
  ];
}
