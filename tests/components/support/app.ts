import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach } from 'vitest';
import { AppError } from '../../../domain/ipc/result';
import { ActivitySchema, type Activity } from '../../../domain/model/activity';
import { emptyOrganisation, type Organisation } from '../../../domain/model/organisation';
import { SettingsSchema, type ActivitySummary, type RegisterInfo, type Settings } from '../../../domain/model/register';
import App from '../../../src/App.vue';
import { createAppI18n } from '../../../src/i18n';
import { activityCompleteness, emptySeverityCounts, organisationCompleteness } from '../../../domain/rules/completeness';
import { createFakeBridge, installBridge, removeBridge, type FakeBridge, type FakeHandlers } from './fake-bridge';

export const REGISTER: RegisterInfo = {
  path: '/home/dpo/Registers/Muster GmbH.vvt',
  fileName: 'Muster GmbH.vvt',
  organisationName: 'Muster GmbH',
  schemaVersion: 1,
  activityCount: 1,
};

export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...SettingsSchema.parse({}), ...overrides };
}

export function makeOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return { ...emptyOrganisation(), name: 'Muster GmbH', ...overrides };
}

export function makeActivity(overrides: Partial<Activity> = {}): Activity {
  return ActivitySchema.parse({
    id: 'act-payroll',
    name: 'Lohnabrechnung',
    reference: 'VT-001',
    version: 3,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-20T10:30:00.000Z',
    ...overrides,
  });
}

export function summaryOf(activity: Activity): ActivitySummary {
  return {
    id: activity.id,
    reference: activity.reference,
    name: activity.name,
    status: activity.status,
    department: activity.owner.department,
    updatedAt: activity.updatedAt,
    nextReviewOn: activity.nextReviewOn,
    legalBasisCodes: [],
    hasSpecialCategories: false,
    hasThirdCountryTransfer: false,
  };
}

/**
 * Main's side for a window with a register open and the given activities stored: saving
 * stamps version and dates as the real store does, deleting removes.
 */
export function openRegisterHandlers(stored: Activity[] = [], settings: Settings = makeSettings()): FakeHandlers {
  const activities = new Map(stored.map((activity) => [activity.id, activity]));
  return {
    'settings.get': () => settings,
    'settings.update': (changes) => Object.assign(settings, changes),
    'register.current': () => REGISTER,
    'register.close': () => null,
    'organisation.get': () => makeOrganisation(),
    'organisation.save': ({ organisation }) => organisation as Organisation,
    'activities.list': () => ({ total: activities.size, items: [...activities.values()].map(summaryOf) }),
    'activities.departments': () => [...new Set([...activities.values()].map((a) => a.owner.department).filter(Boolean))].sort(),
    'activities.get': ({ id }) => {
      const activity = activities.get(id);
      if (!activity) throw new AppError('not_found', 'not found');
      return activity;
    },
    'activities.save': ({ activity }) => {
      const saved = ActivitySchema.parse({ ...activity, version: (activity.version ?? 0) + 1, updatedAt: '2026-11-28T08:00:00.000Z' });
      activities.set(saved.id, saved);
      return saved;
    },
    'activities.delete': ({ id }) => {
      activities.delete(id);
      return null;
    },
    // The dashboard and the list's findings column: completeness from the domain rule, no findings.
    'workspace.overview': () => {
      const health = [...activities.values()]
        .filter((activity) => activity.status !== 'archived')
        .map((activity) => ({ activityId: activity.id, name: activity.name, reference: activity.reference, status: activity.status, completeness: activityCompleteness(activity), findings: emptySeverityCounts() }));
      const organisation = organisationCompleteness(makeOrganisation());
      const byStatus = { draft: 0, in_review: 0, approved: 0, archived: 0 };
      for (const activity of activities.values()) byStatus[activity.status] += 1;
      return {
        activities: health,
        organisation,
        filled: organisation.filled + health.reduce((sum, entry) => sum + entry.completeness.filled, 0),
        total: organisation.total + health.reduce((sum, entry) => sum + entry.completeness.total, 0),
        findings: emptySeverityCounts(),
        byStatus,
      };
    },
    'reminders.list': () => [],
  };
}

/** An opened register starts on its dashboard; most tests work in the activity list. */
export async function showActivityList(wrapper: VueWrapper): Promise<void> {
  if (!wrapper.find('[data-testid="dashboard"]').exists()) return;
  await wrapper.get('[data-testid="nav-activities"]').trigger('click');
  await flushPromises();
}

let mounted: VueWrapper | null = null;

afterEach(() => {
  mounted?.unmount();
  mounted = null;
  removeBridge();
  document.body.innerHTML = '';
});

/** The whole renderer (App.vue with real Pinia stores and vue-i18n) over a fake bridge. */
export async function mountApp(handlers: FakeHandlers): Promise<{ wrapper: VueWrapper; fake: FakeBridge }> {
  const fake = createFakeBridge(handlers);
  installBridge(fake);
  const pinia = createPinia();
  setActivePinia(pinia);
  const wrapper = mount(App, { global: { plugins: [pinia, createAppI18n()] }, attachTo: document.body });
  mounted = wrapper;
  await flushPromises();
  await showActivityList(wrapper);
  return { wrapper, fake };
}

/** The element with a data-testid (exactly one must exist). */
export function byTestId(wrapper: VueWrapper, testid: string) {
  const found = wrapper.findAll(`[data-testid="${testid}"]`);
  if (found.length !== 1) throw new Error(`expected one [data-testid="${testid}"], found ${found.length}`);
  return found[0];
}

export function allByTestId(wrapper: VueWrapper, testid: string) {
  return wrapper.findAll(`[data-testid="${testid}"]`);
}

/** Clicks and lets the fake bridge answer and Vue re-render. */
export async function click(wrapper: VueWrapper, testid: string): Promise<void> {
  await byTestId(wrapper, testid).trigger('click');
  await flushPromises();
}
