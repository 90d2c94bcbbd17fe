import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/ipc/result';
import { ActivitySchema, type Activity, type ActivityStatus } from '../../domain/model/activity';
import { TomMeasureSchema, type TomMeasure } from '../../domain/model/tom';
import { withStatus } from '../../domain/rules/status-workflow';
import type { FakeHandlers } from './support/fake-bridge';
import { allByTestId, byTestId, click, makeActivity, mountApp, openRegisterHandlers } from './support/app';
import { makeFinding } from '../../domain/rules/engine/finding-builder';

const MEASURES: TomMeasure[] = [
  TomMeasureSchema.parse({ id: 'm-enc', title: 'Festplattenverschlüsselung', art32Group: 'pseudonymisation_encryption', controlArea: 'system_access', sdmGoal: 'confidentiality' }),
  TomMeasureSchema.parse({ id: 'm-backup', title: 'Tägliche Datensicherung', art32Group: 'restore_availability', controlArea: 'availability', sdmGoal: 'availability' }),
  TomMeasureSchema.parse({ id: 'm-badge', title: 'Zutritt mit Chipkarte', art32Group: 'confidentiality_integrity_availability_resilience', controlArea: 'physical_access', sdmGoal: 'confidentiality' }),
];

function registerHandlers(stored: Activity[] = [], extra: FakeHandlers = {}): FakeHandlers {
  const base = openRegisterHandlers(stored);
  return {
    ...base,
    'activities.departments': () => ['Personal'],
    'parties.list': () => [],
    'channels.list': () => [],
    'toms.list': () => MEASURES,
    'findings.list': () => [],
    'activities.setStatus': async ({ id, status, version }) => {
      const current = await base['activities.get']!({ id });
      if (current.version !== version) throw new AppError('conflict', 'changed');
      return base['activities.save']!({ activity: withStatus(current, status as ActivityStatus, '2026-11-28') });
    },
    ...extra,
  };
}

async function openStored(activity: Activity = makeActivity(), extra: FakeHandlers = {}) {
  const app = await mountApp(registerHandlers([activity], extra));
  await byTestId(app.wrapper, 'activity-row').trigger('click');
  await flushPromises();
  return app;
}

function savedActivity(payloads: unknown[]): Activity {
  return (payloads.at(-1) as { activity: Activity }).activity;
}

const checkbox = (wrapper: Parameters<typeof byTestId>[0], testid: string, value: string) => wrapper.get(`[data-testid="${testid}"][value="${value}"]`);

describe('activity editor: DPIA threshold check', () => {
  it('shows the consequence live and saves the criteria in the guidelines’ order', async () => {
    const { wrapper, fake } = await openStored();
    const consequence = () => byTestId(wrapper, 'dpia-consequence');
    // undecided and no criterion: "not assessed", never "DPIA probably not required"
    expect(consequence().attributes('data-consequence')).toBe('not_assessed');
    expect(consequence().text()).toBe('Nicht bewertet (Schwellwertprüfung nicht entschieden)');

    await checkbox(wrapper, 'dpia-criterion', 'vulnerable_subjects').setValue(true);
    expect(consequence().text()).toBe('Im Einzelfall prüfen');
    await checkbox(wrapper, 'dpia-criterion', 'systematic_monitoring').setValue(true);
    expect(consequence().attributes('data-consequence')).toBe('required');
    expect(consequence().text()).toBe('DSFA in der Regel erforderlich');

    await checkbox(wrapper, 'dpia-criterion', 'vulnerable_subjects').setValue(false);
    await checkbox(wrapper, 'dpia-criterion', 'systematic_monitoring').setValue(false);
    await byTestId(wrapper, 'dpia-mandatory-list').setValue(true);
    expect(consequence().attributes('data-consequence')).toBe('required');

    await checkbox(wrapper, 'dpia-criterion', 'vulnerable_subjects').setValue(true);
    await checkbox(wrapper, 'dpia-criterion', 'evaluation_scoring').setValue(true);
    await byTestId(wrapper, 'dpia-decision').setValue('not_required');
    expect(byTestId(wrapper, 'dpia-deviation').exists()).toBe(true);
    await byTestId(wrapper, 'dpia-reason').setValue('Nur wenige Beschäftigte, keine Auswertung.');
    expect(wrapper.find('[data-testid="dpia-deviation"]').exists()).toBe(false);

    await click(wrapper, 'activity-save');
    expect(savedActivity(fake.payloads('activities.save')).dpia).toMatchObject({
      criteria: ['evaluation_scoring', 'vulnerable_subjects'],
      onMandatoryList: true,
      decision: 'not_required',
      reason: 'Nur wenige Beschäftigte, keine Auswertung.',
    });
  });
});

