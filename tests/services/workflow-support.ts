import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '../../domain/ipc/contract';
import type { AppErrorData } from '../../domain/ipc/result';
import type { ActivityInput } from '../../domain/model';
import { startTestServices, type TestServices } from '../support/services';
import { useTempDir } from '../support/temp-dir';

/** Test services over a fresh folder, disposed after each test; `register()` creates and opens one. */
export function useWorkflowServices() {
  const tempDir = useTempDir();
  const started: TestServices[] = [];
  afterEach(async () => {
    for (const services of started.splice(0)) await services.dispose();
  });
  return () => {
    const dir = tempDir();
    const services = startTestServices(dir);
    started.push(services);
    const api = workflowApi(services);
    return {
      dir,
      services,
      ...api,
      /** Creates a register through the dialog flow of register.create and leaves it open. */
      async register(name = 'Muster GmbH'): Promise<string> {
        const path = join(dir, `${name}.vvt`);
        services.dialogs.answers.chooseNewRegisterPath.push(path);
        await api.call('register.create', { organisationName: name });
        return path;
      },
    };
  };
}

export function workflowApi(services: TestServices) {
  return {
    /** Dispatches through the real dispatcher; fails the test unless the result is ok. */
    async call<C extends Channel>(channel: C, ...input: ChannelInput<C> extends void ? [] : [ChannelInput<C>]): Promise<ChannelOutput<C>> {
      const result = await services.dispatch(channel, input[0]);
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.value as ChannelOutput<C>;
    },
    /** Dispatches and expects a refusal; returns its error. */
    async refused<C extends Channel>(channel: C, input: unknown): Promise<AppErrorData> {
      const result = await services.dispatch(channel, input);
      expect(result.ok, `${channel} should have been refused`).toBe(false);
      return (result as { ok: false; error: AppErrorData }).error;
    },
    store: () => services.context.session.require(),
  };
}

/** An activity without findings: purpose with basis, retention for all categories with a trigger. */
export function cleanActivity(id: string, name: string, extra: Partial<ActivityInput> = {}): ActivityInput {
  return {
    id,
    name,
    description: `${name}: ursprüngliche Beschreibung`,
    purposes: [{ id: `${id}-p`, description: `Zweck ${name}`, legalBases: [{ code: '6-1-b' }] }],
    dataSubjectCategories: [{ id: `${id}-s`, label: 'Beschäftigte' }],
    dataCategories: [{ id: `${id}-c`, label: 'Name' }],
    dataSource: { fromDataSubject: true, otherSources: '', publiclyAccessible: false },
    toms: { measureIds: [], specific: 'Zugriff nur für die Personalabteilung', securityConceptRef: '' },
    retention: [{ id: `${id}-r`, description: 'Vertragsende', periodAmount: 3, periodUnit: 'years', trigger: 'Ende des Jahres' }],
    ...extra,
  };
}
