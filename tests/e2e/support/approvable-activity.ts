/**
 * A payroll activity in review, complete enough for the findings engine's approval gate (data
 * subjects, source and measures are required), as the browser tests store it over the bridge.
 */
export const PAYROLL_DESCRIPTION = 'Abrechnung der Gehälter durch das Lohnbüro';

export function approvableActivity(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name,
    status: 'in_review',
    description: PAYROLL_DESCRIPTION,
    purposes: [{ id: `${id}-p`, description: 'Gehaltszahlung', legalBases: [{ code: '6-1-b' }] }],
    dataSubjectCategories: [{ id: `${id}-s`, label: 'Beschäftigte' }],
    dataCategories: [{ id: `${id}-c`, label: 'Bankverbindung' }],
    dataSource: { fromDataSubject: true, otherSources: '', publiclyAccessible: false },
    toms: { measureIds: [], specific: 'Zugriff nur für die Personalabteilung', securityConceptRef: '' },
    retention: [{ id: `${id}-r`, description: 'Lohnunterlagen', periodAmount: 6, periodUnit: 'years', trigger: 'Ende des Kalenderjahres' }],
    ...extra,
  };
}
