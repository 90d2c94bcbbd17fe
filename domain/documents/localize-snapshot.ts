import {
  ACTIVITY_TEMPLATES,
  CHANNEL_CATALOGUE,
  DATA_CATEGORIES,
  DATA_SUBJECT_CATEGORIES,
  RECIPIENT_CATEGORIES,
  RETENTION_PRESETS,
  TOM_CATALOGUE,
} from '../catalogues';
import type { ActivityTemplate } from '../catalogues/schema';
import type { Activity, Purpose } from '../model/activity';
import type { Language, LocalizedText } from '../model/common';
import type { RegisterSnapshot } from './snapshot';

/**
 * Documents in the language asked for, also for catalogue content stored in another one: a
 * register kept in German stores "Kontaktdaten", its English record must say "Contact details".
 * Labels are resolved by catalogue id (data categories, data subjects, recipients, TOMs,
 * retention presets, channels, activity templates); a text the user edited — it no longer equals
 * the catalogue's wording in either language — is printed as the user wrote it. Pure.
 */

function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

const dataCategories = byId(DATA_CATEGORIES);
const dataSubjects = byId(DATA_SUBJECT_CATEGORIES);
const recipients = byId(RECIPIENT_CATEGORIES);
const presets = byId(RETENTION_PRESETS);
const toms = byId(TOM_CATALOGUE);
const channels = byId(CHANNEL_CATALOGUE);
const templates = byId(ACTIVITY_TEMPLATES);

/** The catalogue wording in `language` when `value` is the unchanged catalogue wording; else `value`. */
export function catalogueText(value: string, text: LocalizedText | undefined, language: Language): string {
  if (!text) return value;
  const trimmed = value.trim();
  return trimmed === text.de || trimmed === text.en ? text[language] : value;
}

function localizePurpose(purpose: Purpose, template: ActivityTemplate | undefined, language: Language): Purpose {
  const source = template?.purposes.find((p) => p.description.de === purpose.description.trim() || p.description.en === purpose.description.trim());
  if (!source) return purpose;
  return {
    ...purpose,
    description: source.description[language],
    legitimateInterest: catalogueText(purpose.legitimateInterest, source.legitimateInterest, language),
    consentRecord: catalogueText(purpose.consentRecord, source.consentRecord, language),
    legalBases: purpose.legalBases.map((basis) => {
      const note = source.legalBases.find((b) => b.code === basis.code)?.note;
      return { ...basis, note: catalogueText(basis.note, note, language) };
    }),
  };
}

function localizeActivity(activity: Activity, language: Language): Activity {
  const template = activity.templateId ? templates.get(activity.templateId) : undefined;
  return {
    ...activity,
    name: catalogueText(activity.name, template?.name, language),
    description: catalogueText(activity.description, template?.description, language),
    purposes: activity.purposes.map((purpose) => localizePurpose(purpose, template, language)),
    dataSubjectCategories: activity.dataSubjectCategories.map((c) => ({ ...c, label: catalogueText(c.label, dataSubjects.get(c.catalogueId)?.label, language) })),
    dataCategories: activity.dataCategories.map((c) => ({ ...c, label: catalogueText(c.label, dataCategories.get(c.catalogueId)?.label, language) })),
    dataSource: { ...activity.dataSource, otherSources: catalogueText(activity.dataSource.otherSources, template?.otherSources, language) },
    recipients: activity.recipients.map((r) => ({ ...r, label: catalogueText(r.label, recipients.get(r.catalogueId)?.label, language) })),
    transfers: activity.transfers.map((transfer) => {
      const source = template?.transfers.find((t) => t.countryCode === transfer.countryCode);
      return {
        ...transfer,
        recipient: catalogueText(transfer.recipient, source?.recipient, language),
        tiaNote: catalogueText(transfer.tiaNote, source?.note, language),
      };
    }),
    retention: activity.retention.map((rule) => {
      const preset = presets.get(rule.presetId);
      if (!preset) return rule;
      return {
        ...rule,
        description: catalogueText(rule.description, preset.label, language),
        periodText: catalogueText(rule.periodText, preset.periodText, language),
        trigger: catalogueText(rule.trigger, preset.trigger, language),
        basis: catalogueText(rule.basis, preset.basis, language),
      };
    }),
  };
}

export function localizeSnapshot(snapshot: RegisterSnapshot, language: Language): RegisterSnapshot {
  return {
    ...snapshot,
    activities: snapshot.activities.map((activity) => localizeActivity(activity, language)),
    toms: snapshot.toms.map((measure) => {
      const entry = toms.get(measure.catalogueId);
      return entry
        ? { ...measure, title: catalogueText(measure.title, entry.label, language), description: catalogueText(measure.description, entry.description, language) }
        : measure;
    }),
    channels: snapshot.channels.map((channel) => ({ ...channel, name: catalogueText(channel.name, channels.get(channel.catalogueId)?.label, language) })),
  };
}