describe('activity editor: retention presets', () => {
  it('fills the rule from a preset and warns when a statutory period is shortened', async () => {
    const { wrapper, fake } = await openStored();
    await click(wrapper, 'retention-add');
    await byTestId(wrapper, 'retention-preset').setValue('accounting_vouchers');
    expect(byTestId(wrapper, 'retention-amount').element).toHaveProperty('value', '8');
    expect(byTestId(wrapper, 'retention-unit').element).toHaveProperty('value', 'years');
    expect(byTestId(wrapper, 'retention-trigger').element).toHaveProperty('value', 'Ende des Kalenderjahres der Entstehung');
    expect(byTestId(wrapper, 'retention-basis').element).toHaveProperty('value', expect.stringContaining('§ 147 Abs. 1 Nr. 4'));
    expect(byTestId(wrapper, 'retention-kind').element).toHaveProperty('value', 'statutory');
    expect(byTestId(wrapper, 'retention-description').element).toHaveProperty('value', 'Buchungsbelege (einschließlich Rechnungen)');
    expect(wrapper.find('[data-testid="retention-shortened"]').exists()).toBe(false);

    await byTestId(wrapper, 'retention-amount').setValue('6');
    expect(byTestId(wrapper, 'retention-shortened').text()).toBe(
      'Achtung: 6 Jahre unterschreitet die gesetzliche Mindestfrist von 8 Jahre (§ 147 Abs. 1 Nr. 4, Abs. 3 AO; § 257 Abs. 1 Nr. 4, Abs. 4 HGB; § 14b UStG).',
    );
    await byTestId(wrapper, 'retention-amount').setValue('10');
    expect(wrapper.find('[data-testid="retention-shortened"]').exists()).toBe(false);

    // A practice preset may be shortened without a warning.
    await byTestId(wrapper, 'retention-preset').setValue('web_server_logs');
    await byTestId(wrapper, 'retention-amount').setValue('1');
    expect(wrapper.find('[data-testid="retention-shortened"]').exists()).toBe(false);

    await byTestId(wrapper, 'retention-preset').setValue('accounting_vouchers');
    await click(wrapper, 'activity-save');
    expect(savedActivity(fake.payloads('activities.save')).retention[0]).toMatchObject({
      presetId: 'accounting_vouchers',
      periodAmount: 8,
      periodUnit: 'years',
      kind: 'statutory',
      action: 'delete',
    });
  });
});

describe('activity editor: TOMs', () => {
  it('groups the register’s measures as chosen and keeps the selection across groupings', async () => {
    const { wrapper, fake } = await openStored();
    const groupLabels = () => allByTestId(wrapper, 'tom-group').map((group) => group.get('legend').text());
    expect(groupLabels()).toEqual([
      'Pseudonymisierung und Verschlüsselung (Art. 32 Abs. 1 lit. a)',
      'Vertraulichkeit, Integrität, Verfügbarkeit und Belastbarkeit (Art. 32 Abs. 1 lit. b)',
      'Rasche Wiederherstellung nach einem Zwischenfall (Art. 32 Abs. 1 lit. c)',
    ]);
    await checkbox(wrapper, 'tom-measure', 'm-enc').setValue(true);
    await checkbox(wrapper, 'tom-measure', 'm-backup').setValue(true);

    await byTestId(wrapper, 'tom-grouping').setValue('control_area');
    expect(groupLabels()).toEqual(['Zutrittskontrolle', 'Zugangskontrolle', 'Verfügbarkeitskontrolle']);
    await byTestId(wrapper, 'tom-grouping').setValue('sdm');
    expect(groupLabels()).toEqual(['Verfügbarkeit', 'Vertraulichkeit']);
    expect(allByTestId(wrapper, 'tom-measure').filter((box) => (box.element as HTMLInputElement).checked).map((box) => box.attributes('value'))).toEqual([
      'm-backup',
      'm-enc',
    ]);
    expect(byTestId(wrapper, 'tom-selected-count').text()).toBe('Ausgewählt: 2 von 3');

    await byTestId(wrapper, 'tom-specific').setValue('Feldverschlüsselung der Bankdaten');
    await click(wrapper, 'activity-save');
    expect(savedActivity(fake.payloads('activities.save')).toms).toEqual({
      measureIds: ['m-enc', 'm-backup'],
      specific: 'Feldverschlüsselung der Bankdaten',
      securityConceptRef: '',
    });
  });

  it('keeps chosen measures when the catalogue cannot be loaded', async () => {
    const stored = makeActivity({ toms: { measureIds: ['m-gone'], specific: '', securityConceptRef: '' } });
    const { wrapper } = await openStored(stored, {
      'toms.list': () => {
        throw new AppError('internal', 'not implemented');
      },
    });
    expect(wrapper.text()).toContain('Der TOM-Katalog konnte nicht geladen werden.');
    expect(checkbox(wrapper, 'tom-measure', 'm-gone').element).toHaveProperty('checked', true);
    expect(byTestId(wrapper, 'error-message').text()).toBe('');
    expect(byTestId(wrapper, 'unsaved-indicator').text()).toBe('Alle Änderungen gespeichert');
  });
});

