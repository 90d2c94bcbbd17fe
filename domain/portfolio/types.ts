import type { ReminderCode, ReminderKind, ReminderSeverity, ReminderSubject } from '../rules/reminders';
import type { FindingParams } from '../rules/finding';

/** Why a client file could not be listed (or written); the UI names the file with this reason. */
export const CLIENT_PROBLEMS = ['damaged', 'locked', 'too_new', 'unreadable', 'missing'] as const;
export type ClientProblem = (typeof CLIENT_PROBLEMS)[number];

/** One client's register as the portfolio table shows it. */
export interface ClientSummary {
  path: string;
  fileName: string;
  /** The register's own id: a file that moved keeps it, so the index can tell a move from a new client. */
  registerId: string;
  organisation: string;
  legalForm: string;
  activities: number;
  approved: number;
  overdue: number;
  dueSoon: number;
  /** Findings of severity "error" over all activities that are not archived. */
  errors: number;
  /** YYYY-MM-DD of the last submission to the supervisory authority, '' if none is recorded. */
  lastSubmission: string;
  /** ISO time of the newest change-log entry, '' for a register without changes. */
  lastChange: string;
  schemaVersion: number;
  /** The file has an older schema: it was read from a temporary copy and is upgraded when opened. */
  needsUpgrade: boolean;
  /** A write-ahead log lies next to the file: it is open in another window or program (or was not closed cleanly). */
  openElsewhere: boolean;
}

/** A row of the portfolio: a readable register, or a file that is named with its problem. */
export type PortfolioRow =
  | { path: string; status: 'ok'; summary: ClientSummary }
  | { path: string; status: 'problem'; problem: ClientProblem; detail: string };

/** An overdue or due-soon item of one client. */
export interface PortfolioDueItem {
  path: string;
  organisation: string;
  kind: ReminderKind;
  severity: Exclude<ReminderSeverity, 'info'>;
  code: ReminderCode;
  subject: ReminderSubject;
  dueDate: string;
  params: FindingParams;
}

export const SEARCH_ENTITY_TYPES = ['activity', 'party', 'channel'] as const;
export type SearchEntityType = (typeof SEARCH_ENTITY_TYPES)[number];

/** What the index keeps per entity so search across clients needs no file access. */
export interface SearchEntry {
  type: SearchEntityType;
  id: string;
  name: string;
  /** Lower-case text the entity is found by (name, provider, legal entity, recipients, catalogue labels …). */
  text: string;
}

export interface PortfolioSearchHit {
  path: string;
  organisation: string;
  type: SearchEntityType;
  id: string;
  name: string;
}

/** Changes found in the folders since the last refresh. */
export interface PortfolioChanges {
  added: string[];
  removed: string[];
  moved: { from: string; to: string }[];
  /** Files read again because their size or modification time changed. */
  reread: number;
  /** Files answered from the index without opening them. */
  fromIndex: number;
}

export interface PortfolioListing {
  folders: string[];
  /** Client folders that are missing or cannot be read (e.g. a disconnected network drive). */
  unreadableFolders: string[];
  rows: PortfolioRow[];
  changes: PortfolioChanges;
}

/** What a cross-client update does (preview) or did (report) in one client file. */
export interface ClientUpdateResult {
  path: string;
  organisation: string;
  changes: import('./updates').PlannedChange[];
  /** Set when the file was left alone, with the reason the UI names. */
  skipped?: { problem: ClientProblem; detail: string };
}
