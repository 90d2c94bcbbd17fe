import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { ActivityStatus } from '../../domain/model/activity';
import type { ActivityQueryInput, ActivitySummary } from '../../domain/model/register';
import { PAGE_SIZE } from '../../src/stores/activity-list';
import { addDays, buildActivityQuery, emptyFilters } from '../../src/stores/activity-query';
import { allByTestId, byTestId, click, makeActivity, mountApp, openRegisterHandlers } from './support/app';
import type { FakeHandlers } from './support/fake-bridge';

const STATUSES: ActivityStatus[] = ['draft', 'in_review', 'approved'];

function summary(index: number): ActivitySummary {
  return {
    id: `act-${index}`,
    reference: `VT-${String(index).padStart(4, '0')}`,
    name: `Tätigkeit ${String(index).padStart(4, '0')}`,
    status: STATUSES[index % 3],
    department: index % 2 ? 'IT' : 'Personal',
    updatedAt: '2026-11-20T10:30:00.000Z',
    nextReviewOn: '',
    legalBasisCodes: ['6-1-b'],
    hasSpecialCategories: false,
    hasThirdCountryTransfer: false,
  };
}

/** A register of `count` activities whose list answers pages as main does (limit/offset). */
function bigRegister(count: number): FakeHandlers {
  const all = Array.from({ length: count }, (_, i) => summary(i));
  const stored = makeActivity({ id: 'act-1', name: all[1].name, version: 4 });
  return {
    ...openRegisterHandlers([stored]),
    'activities.list': (query: ActivityQueryInput) => {
      const offset = query.offset ?? 0;
      return { total: all.length, items: all.slice(offset, offset + (query.limit ?? all.length)) };
    },
    'activities.departments': () => ['IT', 'Personal'],
    'activities.duplicate': ({ id }) => makeActivity({ id: `${id}-copy`, name: 'Kopie' }),
    'activities.setStatus': ({ id, status, version }) => makeActivity({ id, status, version: version + 1, name: all[1].name }),
  };
}

function lastQuery(payloads: unknown[]): ActivityQueryInput {
  return payloads.at(-1) as ActivityQueryInput;
}

