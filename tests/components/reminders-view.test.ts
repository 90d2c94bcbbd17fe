import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../domain/rules/reminders';
import { groupReminders } from '../../src/views/reminders/reminder-groups';
import { allByTestId, byTestId, click, mountApp } from './support/app';
import { makeContract, makeParty, registryHandlers } from './support/registry-fixtures';
import { makeFinding } from '../../domain/rules/engine/finding-builder';

const party = { type: 'party' as const, id: 'party-wa', name: 'WhatsApp Ireland Ltd' };
const channel = { type: 'channel' as const, id: 'channel-wa', name: 'WhatsApp Business' };

const REMINDERS: Reminder[] = [
  { kind: 'avv_expiry', severity: 'overdue', subject: party, dueDate: '2026-01-31', code: 'avv_expired', params: { name: party.name, contract: 'AVV', dueDate: '2026-01-31' } },
  { kind: 'processor_without_avv', severity: 'overdue', subject: party, dueDate: '', code: 'processor_without_avv', params: { name: party.name, activities: '' } },
  { kind: 'dpf_check', severity: 'soon', subject: party, dueDate: '2026-12-20', code: 'dpf_check_soon', params: { name: party.name, checkedOn: '2025-12-20', dueDate: '2026-12-20' } },
  { kind: 'channel_checklist', severity: 'info', subject: channel, dueDate: '', code: 'checklist_items_open', params: { name: channel.name, count: 3, total: 15 } },
  { kind: 'contract_document_missing', severity: 'info', subject: party, dueDate: '', code: 'contract_document_missing', params: { name: party.name, contract: 'AVV' } },
];

describe('reminder grouping', () => {
  it('groups by severity (overdue, soon, info) and, inside, by kind in the rules’ order', () => {
    const groups = groupReminders([...REMINDERS].reverse());
    expect(groups.map((g) => [g.severity, g.count, g.kinds.map((k) => k.kind)])).toEqual([
      ['overdue', 2, ['avv_expiry', 'processor_without_avv']],
      ['soon', 1, ['dpf_check']],
      ['info', 2, ['contract_document_missing', 'channel_checklist']],
    ]);
    expect(groupReminders([])).toEqual([]);
  });
});

describe('reminders view and header counts', () => {
  it('shows counts by severity in the header and the grouped reminders with their subjects', async () => {
    const handlers = registryHandlers({
      parties: [{ party: makeParty({ contracts: [makeContract()] }), links: { activities: [], channels: [] } }],
      reminders: REMINDERS,
    });
    const { wrapper } = await mountApp(handlers);

    expect(byTestId(wrapper, 'reminder-count-overdue').text()).toBe('2 überfällig');
    expect(byTestId(wrapper, 'reminder-count-soon').text()).toBe('1 demnächst');
    // The button's accessible name is its visible text (no aria-label that could differ from it).
    expect(byTestId(wrapper, 'reminder-counts').attributes('aria-label')).toBeUndefined();
    expect(byTestId(wrapper, 'reminder-counts').text()).toMatch(/Erinnerungen\s*2 überfällig\s*1 demnächst\s*2 zur Kenntnis/);

    await click(wrapper, 'reminder-counts');
    expect(byTestId(wrapper, 'nav-reminders').attributes('aria-current')).toBe('page');

    const groups = allByTestId(wrapper, 'reminder-group');
    expect(groups.map((g) => g.attributes('data-severity'))).toEqual(['overdue', 'soon', 'info']);
    expect(groups[0].text()).toContain('Überfällig');
    expect(groups[0].text()).toContain('Laufzeit von AVV');
    const items = allByTestId(wrapper, 'reminder-item');
    expect(items.map((i) => [i.attributes('data-kind'), i.attributes('data-severity')])).toEqual([
      ['avv_expiry', 'overdue'],
      ['processor_without_avv', 'overdue'],
      ['dpf_check', 'soon'],
      ['contract_document_missing', 'info'],
      ['channel_checklist', 'info'],
    ]);
    expect(items[0].text()).toContain('„WhatsApp Ireland Ltd“: Der Vertrag „AVV“ ist am 31.01.2026 abgelaufen.');
    expect(items[4].text()).toContain('3 von 15 Punkten der Checkliste sind offen');

    await items[0].find('[data-testid="reminder-open"]').trigger('click');
    await flushPromises();
    expect(byTestId(wrapper, 'party-name').element).toHaveProperty('value', 'WhatsApp Ireland Ltd');
    await click(wrapper, 'nav-parties');
    await flushPromises();
    // The party opened from the reminder; the nav entry of the same section returns to the list.
    expect(allByTestId(wrapper, 'party-row')).toHaveLength(1);
  });

  it('says when nothing is due', async () => {
    const { wrapper } = await mountApp(registryHandlers());
    await click(wrapper, 'nav-reminders');
    expect(wrapper.text()).toContain('Nichts fällig');
    expect(byTestId(wrapper, 'reminder-count-overdue').text()).toBe('0 überfällig');
  });
});

describe('register findings on the reminders page', () => {
  it('lists every finding of the engine with entity, message and references, and opens the entity', async () => {
    const findings = [
      makeFinding('organisation.authority-missing', { kind: 'organisation', id: 'organisation', name: 'Muster GmbH' }, { section: 'organisation', id: 'organisation' }),
      makeFinding('party.dpf-not-us', { kind: 'party', id: 'party-wa', name: 'WhatsApp Ireland Ltd' }, { section: 'party', id: 'party-wa' }, { party: 'WhatsApp Ireland Ltd', country: { de: 'Irland', en: 'Ireland' } }),
    ];
    const handlers = registryHandlers({
      parties: [{ party: makeParty({ contracts: [makeContract()] }), links: { activities: [], channels: [] } }],
      reminders: REMINDERS,
    });
    const { wrapper } = await mountApp({ ...handlers, 'findings.register': () => findings });
    await click(wrapper, 'reminder-counts');
    await flushPromises();
    expect(byTestId(wrapper, 'register-findings-counts').text()).toBe('Befunde: 2 (Fehler 1, Warnungen 1, Hinweise 0)');
    const items = allByTestId(wrapper, 'register-finding');
    expect(items.map((i) => i.attributes('data-rule'))).toEqual(['organisation.authority-missing', 'party.dpf-not-us']);
    expect(items[1].text()).toContain('Externe Stelle „WhatsApp Ireland Ltd“');
    expect(items[1].text()).toContain('sitzt aber nicht in den USA (Irland)');
    expect(items[1].text()).toContain('Commission Implementing Decision (EU) 2023/1795');
    expect(items[0].find('[data-testid="register-finding-open"]').exists()).toBe(false);
    await items[1].get('[data-testid="register-finding-open"]').trigger('click');
    await flushPromises();
    expect(byTestId(wrapper, 'nav-parties').attributes('aria-current')).toBe('page');
  });
});
