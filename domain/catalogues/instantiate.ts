import { ActivitySchema, type Activity, type ActivityInput } from '../model/activity';
import type { Language, LocalizedText } from '../model/common';
import { CHANNEL_CATALOGUE } from './channels';
import { COUNTRIES } from './countries';
import { DATA_CATEGORIES } from './data-categories';
import { DATA_SUBJECT_CATEGORIES } from './data-subject-categories';
import { ADDITIONAL_REQUIREMENTS } from './additional-requirements';
import { LEGAL_BASES } from './legal-bases';
import { RECIPIENT_CATEGORIES } from './recipient-categories';
import { RETENTION_PRESETS } from './retention-presets';
import type {
  ActivityTemplate,
  ChannelCatalogueEntry,
  CountryEntry,
  LegalBasisEntry,
  RetentionPreset,
  TomCatalogueEntry,
} from './schema';
import { ACTIVITY_TEMPLATES } from './templates';
import { TOM_CATALOGUE } from './toms';

export function findLegalBasis(code: string): LegalBasisEntry | undefined {
  return LEGAL_BASES.find((b) => b.id === code);
}

/** Look up a country by ISO 3166-1 alpha-2 code (case-insensitive). */
export function findCountry(code: string): CountryEntry | undefined {
  const upper = code.trim().toUpperCase();
  return COUNTRIES.find((c) => c.code === upper);
}

export function findChannel(id: string): ChannelCatalogueEntry | undefined {
  return CHANNEL_CATALOGUE.find((c) => c.id === id);
}

export function findTemplate(id: string): ActivityTemplate | undefined {
  return ACTIVITY_TEMPLATES.find((t) => t.id === id);
}

export function findRetentionPreset(id: string): RetentionPreset | undefined {
  return RETENTION_PRESETS.find((p) => p.id === id);
}

/** The catalogue TOMs a template suggests, for offering them to the organisation's TOM catalogue. */
export function templateTomSuggestions(templateId: string): TomCatalogueEntry[] {
  const template = findTemplate(templateId);
  if (!template) return [];
  return template.tomIds.map((id) => TOM_CATALOGUE.find((m) => m.id === id)).filter((m): m is TomCatalogueEntry => m !== undefined);
}

export interface InstantiateOptions {
  /**
   * Maps a TOM catalogue id to the id of the organisation's TomMeasure created from it.
   * Activity.toms.measureIds reference organisation measures, not catalogue entries, so
   * suggestions without a mapping are left out (see templateTomSuggestions).
   */
  resolveTomMeasureId?: (catalogueTomId: string) => string | undefined;
  /** Maps a channel catalogue id to the id of the organisation's Channel of that kind. */
  resolveChannelId?: (catalogueChannelId: string) => string | undefined;
}

function mustFind<T extends { id: string }>(list: readonly T[], id: string, what: string, templateId: string): T {
  const entry = list.find((e) => e.id === id);
  if (!entry) throw new Error(`Template "${templateId}" references unknown ${what} "${id}"`);
  return entry;
}

/**
 * Turns a template into a draft activity in the chosen language. Pure: ids come from `newId`,
 * timestamps are left empty for the caller. The result is validated by ActivitySchema.
 */
export function instantiateTemplate(
  templateId: string,
  language: Language,
  newId: () => string,
  options: InstantiateOptions = {},
): Activity {
  const template = findTemplate(templateId);
  if (!template) throw new Error(`Unknown activity template "${templateId}"`);
  const tr = (text: LocalizedText | undefined): string => (text ? text[language] : '');

  const dataCategoryIdMap = new Map<string, string>();
  const dataCategories = template.dataCategoryIds.map((catalogueId) => {
    const entry = mustFind(DATA_CATEGORIES, catalogueId, 'data category', template.id);
    const id = newId();
    dataCategoryIdMap.set(catalogueId, id);
    return { id, catalogueId, label: entry.label[language], special: entry.special };
  });

  const input: ActivityInput = {
    id: newId(),
    name: template.name[language],
    description: template.description[language],
    status: 'draft',
    templateId: template.id,
    purposes: template.purposes.map((p) => ({
      id: newId(),
      description: p.description[language],
      legalBases: p.legalBases.map((b) => {
        mustFind(LEGAL_BASES, b.code, 'legal basis', template.id);
        return { code: b.code, note: tr(b.note) };
      }),
      additionalRequirements: (p.additionalRequirements ?? []).map((r) => {
        mustFind(ADDITIONAL_REQUIREMENTS, r.code, 'additional requirement', template.id);
        return { code: r.code, note: tr(r.note) };
      }),
      legitimateInterest: tr(p.legitimateInterest),
      consentRecord: tr(p.consentRecord),
    })),
    dataSubjectCategories: template.dataSubjectCategoryIds.map((catalogueId) => ({
      id: newId(),
      catalogueId,
      label: mustFind(DATA_SUBJECT_CATEGORIES, catalogueId, 'data subject category', template.id).label[language],
    })),
    dataCategories,
    dataSource: {
      fromDataSubject: true,
      otherSources: tr(template.otherSources),
      publiclyAccessible: false,
    },
    recipients: template.recipientIds.map((catalogueId) => {
      const entry = mustFind(RECIPIENT_CATEGORIES, catalogueId, 'recipient category', template.id);
      return { id: newId(), catalogueId, label: entry.label[language], kind: entry.kind, partyId: '' };
    }),
    transfers: template.transfers.map((transfer) => {
      mustFind(COUNTRIES, transfer.countryCode, 'country', template.id);
      return {
        id: newId(),
        countryCode: transfer.countryCode,
        recipient: transfer.recipient[language],
        mechanism: transfer.mechanism,
        tiaNote: tr(transfer.note),
      };
    }),
    retention: template.retention.map((r) => {
      const preset = mustFind(RETENTION_PRESETS, r.presetId, 'retention preset', template.id);
      return {
        id: newId(),
        dataCategoryIds: r.dataCategoryIds.map((catalogueId) => {
          const id = dataCategoryIdMap.get(catalogueId);
          if (!id) throw new Error(`Template "${template.id}" retention covers "${catalogueId}", which is not one of its data categories`);
          return id;
        }),
        presetId: preset.id,
        description: preset.label[language],
        periodAmount: preset.periodAmount,
        periodUnit: preset.periodUnit,
        periodText: preset.periodText[language],
        trigger: preset.trigger[language],
        basis: preset.basis[language],
        kind: preset.kind,
        action: preset.action,
      };
    }),
    toms: {
      measureIds: resolveAll(template.tomIds, TOM_CATALOGUE, 'TOM', template.id, options.resolveTomMeasureId),
      specific: '',
      securityConceptRef: '',
    },
    dpia: {
      criteria: [...template.dpiaCriteria],
      onMandatoryList: false,
      decision: 'undecided',
    },
    provision: { kind: template.provision ?? 'unspecified' },
    channelIds: resolveAll(template.channelIds, CHANNEL_CATALOGUE, 'channel', template.id, options.resolveChannelId),
  };
  return ActivitySchema.parse(input);
}

function resolveAll(
  catalogueIds: readonly string[],
  catalogue: readonly { id: string }[],
  what: string,
  templateId: string,
  resolve: ((id: string) => string | undefined) | undefined,
): string[] {
  const out: string[] = [];
  for (const catalogueId of catalogueIds) {
    mustFind(catalogue, catalogueId, what, templateId);
    const id = resolve?.(catalogueId);
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}