describe('activity list with 5,000 activities', () => {
  it('asks main for the first page only, renders a few rows and counts all', async () => {
    const { wrapper, fake } = await mountApp(bigRegister(5_000));

    expect(fake.payloads('activities.list')).toEqual([
      { text: '', includeArchived: false, sort: 'name', descending: false, limit: PAGE_SIZE, offset: 0 },
    ]);
    const rows = allByTestId(wrapper, 'activity-row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0].text()).toContain('Tätigkeit 0000');
    expect(byTestId(wrapper, 'activity-count').text()).toBe('5000 Tätigkeiten');
    expect(wrapper.get('[role="grid"]').attributes('aria-rowcount')).toBe('5001');
  });

  it('loads the page the user moves to', async () => {
    const { wrapper, fake } = await mountApp(bigRegister(5_000));
    const grid = wrapper.get('[role="grid"]');

    await grid.trigger('keydown', { key: 'End' });
    await flushPromises();

    expect(lastQuery(fake.payloads('activities.list'))).toMatchObject({ offset: 4_900, limit: PAGE_SIZE });
    expect(grid.attributes('aria-activedescendant')).toBe('activity-grid-row-4999');
    expect(wrapper.get('#activity-grid-row-4999').text()).toContain('Tätigkeit 4999');
    expect(allByTestId(wrapper, 'activity-row').length).toBeLessThan(40);
  });

  it('builds the ActivityQuery from every filter and the sort header', async () => {
    const { wrapper, fake } = await mountApp(bigRegister(300));
    const query = () => lastQuery(fake.payloads('activities.list'));

    await wrapper.get('[data-testid="activity-filter-status"][value="approved"]').setValue(true);
    await flushPromises();
    expect(query().statuses).toEqual(['approved']);
    await wrapper.get('[data-testid="activity-filter-status"][value="draft"]').setValue(true);
    await flushPromises();
    expect(query().statuses).toEqual(['draft', 'approved']);

    await byTestId(wrapper, 'activity-filter-department').setValue('IT');
    await byTestId(wrapper, 'activity-filter-legal-basis').setValue('6-1-f');
    await byTestId(wrapper, 'activity-filter-special').setValue('yes');
    await byTestId(wrapper, 'activity-filter-transfer').setValue('no');
    await byTestId(wrapper, 'activity-filter-review').setValue('soon');
    await byTestId(wrapper, 'activity-include-archived').setValue(true);
    await wrapper.get('[data-testid="activity-sort"][data-sort="nextReviewOn"]').trigger('click');
    await wrapper.get('[data-testid="activity-sort"][data-sort="nextReviewOn"]').trigger('click');
    await flushPromises();

    expect(query()).toEqual({
      text: '',
      statuses: ['draft', 'approved'],
      department: 'IT',
      legalBasis: '6-1-f',
      specialCategories: true,
      thirdCountry: false,
      reviewDueBy: addDays(new Date(), 30),
      includeArchived: true,
      sort: 'nextReviewOn',
      descending: true,
      limit: PAGE_SIZE,
      offset: 0,
    });
    expect(wrapper.get('[data-sort="nextReviewOn"]').element.parentElement?.getAttribute('aria-sort')).toBe('descending');

    await byTestId(wrapper, 'activity-filter-review').setValue('today');
    await byTestId(wrapper, 'activity-filter-special').setValue('');
    await flushPromises();
    expect(query().reviewDueBy).toBe(addDays(new Date(), 0));
    expect(query()).not.toHaveProperty('specialCategories');

    await click(wrapper, 'activity-filter-reset');
    expect(query()).toEqual({ text: '', includeArchived: false, sort: 'nextReviewOn', descending: true, limit: PAGE_SIZE, offset: 0 });
  });

  it('archives a row after confirmation, with the stored version, and duplicates one', async () => {
    const { wrapper, fake } = await mountApp(bigRegister(3));

    await allByTestId(wrapper, 'activity-archive')[1].trigger('click');
    await flushPromises();
    expect(document.querySelector('[role="alertdialog"]')?.textContent).toContain('Tätigkeit 0001');
    await click(wrapper, 'confirm-ok');

    expect(fake.payloads('activities.setStatus')).toEqual([{ id: 'act-1', status: 'archived', version: 4 }]);
    expect(byTestId(wrapper, 'status-message').text()).toBe('„Tätigkeit 0001“ wurde archiviert.');

    await allByTestId(wrapper, 'activity-duplicate')[2].trigger('click');
    await flushPromises();
    expect(fake.payloads('activities.duplicate')).toEqual([{ id: 'act-2' }]);
    expect(byTestId(wrapper, 'status-message').text()).toContain('„Kopie“');
  });
});

describe('buildActivityQuery', () => {
  const today = new Date(2026, 11, 20);
  const sorting = { sort: 'name' as const, descending: false };
  const page = { limit: 100, offset: 200 };

  it('leaves out filters that do not restrict', () => {
    expect(buildActivityQuery({ ...emptyFilters(), text: '  lohn ' }, sorting, page, today)).toEqual({
      text: 'lohn',
      includeArchived: false,
      sort: 'name',
      descending: false,
      limit: 100,
      offset: 200,
    });
  });

  it('turns "review due" into a date: today, or 30 days ahead across the year end', () => {
    expect(buildActivityQuery({ ...emptyFilters(), review: 'today' }, sorting, page, today).reviewDueBy).toBe('2026-12-20');
    expect(buildActivityQuery({ ...emptyFilters(), review: 'soon' }, sorting, page, today).reviewDueBy).toBe('2027-01-19');
  });

  it('maps yes/no filters to booleans', () => {
    const query = buildActivityQuery({ ...emptyFilters(), special: 'no', transfer: 'yes' }, sorting, page, today);
    expect(query).toMatchObject({ specialCategories: false, thirdCountry: true });
  });
});
