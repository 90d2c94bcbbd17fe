import { randomUUID } from 'node:crypto';
import { existsSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import { localIsoDate } from '../../domain/documents/art30';
import { NoticeSubjectNotFoundError, buildPrivacyNotice } from '../../domain/documents/privacy-notice';
import { PolicySelectionError, buildPrivacyPolicy } from '../../domain/documents/privacy-policy';
import { describeApprovalImport, describeInterchangeFailure, serializeInterchange } from '../../domain/interchange';
import type { SpreadsheetPreview } from '../../domain/ipc/channels/formats';
import { AppError } from '../../domain/ipc/result';
import { messages } from '../../domain/i18n/messages';
import { translate } from '../../domain/i18n/translate';
import type { Language } from '../../domain/model/common';
import { describeImportReport, mappingToRemember, type MappingOverrides } from '../../domain/spreadsheet';
import type { AppContext } from '../app/context';
import { writeFileAtomic } from '../app/atomic-write';
import type { SaveKind } from '../app/ports';
import { loadRegisterSnapshot } from '../documents/snapshot';
import { renderNoticeDocx, renderRecordDocx } from '../formats/docx-documents';
import { POLICY_EXTENSIONS, renderPolicy } from '../formats/policy-files';
import { readSpreadsheetFile, type ReadWorkbook } from '../formats/read-spreadsheet';
import { SpreadsheetError } from '../formats/spreadsheet-error';
import { addImportedActivities, previewWorkbook } from '../formats/spreadsheet-import';
import { registerToXlsx } from '../formats/xlsx-export';
import { exportRegister } from '../interchange/export-register';
import { importIntoNewRegister } from '../interchange/import-register';
import { InterchangeError } from '../interchange/interchange-error';
import { loadInterchangeFile } from '../interchange/load-interchange-file';
import type { FeatureHandlers } from './types';

type FormatChannel =
  | 'formats.spreadsheetChoose'
  | 'formats.spreadsheetPreview'
  | 'formats.spreadsheetConfirm'
  | 'formats.spreadsheetDiscard'
  | 'formats.importJson'
  | 'formats.exportJson'
  | 'formats.exportXlsx'
  | 'formats.exportRecordDocx'
  | 'formats.exportNoticeDocx'
  | 'formats.exportPolicy';

/** File names without characters file systems refuse. */
function fileName(base: string, extension: string): string {
  const clean = base.replace(/[^\p{L}\p{N} ._-]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return `${clean || 'export'}.${extension}`;
}

function byteLength(content: string | Uint8Array): number {
  return typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
}

/**
 * Spreadsheet import with preview and confirmation, JSON import into a new register, and the
 * exports (JSON, Excel, Word, complete privacy policy). Pending spreadsheets stay in memory
 * (one per window is plenty) until confirmed or discarded.
 */
export function formatHandlers(ctx: AppContext): FeatureHandlers<FormatChannel> {
  const pending = new Map<string, { workbook: ReadWorkbook; registerLocation: string }>();
  const MAX_PENDING = 3;

  function pendingFor(token: string, language: Language) {
    const entry = pending.get(token);
    const store = ctx.session.require();
    if (!entry || entry.registerLocation !== store.location) throw new SpreadsheetError('expired', {}, language);
    return { ...entry, store };
  }

  async function preview(token: string, workbook: ReadWorkbook, language: Language, overrides: MappingOverrides): Promise<SpreadsheetPreview> {
    const store = ctx.session.require();
    const report = await previewWorkbook(workbook, store, { language, overrides, remembered: ctx.settings.get().importColumnMapping });
    return { token, report, lines: describeImportReport(report, language, { matched: true }) };
  }

  async function save(kind: SaveKind, suggestedName: string, content: () => Promise<string | Uint8Array>) {
    const path = await ctx.dialogs.chooseSavePath({ suggestedName, kind });
    if (!path) return null;
    const bytes = await content();
    writeFileAtomic(path, bytes);
    return { path, bytes: byteLength(bytes) };
  }

  async function organisationName(): Promise<string> {
    return (await ctx.session.require().organisation.get()).name.trim();
  }

  return {
    'formats.spreadsheetChoose': async ({ language }) => {
      const store = ctx.session.require();
      const path = await ctx.dialogs.chooseFileToOpen({ kind: 'spreadsheet' });
      if (!path) return null;
      const workbook = await readSpreadsheetFile(path, language);
      while (pending.size >= MAX_PENDING) pending.delete(pending.keys().next().value!);
      const token = randomUUID();
      pending.set(token, { workbook, registerLocation: store.location });
      return preview(token, workbook, language, {});
    },
    'formats.spreadsheetPreview': async ({ token, language, overrides }) => preview(token, pendingFor(token, language).workbook, language, overrides),
    'formats.spreadsheetConfirm': async ({ token, language, overrides }) => {
      const { workbook, store } = pendingFor(token, language);
      const result = await preview(token, workbook, language, overrides);
      await addImportedActivities(store, result.report.activities);
      pending.delete(token);
      const remembered = mappingToRemember(result.report);
      if (Object.keys(remembered).length) {
        ctx.settings.update({ importColumnMapping: { ...ctx.settings.get().importColumnMapping, ...remembered } });
      }
      return { count: result.report.activities.length };
    },
    'formats.spreadsheetDiscard': ({ token }) => pending.delete(token),

    'formats.importJson': async ({ language }) => {
      const source = await ctx.dialogs.chooseFileToOpen({ kind: 'json' });
      if (!source) return null;
      let checked;
      try {
        checked = loadInterchangeFile(source);
      } catch (error) {
        if (error instanceof InterchangeError) return { status: 'invalid', fileName: basename(source), lines: describeInterchangeFailure(error.failure, language, 50) };
        throw error;
      }
      const name = checked.document.register.organisation.name.trim();
      const target = await ctx.dialogs.chooseNewRegisterPath(fileName(name || basename(source, '.json'), 'vvt'));
      if (!target) return null;
      // The save dialog asked before overwriting; keep the old file aside all the same.
      if (existsSync(target)) renameSync(target, `${target}.replaced-${Date.now()}.bak`);
      const actor = ctx.settings.get().actorName || ctx.env.defaultActor;
      const approvals = await importIntoNewRegister(checked, target, { actor, language });
      await ctx.session.open(target);
      const r = checked.document.register;
      const counts = translate(language, 'cli.done.counts', {
        activities: r.activities.length,
        parties: r.parties.length,
        channels: r.channels.length,
        processorRecords: r.processorRecords.length,
        toms: r.toms.length,
        attachments: r.attachments.length,
      });
      return {
        status: 'imported',
        path: target,
        lines: [translate(language, 'cli.done.import', { path: target, counts }), ...describeApprovalImport(approvals, language)],
      };
    },
    'formats.exportJson': async () => {
      const name = await organisationName();
      return save('json', fileName(`${name} ${localIsoDate()}`, 'json'), async () =>
        serializeInterchange(await exportRegister(ctx.session.require(), { exportedAt: new Date().toISOString() })),
      );
    },
    'formats.exportXlsx': async ({ language }) => {
      const name = await organisationName();
      return save('xlsx', fileName(`${messages[language].documents.art30.titleMain} ${name} ${localIsoDate()}`, 'xlsx'), async () =>
        registerToXlsx(await loadRegisterSnapshot(ctx.session.require()), { language, today: localIsoDate() }),
      );
    },
    'formats.exportRecordDocx': async (input) => {
      const name = await organisationName();
      const base = input.record === 'processor' ? messages[input.language].processorDocument.runningTitle : messages[input.language].documents.art30.titleMain;
      return save('docx', fileName(`${base} ${name} ${localIsoDate()}`, 'docx'), async () =>
        renderRecordDocx(await loadRegisterSnapshot(ctx.session.require()), { ...input, asOf: localIsoDate() }),
      );
    },
    'formats.exportNoticeDocx': async ({ subject, language }) => {
      const snapshot = await loadRegisterSnapshot(ctx.session.require());
      let notice;
      try {
        notice = buildPrivacyNotice(snapshot, subject, language);
      } catch (error) {
        if (error instanceof NoticeSubjectNotFoundError) throw new AppError('not_found', error.message);
        throw error;
      }
      return save('docx', fileName(notice.title, 'docx'), () => renderNoticeDocx(notice, { asOf: localIsoDate(), author: snapshot.organisation.name.trim() || undefined }));
    },
    'formats.exportPolicy': async ({ activityIds, channelIds, language, format }) => {
      const snapshot = await loadRegisterSnapshot(ctx.session.require());
      let policy;
      try {
        policy = buildPrivacyPolicy(snapshot, { activityIds, channelIds }, language);
      } catch (error) {
        if (error instanceof PolicySelectionError) throw new AppError('not_found', error.message, { id: error.unknownIds.join(', ') });
        throw error;
      }
      return save(format, fileName(policy.title, POLICY_EXTENSIONS[format]), () =>
        renderPolicy(policy, format, { asOf: localIsoDate(), author: snapshot.organisation.name.trim() || undefined }),
      );
    },
  };
}
