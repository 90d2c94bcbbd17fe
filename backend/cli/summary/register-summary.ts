import type { RegisterSnapshot } from '../../../domain/documents/snapshot';
import { CHECKLIST_ITEMS, type ActivityStatus, type Language } from '../../../domain/model';
import { countBySeverity, evaluateRegister, findingsReport, type FindingsReport } from '../../../domain/rules/engine/evaluate-register';

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
  /** Findings per severity; the same engine as `vvt check` and the GUI. */
  findingCounts: Record<'error' | 'warning' | 'info', number>;
  findings: FindingsReport['findings'];
  channels: { id: string; name: string; checklist: { done: number; notApplicable: number; open: number; total: number } }[];
}

/** Figures and findings of a register, as of `today` (YYYY-MM-DD). Archived activities and ended processor records are not checked. */
export function summariseRegister(snapshot: RegisterSnapshot, file: string, today: string, language: Language = 'de'): RegisterSummary {
  const count = (status: ActivityStatus) => snapshot.activities.filter((a) => a.status === status).length;
  const findings = evaluateRegister(snapshot, { today, language });
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
    findingCount: findings.length,
    findingCounts: countBySeverity(findings),
    findings: findingsReport(findings, language).findings,
    channels: snapshot.channels.map((c) => {
      const statuses = CHECKLIST_ITEMS.map((item) => c.checklist[item]?.status ?? 'open');
      const done = statuses.filter((s) => s === 'done').length;
      const notApplicable = statuses.filter((s) => s === 'not_applicable').length;
      return { id: c.id, name: c.name, checklist: { done, notApplicable, open: statuses.length - done - notApplicable, total: statuses.length } };
    }),
  };
}
