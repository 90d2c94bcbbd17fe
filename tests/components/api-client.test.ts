import { afterEach, describe, expect, it } from 'vitest';
import { reactive } from 'vue';
import { AppError } from '../../domain/ipc/result';
import { OrganisationSchema, emptyOrganisation } from '../../domain/model/organisation';
import { ApiError, call, errorMessage, issueMessage } from '../../src/api';
import { createAppI18n } from '../../src/i18n';
import { createFakeBridge, installBridge, removeBridge } from './support/fake-bridge';

afterEach(() => removeBridge());

describe('api client', () => {
  it('unwraps ok results and sends reactive state as a plain copy (structured clone refuses proxies)', async () => {
    const fake = createFakeBridge({ 'organisation.save': ({ organisation }) => OrganisationSchema.parse(organisation) });
    installBridge(fake);
    const draft = reactive({ ...emptyOrganisation(), name: 'Muster GmbH' });

    const saved = await call('organisation.save', { organisation: draft });

    expect(saved.name).toBe('Muster GmbH');
    expect(fake.payloads('organisation.save')).toEqual([{ organisation: { ...emptyOrganisation(), name: 'Muster GmbH' } }]);
  });

  it('throws an ApiError carrying the error data of a failed result', async () => {
    installBridge(
      createFakeBridge({
        'activities.get': ({ id }) => {
          throw new AppError('not_found', `Activity ${id} not found`, { id }, []);
        },
      }),
    );

    const failure = await call('activities.get', { id: 'gone' }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe('not_found');
    expect((failure as ApiError).channel).toBe('activities.get');
    expect((failure as ApiError).data).toEqual({ code: 'not_found', message: 'Activity gone not found', params: { id: 'gone' }, issues: [] });
  });

  it('turns a missing bridge or a broken transport into an internal ApiError', async () => {
    await expect(call('settings.get')).rejects.toMatchObject({ name: 'ApiError', code: 'internal' });

    const fake = createFakeBridge();
    fake.api['settings.get'].mockRejectedValueOnce(new Error('An object could not be cloned.'));
    installBridge(fake);
    await expect(call('settings.get')).rejects.toMatchObject({ code: 'internal', data: { params: { detail: 'An object could not be cloned.' } } });
  });

  it('translates error codes with their params and field issues by zod code', () => {
    const { global: i18n } = createAppI18n('en');
    const t = (key: string, params?: Record<string, unknown>) => i18n.t(key, params ?? {});

    expect(errorMessage(t, { code: 'file_exists', message: 'exists', params: { path: '/tmp/a.vvt' } })).toBe('A file already exists at /tmp/a.vvt.');
    expect(errorMessage(t, { code: 'internal', message: 'boom' })).toBe('An unexpected error occurred: boom');
    const refusal = { messageKey: 'workflow.errors.invalid_transition', from: 'draft', to: 'approved' };
    expect(errorMessage(t, { code: 'validation', message: 'refused', params: refusal })).toBe(
      i18n.t('workflow.errors.invalid_transition', refusal),
    );
    expect(errorMessage(t, { code: 'validation', message: 'refused', params: refusal })).toContain('draft');
    expect(issueMessage(t, i18n.te, { path: 'activity.name', code: 'too_small', message: 'Too small' })).toBe('Please fill in.');
    expect(issueMessage(t, i18n.te, { path: 'activity.name', code: 'made_up', message: 'Raw message' })).toBe('Raw message');
  });
});
