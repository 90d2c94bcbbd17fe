import type { ApprovedRevision } from '../../model/approval';
import type { Channel } from '../../model/channel';
import type { Language } from '../../model/common';
import type { Party } from '../../model/party';
import type { TomMeasure } from '../../model/tom';
import { evaluateRegister } from '../../rules/engine/evaluate-register';
import type { EngineFinding } from '../../rules/engine/finding-builder';
import type { RegisterSnapshot } from '../snapshot';
import type { Art30Variant, ResolvedArt30Options } from './options';
import { documentTexts, type DocumentTexts } from './texts';

/** What every section builder needs: options, texts and lookups into the snapshot. */
export interface Art30Context {
  language: Language;
  variant: Art30Variant;
  /** YYYY-MM-DD. */
  asOf: string;
  includeUnapproved: boolean;
  texts: DocumentTexts;
  organisationName: string;
  partyName(id: string): string | undefined;
  party(id: string): Party | undefined;
  channel(id: string): Channel | undefined;
  tom(id: string): TomMeasure | undefined;
  /** Findings of the engine for an activity (internal variant), as of `asOf`. */
  findingsOf(activityId: string): EngineFinding[];
  /** The approved revision of an activity, if it has one. */
  revision(activityId: string): ApprovedRevision | undefined;
}

export function createArt30Context(snapshot: RegisterSnapshot, options: ResolvedArt30Options): Art30Context {
  const parties = new Map(snapshot.parties.map((party) => [party.id, party]));
  const channels = new Map(snapshot.channels.map((channel) => [channel.id, channel]));
  const toms = new Map(snapshot.toms.map((measure) => [measure.id, measure]));
  let findings: EngineFinding[] | undefined;
  const revisions = new Map((snapshot.approvedRevisions ?? []).map((revision) => [revision.activityId, revision]));
  return {
    ...options,
    texts: documentTexts(options.language),
    organisationName: snapshot.organisation.name.trim(),
    partyName: (id) => parties.get(id)?.name,
    party: (id) => parties.get(id),
    channel: (id) => channels.get(id),
    tom: (id) => toms.get(id),
    findingsOf: (activityId) => {
      findings ??= evaluateRegister(snapshot, { today: options.asOf, language: options.language });
      return findings.filter((f) => f.entity.kind === 'activity' && f.entity.id === activityId);
    },
    revision: (id) => revisions.get(id),
  };
}