describe('activity editor: status, findings, templates', () => {
  it('offers only the allowed transitions and saves pending edits before changing the status', async () => {
    const { wrapper, fake } = await openStored();
    const targets = () => allByTestId(wrapper, 'status-transition').map((button) => button.attributes('data-status'));
    expect(byTestId(wrapper, 'activity-status').text()).toBe('Entwurf');
    expect(targets()).toEqual(['in_review', 'archived']);

    await byTestId(wrapper, 'owner-department').setValue('Personal');
    await wrapper.get('[data-testid="status-transition"][data-status="in_review"]').trigger('click');
    await flushPromises();
    expect(fake.payloads('activities.save')).toHaveLength(1);
    expect(fake.payloads('activities.setStatus')).toEqual([{ id: 'act-payroll', status: 'in_review', version: 4 }]);
    expect(byTestId(wrapper, 'activity-status').text()).toBe('In Prüfung');
    expect(targets()).toEqual(['approved', 'draft', 'archived']);

    await wrapper.get('[data-testid="status-transition"][data-status="approved"]').trigger('click');
    await flushPromises();
    expect(fake.payloads('activities.save')).toHaveLength(1); // nothing was pending: no further save
    expect(byTestId(wrapper, 'review-last').element).toHaveProperty('value', '2026-11-28');
    expect(byTestId(wrapper, 'review-next').element).toHaveProperty('value', '2027-11-28');
    expect(targets()).toEqual(['in_review', 'archived']);
    expect(byTestId(wrapper, 'status-message').text()).toBe('Die Tätigkeit „Lohnabrechnung“ ist freigegeben.');
    expect(byTestId(wrapper, 'unsaved-indicator').text()).toBe('Alle Änderungen gespeichert');
  });

  it('derives criteria 4 and 7 from the register and lets a DSK list item force a DPIA', async () => {
    const stored = makeActivity({
      dataSubjectCategories: [{ id: 's1', catalogueId: 'children', label: 'Kinder' }],
      dataCategories: [{ id: 'd1', catalogueId: 'health_data', label: 'Gesundheitsdaten', special: 'none' }],
    });
    const { wrapper, fake } = await openStored(stored);
    for (const derived of ['sensitive_data', 'vulnerable_subjects']) {
      const box = checkbox(wrapper, 'dpia-criterion', derived);
      expect(box.element).toHaveProperty('checked', true);
      expect(box.attributes('disabled')).toBeDefined();
    }
    expect(byTestId(wrapper, 'dpia-consequence').attributes('data-consequence')).toBe('required');
    expect(byTestId(wrapper, 'dpia-not-assessed').exists()).toBe(true);

    await checkbox(wrapper, 'dpia-must-list-item', 'telemedicine').setValue(true);
    expect(byTestId(wrapper, 'dpia-must-list-forces').text()).toBe('Auf der Muss-Liste: DSFA erforderlich.');
    await byTestId(wrapper, 'dpia-decision').setValue('required');
    expect(wrapper.find('[data-testid="dpia-not-assessed"]').exists()).toBe(false);
    await click(wrapper, 'activity-save');
    expect(savedActivity(fake.payloads('activities.save')).dpia).toMatchObject({ mustListItems: ['telemedicine'], decision: 'required' });
  });

  it('keeps § 7 UWG apart from the legal bases as an additional requirement', async () => {
    const stored = makeActivity({
      purposes: [{ id: 'p1', description: 'Newsletter', legalBases: [{ code: '6-1-a', note: '' }], additionalRequirements: [], legitimateInterest: '', consentRecord: 'Double-Opt-in' }],
    });
    const { wrapper, fake } = await openStored(stored);
    const options = wrapper.get('[data-testid="purpose-legal-basis"]').findAll('option').map((o) => o.attributes('value'));
    expect(options).not.toContain('uwg-7');
    expect(options).not.toContain('tdddg-25');
    await click(wrapper, 'purpose-add-requirement');
    expect(byTestId(wrapper, 'purpose-additional-requirement').element).toHaveProperty('value', 'uwg-7');
    await byTestId(wrapper, 'purpose-additional-requirement-note').setValue('§ 7 Abs. 2 Nr. 2 UWG');
    await click(wrapper, 'activity-save');
    const saved = savedActivity(fake.payloads('activities.save'));
    expect(saved.purposes[0].legalBases).toEqual([{ code: '6-1-a', note: '' }]);
    expect(saved.purposes[0].additionalRequirements).toEqual([{ code: 'uwg-7', note: '§ 7 Abs. 2 Nr. 2 UWG' }]);
  });

  it('lists the activity’s findings and jumps to the field each one is about', async () => {
    const stored = makeActivity({ purposes: [{ id: 'p1', description: 'Abrechnung', legalBases: [], additionalRequirements: [], legitimateInterest: '', consentRecord: '' }] });
    const { wrapper } = await openStored(stored, {
      'findings.list': () => [
        { activityId: 'other', activityName: 'Andere', findings: [] },
        {
          activityId: 'act-payroll',
          activityName: 'Lohnabrechnung',
          findings: [
            makeFinding('basis.missing', { kind: 'activity', id: 'act-payroll', name: 'Lohnabrechnung' }, { section: 'purpose', id: 'p1' }, { purpose: 'Abrechnung' }),
          ],
        },
      ],
    });
    const finding = byTestId(wrapper, 'finding');
    expect(finding.text()).toContain('Zweck „Abrechnung“: Es ist keine Rechtsgrundlage angegeben.');
    expect(finding.attributes('data-rule')).toBe('basis.missing');
    expect(byTestId(wrapper, 'finding-references').text()).toBe('Art. 6(1) GDPR · Art. 5(2) GDPR');
    expect(byTestId(wrapper, 'activity-section-nav').find('[data-section="purposes"] .section-nav__mark--finding').text()).toContain('1');
    await finding.get('button').trigger('click');
    await flushPromises();
    expect(document.activeElement).toBe(byTestId(wrapper, 'purpose-description').element);
  });

  it('saves the activity as a user template under a chosen name', async () => {
    const { wrapper, fake } = await openStored(makeActivity(), {
      'templates.saveActivityAsTemplate': ({ name }) => ({ id: 'tpl-1', name, activityName: 'Lohnabrechnung', createdAt: '2026-11-28T08:00:00.000Z' }),
    });
    await click(wrapper, 'save-as-template');
    expect(document.activeElement).toBe(byTestId(wrapper, 'template-name').element);
    await byTestId(wrapper, 'template-name').setValue('Lohnabrechnung (Muster)');
    await click(wrapper, 'template-confirm');
    expect(fake.payloads('templates.saveActivityAsTemplate')).toEqual([{ activityId: 'act-payroll', name: 'Lohnabrechnung (Muster)' }]);
    expect(byTestId(wrapper, 'status-message').text()).toBe('Die Vorlage „Lohnabrechnung (Muster)“ wurde gespeichert.');
    expect(fake.api['activities.save']).not.toHaveBeenCalled();
  });

  it('navigates between sections without losing edits', async () => {
    const { wrapper } = await openStored(ActivitySchema.parse({ ...makeActivity() }));
    await byTestId(wrapper, 'activity-name').setValue('Lohn- und Gehaltsabrechnung');
    await byTestId(wrapper, 'activity-section-nav').get('[data-section="dpia"]').trigger('click');
    await flushPromises();
    expect(document.activeElement?.id).toBe('activity-section-dpia');
    await byTestId(wrapper, 'activity-section-nav').get('[data-section="basics"]').trigger('click');
    await flushPromises();
    expect(byTestId(wrapper, 'activity-name').element).toHaveProperty('value', 'Lohn- und Gehaltsabrechnung');
    expect(byTestId(wrapper, 'unsaved-indicator').text()).toBe('Ungespeicherte Änderungen');
  });
});
