import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_TEMPLATES } from '../../domain/catalogues';
import { allByTestId, byTestId, click, makeActivity, mountApp, openRegisterHandlers } from './support/app';
import type { FakeHandlers } from './support/fake-bridge';

const USER_TEMPLATE = { id: 'user-1', name: 'Unser Standard-Newsletter', activityName: 'Newsletter 2025', createdAt: '2026-10-01T08:00:00.000Z' };

function handlers(): FakeHandlers {
  const base = openRegisterHandlers([]);
  const save = base['activities.save']!;
  return {
    ...base,
    'templates.listUser': () => [USER_TEMPLATE],
    // As main does: a new draft is saved, then the editor loads it.
    'activities.createFromTemplate': ({ templateId }) =>
      save({ activity: makeActivity({ id: `from-${templateId}`, name: 'Lohn- und Gehaltsabrechnung', version: 0 }) }),
    'activities.createFromUserTemplate': ({ templateId }) =>
      save({ activity: makeActivity({ id: `from-${templateId}`, name: 'Newsletter 2025', version: 0 }) }),
  };
}

function optionIds(wrapper: Awaited<ReturnType<typeof mountApp>>['wrapper']): string[] {
  return allByTestId(wrapper, 'template-option').map((option) => option.attributes('data-template-id')!);
}

describe('template picker', () => {
  it('lists every shipped template by subject area and the user templates', async () => {
    const { wrapper } = await mountApp(handlers());
    await click(wrapper, 'activity-new-from-template');

    const ids = optionIds(wrapper);
    expect(ids).toHaveLength(ACTIVITY_TEMPLATES.length + 1);
    expect(ids).toEqual(expect.arrayContaining([...ACTIVITY_TEMPLATES.map((t) => t.id), 'user-1']));
    const headings = wrapper.findAll('.template-picker__group-title').map((h) => h.text());
    expect(headings).toEqual(['Personal', 'Kunden, Marketing und Kommunikation', 'Finanzen und IT', 'Gebäude und Organisation', 'Eigene Vorlagen']);
    expect(byTestId(wrapper, 'template-apply').attributes('disabled')).toBeDefined();
  });

  it('narrows the list by search words over name and description', async () => {
    const { wrapper } = await mountApp(handlers());
    await click(wrapper, 'activity-new-from-template');

    await byTestId(wrapper, 'template-picker-search').setValue('lohn');
    expect(optionIds(wrapper)).toContain('payroll');
    expect(optionIds(wrapper)).not.toContain('newsletter');

    await byTestId(wrapper, 'template-picker-search').setValue('standard newsletter');
    expect(optionIds(wrapper)).toEqual(['user-1']);

    await byTestId(wrapper, 'template-picker-search').setValue('gibt es nicht');
    expect(optionIds(wrapper)).toEqual([]);
    expect(wrapper.text()).toContain('Passende Vorlagen: 0');
  });

  it('creates a draft from the chosen shipped template in the UI language and opens it', async () => {
    const { wrapper, fake } = await mountApp(handlers());
    await click(wrapper, 'activity-new-from-template');
    await byTestId(wrapper, 'template-picker-search').setValue('lohn');

    const option = wrapper.get('[data-testid="template-option"][data-template-id="payroll"]');
    await option.trigger('click');
    expect(option.attributes('aria-pressed')).toBe('true');
    await click(wrapper, 'template-apply');
    await flushPromises();

    expect(fake.payloads('activities.createFromTemplate')).toEqual([{ templateId: 'payroll', language: 'de' }]);
    expect(byTestId(wrapper, 'activity-name').element).toHaveProperty('value', 'Lohn- und Gehaltsabrechnung');
    expect(byTestId(wrapper, 'status-message').text()).toContain('aus der Vorlage als Entwurf angelegt');
  });

  it('creates a draft from a user template', async () => {
    const { wrapper, fake } = await mountApp(handlers());
    await click(wrapper, 'activity-new-from-template');

    await wrapper.get('[data-testid="template-option"][data-template-id="user-1"]').trigger('click');
    await click(wrapper, 'template-apply');
    await flushPromises();

    expect(fake.payloads('activities.createFromUserTemplate')).toEqual([{ templateId: 'user-1' }]);
    expect(fake.api['activities.createFromTemplate']).not.toHaveBeenCalled();
    expect(byTestId(wrapper, 'activity-name').element).toHaveProperty('value', 'Newsletter 2025');
  });
});
