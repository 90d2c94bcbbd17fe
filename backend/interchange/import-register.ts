import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { planApprovalImport, type ApprovalImportPlan } from '../../domain/interchange';
import type { ApprovedRevision } from '../../domain/model';
import type { Language } from '../../domain/model/common';
import { AppError } from '../../domain/ipc/result';
import { fsyncFile, publishNewFile, refuseLeftoverSideFiles, removeDatabaseFiles, replaceFile, temporaryPathFor } from '../storage/file-safety';
import type { RegisterStore } from '../storage/register-store';
import { SqliteRegisterStore } from '../storage/sqlite/sqlite-register-store';
import { operationsForNewRegister, planReplacement, type ReplacePlan } from './import-operations';
import type { CheckedInterchange } from './load-interchange-file';

export interface ApprovalImportSettings {
  /** Language of the attribution written into assumed approvals; German by default. */
  language?: Language;
  /** ISO date-time of the import; now by default. */
  importedAt?: string;
}

/** What the import does with the file's approval data (see planApprovalImport). */
export function approvalPlanFor(checked: CheckedInterchange, settings: ApprovalImportSettings = {}, stored: readonly ApprovedRevision[] = []): ApprovalImportPlan {
  return planApprovalImport(
    checked.document,
    { fileName: checked.source ? basename(checked.source) : '', fileVersion: checked.fileVersion, carriesApprovalData: checked.carriesApprovalData },
    { importedAt: settings.importedAt ?? new Date().toISOString(), language: settings.language ?? 'de', stored },
  );
}

export interface NewRegisterOptions extends ApprovalImportSettings {
  /** Name written into the change log. */
  actor: string;
  /** Replace a file at the target path as a whole (used for regenerated demo output). */
  overwrite?: boolean;
}

/**
 * Writes a checked file into a new register file. The register is built in a temporary file
 * next to the target, closed (so it has no -wal), synced and put in place only when complete
 * and only if the name is still free: a failure leaves no register (and no half-written one)
 * behind, and of two imports to the same new path the second is refused, never lost silently.
 */
export async function importIntoNewRegister(checked: CheckedInterchange, target: string, options: NewRegisterOptions): Promise<ApprovalImportPlan> {
  const approvals = approvalPlanFor(checked, options);
  if (existsSync(target) && !options.overwrite) {
    throw new AppError('file_exists', `A file already exists at ${target}`, { path: target });
  }
  if (!options.overwrite) refuseLeftoverSideFiles(target);
  mkdirSync(dirname(target), { recursive: true });
  const temp = temporaryPathFor(target, 'import');
  try {
    const store = SqliteRegisterStore.open(temp, { create: true, actor: options.actor });
    try {
      await store.writeBatch(operationsForNewRegister(checked, approvals));
    } finally {
      await store.close();
    }
    fsyncFile(temp);
    if (options.overwrite) {
      removeDatabaseFiles(target);
      replaceFile(temp, target);
    } else {
      publishNewFile(temp, target);
    }
  } catch (error) {
    removeDatabaseFiles(temp);
    throw error;
  }
  return approvals;
}

/**
 * Replaces the whole content of an open register with the file's: planned and written in one
 * write transaction, so nothing can change between reading the register and writing it.
 */
export async function replaceRegisterContent(
  store: RegisterStore,
  checked: CheckedInterchange,
  settings: ApprovalImportSettings = {},
): Promise<ReplacePlan & { approvals: ApprovalImportPlan }> {
  return store.inWriteTransaction(async () => {
    const approvals = approvalPlanFor(checked, settings, await store.approvals.list());
    const plan = await planReplacement(store, checked, approvals);
    if (plan.operations.length) await store.writeBatch(plan.operations);
    return { ...plan, approvals };
  });
}
