import type { InterchangeRegister } from './format';
import { jsonPath } from './json-path';
import type { InterchangeProblem } from './problems';

/** What a reference points at; translated via `cli.targets`. */
export type ReferenceTarget = 'party' | 'channel' | 'tom' | 'attachment' | 'dataCategory';

type Path = PropertyKey[];

class ReferenceChecker {
  readonly problems: InterchangeProblem[] = [];
  private readonly ids: Record<ReferenceTarget, Set<string>>;
  private readonly register: InterchangeRegister;

  constructor(register: InterchangeRegister) {
    this.register = register;
    this.ids = {
      party: this.collect('parties', register.parties),
      channel: this.collect('channels', register.channels),
      tom: this.collect('toms', register.toms),
      attachment: this.collect('attachments', register.attachments.map((a) => a.meta), ['meta']),
      dataCategory: new Set(),
    };
    this.collect('activities', register.activities);
    this.collect('processorRecords', register.processorRecords);
  }

  /** Ids of one collection; a second entity with the same id is a problem. */
  private collect(collection: string, items: { id: string }[], inner: PropertyKey[] = []): Set<string> {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else
        this.problems.push({
          path: jsonPath(['register', collection, index, ...inner, 'id']),
          code: 'duplicate_id',
          params: { id: item.id, first: jsonPath(['register', collection, first, ...inner, 'id']) },
        });
    });
    return new Set(seen.keys());
  }

  /** An empty id means "not linked" and is fine. */
  expect(target: ReferenceTarget, id: string, path: Path, known = this.ids[target]): void {
    if (id && !known.has(id)) {
      this.problems.push({ path: jsonPath(['register', ...path]), code: 'dangling_reference', params: { target, id } });
    }
  }

  expectAll(target: ReferenceTarget, ids: string[], path: Path, known?: Set<string>): void {
    ids.forEach((id, index) => this.expect(target, id, [...path, index], known));
  }

  run(): InterchangeProblem[] {
    this.register.activities.forEach((activity, i) => {
      const at = (...rest: PropertyKey[]): Path => ['activities', i, ...rest];
      activity.recipients.forEach((r, j) => this.expect('party', r.partyId, at('recipients', j, 'partyId')));
      activity.transfers.forEach((t, j) => this.expect('party', t.partyId, at('transfers', j, 'partyId')));
      this.expectAll('party', activity.jointControllerPartyIds, at('jointControllerPartyIds'));
      this.expectAll('channel', activity.channelIds, at('channelIds'));
      this.expectAll('tom', activity.toms.measureIds, at('toms', 'measureIds'));
      const categories = new Set(activity.dataCategories.map((c) => c.id));
      activity.retention.forEach((rule, j) =>
        this.expectAll('dataCategory', rule.dataCategoryIds, at('retention', j, 'dataCategoryIds'), categories),
      );
    });
    this.register.channels.forEach((channel, i) => this.expect('party', channel.providerPartyId, ['channels', i, 'providerPartyId']));
    this.register.processorRecords.forEach((record, i) => {
      const at = (...rest: PropertyKey[]): Path => ['processorRecords', i, ...rest];
      this.expect('party', record.controllerPartyId, at('controllerPartyId'));
      record.transfers.forEach((t, j) => this.expect('party', t.partyId, at('transfers', j, 'partyId')));
      this.expectAll('tom', record.tomMeasureIds, at('tomMeasureIds'));
    });
    this.register.parties.forEach((party, i) =>
      party.contracts.forEach((contract, j) =>
        this.expect('attachment', contract.attachmentId, ['parties', i, 'contracts', j, 'attachmentId']),
      ),
    );
    return this.problems;
  }
}

/** Every id an entity refers to must exist in the same file; ids must be unique per collection. */
export function checkReferences(register: InterchangeRegister): InterchangeProblem[] {
  return new ReferenceChecker(register).run();
}
