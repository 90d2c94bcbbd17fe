import type { TranslateParams } from '../../../domain/i18n/translate';
import type { RegisterSummary, TransferFinding } from './register-summary';

type T = (key: string, params?: TranslateParams) => string;

function activityLabel(item: { reference: string; name: string }): string {
  return item.reference ? `${item.reference} ${item.name}` : item.name;
}

function transferLine(t: T, f: TransferFinding): string {
  return t('cli.summary.transferLine', { owner: f.sourceName, country: f.countryCode, recipient: f.recipient }).trim();
}

/** The finding groups as translated lines: heading with count, then one line per item. */
function findingLines(summary: RegisterSummary, t: T): string[] {
  const f = summary.findings;
  const groups: [keyof RegisterSummary['findings'], string[]][] = [
    ['organisationGaps', [f.organisationGaps.map((field) => t(`cli.summary.field.${field}`)).join(', ')].filter(Boolean)],
    [
      'activitiesMissingMandatoryFields',
      f.activitiesMissingMandatoryFields.map((a) =>
        t('cli.summary.missingLine', { name: activityLabel(a), fields: a.missing.map((m) => t(`cli.summary.field.${m}`)).join(', ') }),
      ),
    ],
    ['transfersWithoutMechanism', f.transfersWithoutMechanism.map((x) => transferLine(t, x))],
    ['dpfTransfersUnverified', f.dpfTransfersUnverified.map((x) => `${transferLine(t, x)} (${t(`cli.summary.dpf.${x.reason}`)})`)],
    ['processorsWithoutContract', f.processorsWithoutContract.map((p) => p.name)],
    ['reviewsOverdue', f.reviewsOverdue.map((a) => t('cli.summary.reviewLine', { name: activityLabel(a), date: a.nextReviewOn }))],
    ['dpiaOpen', f.dpiaOpen.map((a) => t('cli.summary.dpiaLine', { name: activityLabel(a), criteria: a.criteria }))],
  ];
  return groups
    .filter(([key]) => f[key].length > 0)
    .flatMap(([key, lines]) => [`  ${t(`cli.summary.group.${key}`)} (${f[key].length}):`, ...lines.map((line) => `    - ${line}`)]);
}

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
  lines.push('', summary.findingCount ? t('cli.summary.findings', { count: summary.findingCount }) : t('cli.summary.noFindings'));
  lines.push(...findingLines(summary, t));
  return lines;
}
