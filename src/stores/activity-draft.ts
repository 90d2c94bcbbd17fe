import type { RetentionPreset } from '../../domain/catalogues';
import { issuesFromZod, type ValidationIssue } from '../../domain/ipc/result';
import {
  RecipientSchema,
  RetentionRuleSchema,
  newActivity,
  type Activity,
  type DataCategory,
  type DataSubjectCategory,
  type LegalBasisRef,
  type Purpose,
  type Recipient,
  type RetentionRule,
} from '../../domain/model/activity';
import { newId, type Language } from '../../domain/model/common';
import { ActivityInputSchema } from '../../domain/model/input-rules';
import { TransferSchema, type Transfer } from '../../domain/model/transfer';
import { cloneData } from '../data';
import { activityCatalogueIssues, checkedAgainstCatalogues } from '../../domain/rules/catalogue-boundary';

/** The activity schema with the catalogue checks the IPC applies, so the form refuses the same. */
const CHECKED_ACTIVITY = checkedAgainstCatalogues(ActivityInputSchema, activityCatalogueIssues);

/**
 * Pure helpers for the activity the editor works on. The editor shows one legal-basis select
 * per purpose even before a basis is chosen; such empty rows exist only in the draft and
 * are dropped before saving and before comparing for unsaved changes.
 */

/** A new activity. newActivity() validates its name; the editor starts empty so "required" applies on save. */
export function blankActivity(): Activity {
  return { ...newActivity('new'), name: '' };
}

export function blankLegalBasis(): LegalBasisRef {
  return { code: '', note: '' };
}

export function blankPurpose(): Purpose {
  return { id: newId(), description: '', legalBases: [blankLegalBasis()], additionalRequirements: [], legitimateInterest: '', consentRecord: '' };
}

export function blankDataSubjectCategory(): DataSubjectCategory {
  return { id: newId(), catalogueId: '', label: '' };
}

export function blankDataCategory(): DataCategory {
  return { id: newId(), catalogueId: '', label: '', special: 'none' };
}

export function blankRetentionRule(): RetentionRule {
  return RetentionRuleSchema.parse({ id: newId() });
}

/** A recipient row before its label is typed (the schema requires one on saving). */
export function blankRecipient(): Recipient {
  return { ...RecipientSchema.parse({ id: newId(), label: '-' }), label: '' };
}

export function blankTransfer(): Transfer {
  return TransferSchema.parse({ id: newId() });
}

/** Fills a retention rule from a preset in the UI language; the data categories it covers stay. */
export function applyRetentionPreset(rule: RetentionRule, preset: RetentionPreset, language: Language): void {
  Object.assign(rule, {
    presetId: preset.id,
    description: preset.label[language],
    periodAmount: preset.periodAmount,
    periodUnit: preset.periodUnit,
    periodText: preset.periodText[language],
    trigger: preset.trigger[language],
    basis: preset.basis[language],
    kind: preset.kind,
    action: preset.action,
  });
}

/**
 * What the editor demands beyond the schema: Art. 30(1)(e) and 49(6) GDPR require the
 * safeguards of a transfer on compelling legitimate interests to be documented in the record.
 */
export function editorIssues(activity: Activity): ValidationIssue[] {
  return activity.transfers.flatMap((transfer, index) =>
    transfer.mechanism === 'art49_compelling_interests' && transfer.safeguardsDocumentation.trim() === ''
      ? [{ path: `activity.transfers.${index}.safeguardsDocumentation`, code: 'too_small', message: 'Documentation of the safeguards is required' }]
      : [],
  );
}

/** The activity as it would be saved, or the issues (paths "activity.…") that prevent saving. */
export function checkDraft(activity: Activity): { ok: true; activity: Activity } | { ok: false; issues: ValidationIssue[] } {
  const candidate = forSaving(activity);
  const parsed = CHECKED_ACTIVITY.safeParse(candidate);
  const issues = [...(parsed.success ? [] : issuesFromZod(parsed.error, 'activity')), ...editorIssues(candidate)];
  return parsed.success && issues.length === 0 ? { ok: true, activity: parsed.data } : { ok: false, issues };
}

/** A copy with one (empty) legal-basis row on every purpose that has none yet. */
export function withEditingRows(activity: Activity): Activity {
  const copy = cloneData(activity);
  for (const purpose of copy.purposes) {
    if (purpose.legalBases.length === 0) purpose.legalBases.push(blankLegalBasis());
  }
  return copy;
}

/** What is saved: a copy without the legal-basis rows where nothing was chosen. */
export function forSaving(activity: Activity): Activity {
  const copy = cloneData(activity);
  for (const purpose of copy.purposes) {
    purpose.legalBases = purpose.legalBases.filter((basis) => basis.code.trim() !== '');
  }
  return copy;
}

/** Canonical text of an activity for detecting unsaved changes. */
export function fingerprint(activity: Activity): string {
  return JSON.stringify(forSaving(activity));
}

/** Removes a data category and its mentions in retention rules. */
export function removeDataCategory(activity: Activity, index: number): void {
  const [removed] = activity.dataCategories.splice(index, 1);
  if (!removed) return;
  for (const rule of activity.retention) {
    rule.dataCategoryIds = rule.dataCategoryIds.filter((id) => id !== removed.id);
  }
}
