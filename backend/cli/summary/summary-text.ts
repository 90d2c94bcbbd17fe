import type { TranslateParams } from '../../../domain/i18n/translate';
import type { RegisterSummary } from './register-summary';

type T = (key: string, params?: TranslateParams) => string;

/** `vvt summary` without --json. */
export function summaryText(summary: RegisterSummary, t: T): string[] {
  const notGiven = t('cli.summary.notGiven');
  const lines = [
    t('cli.summary.title', { name: summary.organisation.name || t('cli.summary.unnamed') }),
    t('cli.summary.file', { path: summary.file }),
    t('cli.summary.authority', { name: summary.organisation.supervisoryAuthority || notGiven }),
    t('cli.summary.dpo', { name: summary.organisation.dpo || notGiven }),
    '',
    t('cli.summary.activities', summary.counts.activities),
    t('cli.summary.others', {
      parties: summary.counts.parties,
      channels: summary.counts.channels,
      toms: summary.counts.toms,
      processorRecords: summary.counts.processorRecords,
      attachments: summary.counts.attachments,
    }),
  ];
  if (summary.channels.length) {
    lines.push('', t('cli.summary.channels'));
    lines.push(...summary.channels.map((c) => `  ${t('cli.summary.channelLine', { name: c.name, ...c.checklist })}`));
  }
  lines.push('');
  if (!summary.findingCount) lines.push(t('legalChecks.check.none'));
  else {
    lines.push(t('legalChecks.check.counts', { total: summary.findingCount, ...summary.findingCounts }));
    for (const f of summary.findings) {
      lines.push(
        `  ${t('legalChecks.check.line', {
          severity: t(`legalChecks.severity.${f.severity}`),
          entity: t(`legalChecks.entity.${f.entity.kind}`),
          name: f.entity.name,
          message: f.message,
          rule: f.rule,
          references: f.references.join(', '),
        })}`,
      );
    }
  }

  return lines;
}
