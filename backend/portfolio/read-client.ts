import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { ChannelSchema, OrganisationSchema, PartySchema, ProcessorRecordSchema, emptyOrganisation } from '../../domain/model';
import { StoredActivitySchema } from '../../domain/model/former-pseudo-bases';
import { searchEntriesOf } from '../../domain/portfolio/search';
import type { ClientSummary, PortfolioDueItem, SearchEntry } from '../../domain/portfolio/types';
import { collectReminders } from '../../domain/rules/reminders';
import { countErrorFindings } from './error-findings';
import { lastAuthoritySubmission } from './last-submission';
import type { ReadCopy } from './read-copy';

export interface ClientFacts {
  summary: ClientSummary;
  dueItems: PortfolioDueItem[];
  search: SearchEntry[];
}

function docs<T>(db: Database.Database, table: string, schema: z.ZodType<T>): T[] {
  return (db.prepare(`SELECT doc FROM ${table} ORDER BY name COLLATE NOCASE, id`).all() as { doc: string }[]).map((row) =>
    schema.parse(JSON.parse(row.doc)),
  );
}

/** Everything the portfolio needs from one register copy, computed for `today`. */
export function readClientFacts(path: string, copy: ReadCopy, today: string): ClientFacts {
  const { db } = copy;
  const organisationRow = db.prepare("SELECT doc FROM organisation WHERE id = 'organisation'").get() as { doc: string } | undefined;
  const organisation = organisationRow ? OrganisationSchema.parse(JSON.parse(organisationRow.doc)) : emptyOrganisation();
  const activities = docs(db, 'activities', StoredActivitySchema);
  const parties = docs(db, 'parties', PartySchema);
  const channels = docs(db, 'channels', ChannelSchema);
  const processorRecords = docs(db, 'processor_records', ProcessorRecordSchema);
  const registerId = (db.prepare("SELECT value FROM register_meta WHERE key = 'register_id'").get() as { value: string } | undefined)?.value ?? '';
  const lastChange = (db.prepare('SELECT max(at) AS at FROM change_log').get() as { at: string | null }).at ?? '';
  const reminders = collectReminders({ activities, parties, channels, today });
  const register = { activities, parties, channels };

  const dueItems: PortfolioDueItem[] = reminders.flatMap((r) =>
    r.severity === 'info'
      ? []
      : [{ path, organisation: organisation.name, kind: r.kind, severity: r.severity, code: r.code, subject: r.subject, dueDate: r.dueDate, params: r.params }],
  );
  const summary: ClientSummary = {
    path,
    fileName: basename(path),
    registerId,
    organisation: organisation.name,
    legalForm: organisation.legalForm,
    activities: activities.filter((a) => a.status !== 'archived').length,
    approved: activities.filter((a) => a.status === 'approved').length,
    overdue: dueItems.filter((d) => d.severity === 'overdue').length,
    dueSoon: dueItems.filter((d) => d.severity === 'soon').length,
    errors: countErrorFindings({ ...register, organisation, processorRecords }, today),
    lastSubmission: lastAuthoritySubmission(db),
    lastChange,
    schemaVersion: copy.schemaVersion,
    needsUpgrade: copy.needsUpgrade,
    openElsewhere: copy.openElsewhere,
  };
  return { summary, dueItems, search: searchEntriesOf(register) };
}
