import { z } from 'zod';
import type { Activity } from '../model/activity';
import { newId, OptionalDateSchema } from '../model/common';
import { ContractSchema, type Party } from '../model/party';
import { normaliseSearchText } from './search';

/**
 * A change the DPO confirms once and the app applies to every chosen client: a provider's
 * DPF check, a new version of a provider's AVV, a correction of a catalogue label.
 */
const ProviderName = z.string().trim().min(1).max(200);

export const PortfolioUpdateSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('dpf_check'),
    /** The provider as the clients' registers name it (case and spacing do not matter). */
    partyName: ProviderName,
    checkedOn: z.iso.date(),
    certified: z.boolean(),
  }),
  z.object({
    kind: z.literal('avv_version'),
    partyName: ProviderName,
    version: z.string().trim().min(1).max(200),
    signedOn: z.iso.date(),
    validUntil: OptionalDateSchema,
    title: z.string().trim().max(200).default(''),
  }),
  z.object({
    kind: z.literal('catalogue_label'),
    list: z.enum(['dataCategories', 'dataSubjectCategories', 'recipients']),
    catalogueId: z.string().trim().min(1).max(100),
    label: z.string().trim().min(1).max(500),
  }),
]);
export type PortfolioUpdate = z.infer<typeof PortfolioUpdateSchema>;
export type PortfolioUpdateInput = z.input<typeof PortfolioUpdateSchema>;

/** One entity that changes in one client, with a short before → after for the preview. */
export interface PlannedChange {
  entity: 'party' | 'activity';
  id: string;
  name: string;
  field: string;
  before: string;
  after: string;
}

export type PlannedEntity = { kind: 'party'; value: Party; change: PlannedChange } | { kind: 'activity'; value: Activity; change: PlannedChange };

const sameName = (a: string, b: string) => normaliseSearchText(a) === normaliseSearchText(b);

/** What the update changes in one register (empty when nothing applies or it is already applied). */
export function planUpdate(update: PortfolioUpdate, register: { parties: readonly Party[]; activities: readonly Activity[] }): PlannedEntity[] {
  if (update.kind === 'dpf_check') {
    return register.parties
      .filter((p) => sameName(p.name, update.partyName))
      .filter((p) => p.dpfCheckedOn !== update.checkedOn || p.dpfCertified !== update.certified)
      .map((p) => ({
        kind: 'party' as const,
        value: { ...p, dpfCheckedOn: update.checkedOn, dpfCertified: update.certified },
        change: {
          entity: 'party' as const,
          id: p.id,
          name: p.name,
          field: 'dpf',
          before: `${p.dpfCertified ? 'certified' : 'not certified'} ${p.dpfCheckedOn || '–'}`,
          after: `${update.certified ? 'certified' : 'not certified'} ${update.checkedOn}`,
        },
      }));
  }
  if (update.kind === 'avv_version') {
    return register.parties
      .filter((p) => sameName(p.name, update.partyName))
      .filter((p) => !p.contracts.some((c) => c.type === 'avv' && c.version === update.version))
      .map((p) => {
        const contract = ContractSchema.parse({
          id: newId(),
          type: 'avv',
          title: update.title,
          version: update.version,
          signedOn: update.signedOn,
          validUntil: update.validUntil,
        });
        const previous = p.contracts.filter((c) => c.type === 'avv').map((c) => c.version || c.signedOn).join(', ');
        return {
          kind: 'party' as const,
          value: { ...p, contracts: [...p.contracts, contract] },
          change: { entity: 'party' as const, id: p.id, name: p.name, field: 'avv', before: previous || '–', after: update.version },
        };
      });
  }
  const list = update.list;
  return register.activities.flatMap((a) => {
    const stale = a[list].filter((entry) => entry.catalogueId === update.catalogueId && entry.label !== update.label);
    if (!stale.length) return [];
    const corrected = a[list].map((entry) => (entry.catalogueId === update.catalogueId ? { ...entry, label: update.label } : entry));
    return [
      {
        kind: 'activity' as const,
        value: { ...a, [list]: corrected } as Activity,
        change: {
          entity: 'activity' as const,
          id: a.id,
          name: a.name,
          field: list,
          before: [...new Set(stale.map((e) => e.label))].join(', '),
          after: update.label,
        },
      },
    ];
  });
}
