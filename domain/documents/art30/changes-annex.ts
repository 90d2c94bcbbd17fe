import { translate } from '../../i18n/translate';
import { fieldLabel } from '../../rules/field-changes';
import type { ChangesAnnex } from '../snapshot';
import { keyValueTable, type TableRow } from './blocks';
import type { Art30Context } from './context';
import { formatDate } from './format';
import type { PdfContent, PdfNode } from './pdf-types';

/**
 * The annex "changes since the last submission": per activity new, changed (field by field,
 * before → now) or archived — the same report the app and `vvt changes` show.
 */
export function changesAnnex(annex: ChangesAnnex, ctx: Art30Context): PdfNode {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(ctx.language, `approval.${key}`, params);
  const title = t('document.annexTitle');
  const intro = annex.submission
    ? t('document.annexSince', { date: formatDate(annex.submission.submittedAt, ctx.language), authority: annex.submission.authority || '—' })
    : t('document.annexNoSubmission');
  const body: PdfContent[] = [{ text: intro, margin: [0, 0, 0, 8] }];
  if (annex.submission && !annex.report.activities.length) body.push({ text: t('document.annexNone') });
  for (const change of annex.report.activities) {
    body.push({ text: `${t(`changes.kinds.${change.change}`)}: ${change.name}`, style: 'h2' });
    if (!change.fields.length) continue;
    const rows: TableRow[] = change.fields.map((f) => ({
      label: fieldLabel('activity', f.field, ctx.language),
      value: [
        { text: [{ text: `${t('changes.before')}: `, bold: true }, f.before || '—'] },
        { text: [{ text: `${t('changes.after')}: `, bold: true }, f.after || '—'] },
      ],
    }));
    body.push(keyValueTable(rows, null));
  }
  return {
    stack: [{ text: title, style: 'h1', id: 'annex-changes', tocItem: true, tocStyle: 'tocEntry', outline: true, outlineText: title }, ...body],
    pageBreak: 'before',
  };
}
