import type { RegisterSnapshot } from '../../../domain/documents/snapshot';
import { CHECKLIST_ITEMS, type Activity, type ActivityStatus, type Party, type Transfer } from '../../../domain/model';

export type MandatoryField = 'purposes' | 'legalBasis' | 'dataSubjectCategories' | 'dataCategories' | 'retention' | 'toms';
export type OrganisationField = 'name' | 'address' | 'legalRepresentatives' | 'dpo' | 'supervisoryAuthority';

export interface ActivityRef {
  id: string;
  reference: string;
  name: string;
}

export interface TransferFinding {
  /** Where the transfer is recorded: an activity or a processor record (named after its controller). */
  source: 'activity' | 'processorRecord';
  sourceId: string;
  sourceName: string;
  transferId: string;
  countryCode: string;
  recipient: string;
}

/** What `vvt summary --json` prints; the text output shows the same. */
export interface RegisterSummary {
  file: string;
  organisation: { name: string; supervisoryAuthority: string; dpo: string };
  counts: {
    activities: Record<ActivityStatus | 'total', number>;
    parties: number;
    channels: number;
    processorRecords: number;
    toms: number;
    attachments: number;
  };
  findingCount: number;
  findings: {
    organisationGaps: OrganisationField[];
    activitiesMissingMandatoryFields: (ActivityRef & { missing: MandatoryField[] })[];
    transfersWithoutMechanism: TransferFinding[];
    dpfTransfersUnverified: (TransferFinding & { reason: 'unchecked' | 'not_certified' })[];
    processorsWithoutContract: { id: string; name: string }[];
    reviewsOverdue: (ActivityRef & { nextReviewOn: string })[];
    dpiaOpen: (ActivityRef & { criteria: number })[];
  };
  channels: { id: string; name: string; checklist: { done: number; notApplicable: number; open: number; total: number } }[];
}

const ref = (a: Activity): ActivityRef => ({ id: a.id, reference: a.reference, name: a.name });

/** Art. 30(1)(b), (c), (f), (g) plus the legal basis per purpose the German templates ask for. */
function missingMandatory(a: Activity): MandatoryField[] {
  const missing: MandatoryField[] = [];
  if (!a.purposes.length) missing.push('purposes');
  else if (a.purposes.some((p) => !p.legalBases.length)) missing.push('legalBasis');
  if (!a.dataSubjectCategories.length) missing.push('dataSubjectCategories');
  if (!a.dataCategories.length) missing.push('dataCategories');
  if (!a.retention.length) missing.push('retention');
  if (!a.toms.measureIds.length && !a.toms.specific && !a.toms.securityConceptRef) missing.push('toms');
  return missing;
}

function organisationGaps({ organisation: o }: RegisterSnapshot): OrganisationField[] {
  const gaps: OrganisationField[] = [];
  if (!o.name) gaps.push('name');
  if (!o.address.street || !o.address.city) gaps.push('address');
  if (!o.legalRepresentatives.length) gaps.push('legalRepresentatives');
  if (o.dpo.kind !== 'none' && !o.dpo.name) gaps.push('dpo');
  if (!o.supervisoryAuthority.name) gaps.push('supervisoryAuthority');
  return gaps;
}

type RecordedTransfer = TransferFinding & { transfer: Transfer };

/** Transfers of live activities and of active processor records, with a readable source and recipient. */
function recordedTransfers(snapshot: RegisterSnapshot, live: Activity[], parties: Map<string, Party>): RecordedTransfer[] {
  const describe = (source: TransferFinding['source'], sourceId: string, sourceName: string, transfer: Transfer): RecordedTransfer => ({
    source,
    sourceId,
    sourceName,
    transferId: transfer.id,
    countryCode: transfer.countryCode || transfer.internationalOrganisation,
    recipient: transfer.recipient || parties.get(transfer.partyId)?.name || '',
    transfer,
  });
  const fromActivities = live.flatMap((a) => a.transfers.map((t) => describe('activity', a.id, a.name, t)));
  const fromProcessorRecords = snapshot.processorRecords
    .filter((r) => r.status === 'active')
    .flatMap((r) => {
      const controller = parties.get(r.controllerPartyId)?.name ?? r.controllerPartyId;
      return r.transfers.map((t) => describe('processorRecord', r.id, controller, t));
    });
  return [...fromActivities, ...fromProcessorRecords];
}

function withoutTransfer({ transfer: _transfer, ...finding }: RecordedTransfer): TransferFinding {
  return finding;
}

/** A DPF transfer needs a certified recipient and a recorded check of the certification. */
function dpfProblem(transfer: Transfer, party: Party | undefined): 'unchecked' | 'not_certified' | null {
  if (party && !party.dpfCertified) return 'not_certified';
  if (!transfer.dpfCheckedOn && !party?.dpfCheckedOn) return 'unchecked';
  return null;
}

function needsDpia(a: Activity): boolean {
  const indicated = a.dpia.criteria.length >= 2 || a.dpia.onMandatoryList || a.dpia.decision === 'required';
  return indicated && a.dpia.decision !== 'not_required' && !a.dpia.performed;
}

/** Figures and findings of a register, as of `today` (YYYY-MM-DD). Archived activities and ended processor records are not checked. */
export function summariseRegister(snapshot: RegisterSnapshot, file: string, today: string): RegisterSummary {
  const parties = new Map(snapshot.parties.map((p) => [p.id, p]));
  const live = snapshot.activities.filter((a) => a.status !== 'archived');
  const transfers = recordedTransfers(snapshot, live, parties);

  const count = (status: ActivityStatus) => snapshot.activities.filter((a) => a.status === status).length;
  const findings: RegisterSummary['findings'] = {
    organisationGaps: organisationGaps(snapshot),
    activitiesMissingMandatoryFields: live.map((a) => ({ ...ref(a), missing: missingMandatory(a) })).filter((a) => a.missing.length),
    transfersWithoutMechanism: transfers.filter((f) => f.transfer.mechanism === 'none').map(withoutTransfer),
    dpfTransfersUnverified: transfers.flatMap((f) => {
      const reason = f.transfer.mechanism === 'dpf' ? dpfProblem(f.transfer, parties.get(f.transfer.partyId)) : null;
      return reason ? [{ ...withoutTransfer(f), reason }] : [];
    }),
    processorsWithoutContract: snapshot.parties
      .filter((p) => p.roles.includes('processor') && !p.contracts.some((c) => c.type === 'avv' || c.type === 'scc'))
      .map((p) => ({ id: p.id, name: p.name })),
    reviewsOverdue: live.filter((a) => a.nextReviewOn && a.nextReviewOn < today).map((a) => ({ ...ref(a), nextReviewOn: a.nextReviewOn })),
    dpiaOpen: live.filter(needsDpia).map((a) => ({ ...ref(a), criteria: a.dpia.criteria.length })),
  };
  const o = snapshot.organisation;
  return {
    file,
    organisation: { name: o.name, supervisoryAuthority: o.supervisoryAuthority.name, dpo: [o.dpo.name, o.dpo.organisation].filter(Boolean).join(', ') },
    counts: {
      activities: { total: snapshot.activities.length, draft: count('draft'), in_review: count('in_review'), approved: count('approved'), archived: count('archived') },
      parties: snapshot.parties.length,
      channels: snapshot.channels.length,
      processorRecords: snapshot.processorRecords.length,
      toms: snapshot.toms.length,
      attachments: snapshot.attachments.length,
    },
    findingCount: Object.values(findings).reduce((sum, list) => sum + list.length, 0),
    findings,
    channels: snapshot.channels.map((c) => {
      const statuses = CHECKLIST_ITEMS.map((item) => c.checklist[item]?.status ?? 'open');
      const done = statuses.filter((s) => s === 'done').length;
      const notApplicable = statuses.filter((s) => s === 'not_applicable').length;
      return { id: c.id, name: c.name, checklist: { done, notApplicable, open: statuses.length - done - notApplicable, total: statuses.length } };
    }),
  };
}
