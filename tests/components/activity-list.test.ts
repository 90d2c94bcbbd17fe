import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../domain/ipc/result';
import { allByTestId, byTestId, click, makeActivity, mountApp, openRegisterHandlers } from './support/app';

const STORED = [
  makeActivity(),
  makeActivity({ id: 'act-cctv', name: 'Videoüberwachung', reference: 'VT-002', status: 'approved', owner: { department: 'Facility', contactName: '', contactEmail: '' } }),
];

afterEach(() => {
  vi.useRealTimers();
});

describe('activity list', () => {
  it('shows reference, name, status and department of every activity', async () => {
    const { wrapper } = await mountApp(openRegisterHandlers(STORED));

    const rows = allByTestId(wrapper, 'activity-row');
    expect(rows).toHaveLength(2);
    expect(rows[0].text()).toContain('VT-001');
    expect(rows[0].text()).toContain('Lohnabrechnung');
    expect(rows[0].text()).toContain('Entwurf');
    expect(rows[1].text()).toContain('Videoüberwachung');
    expect(rows[1].text()).toContain('Freigegeben');
    expect(rows[1].text()).toContain('Facility');
  });

  it('shows an empty state when the register has no activities', async () => {
    const { wrapper } = await mountApp(openRegisterHandlers());
    expect(allByTestId(wrapper, 'activity-row')).toHaveLength(0);
    expect(wrapper.find('.empty-state').text()).toContain('Noch keine Verarbeitungstätigkeiten');
  });

  it('searches once typing pauses, with the text as query', async () => {
    const { wrapper, fake } = await mountApp(openRegisterHandlers(STORED));
    vi.useFakeTimers();
    fake.api['activities.list'].mockClear();

    await byTestId(wrapper, 'activity-search').setValue('vid');
    await byTestId(wrapper, 'activity-search').setValue('video');
    expect(fake.api['activities.list']).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(300);
    await flushPromises();

    expect(fake.payloads('activities.list')).toEqual([expect.objectContaining({ text: 'video' })]);
  });

  it('exports the Art. 30 record in the chosen language and shows where it was saved', async () => {
    const handlers = openRegisterHandlers(STORED);
    handlers['documents.exportArt30Pdf'] = () => ({ path: '/home/dpo/VVT Muster GmbH.pdf', bytes: 52_000 });
    const { wrapper, fake } = await mountApp(handlers);

    await byTestId(wrapper, 'export-language').setValue('en');
    await click(wrapper, 'export-art30-pdf');

    expect(fake.payloads('documents.exportArt30Pdf')).toEqual([{ language: 'en', variant: 'authority' }]);
    const status = byTestId(wrapper, 'status-message');
    expect(status.attributes('role')).toBe('status');
    expect(status.text()).toBe('Das PDF wurde gespeichert: /home/dpo/VVT Muster GmbH.pdf');
  });

  it('says nothing when the export is cancelled and shows failures as an alert', async () => {
    const handlers = openRegisterHandlers(STORED);
    let answer: 'cancel' | 'fail' = 'cancel';
    handlers['documents.exportArt30Pdf'] = () => {
      if (answer === 'fail') throw new AppError('io', 'disk full', { detail: 'ENOSPC' });
      return null;
    };
    const { wrapper } = await mountApp(handlers);

    await click(wrapper, 'export-art30-pdf');
    expect(byTestId(wrapper, 'status-message').text()).toBe('');
    expect(byTestId(wrapper, 'error-message').text()).toBe('');

    answer = 'fail';
    await click(wrapper, 'export-art30-pdf');
    const alert = byTestId(wrapper, 'error-message');
    expect(alert.attributes('role')).toBe('alert');
    expect(alert.text()).toBe('Die Datei konnte nicht gelesen oder geschrieben werden: ENOSPC');
  });

  it('follows menu commands from main', async () => {
    const { wrapper, fake } = await mountApp(openRegisterHandlers(STORED));

    fake.menu('view.organisation');
    await flushPromises();
    expect(byTestId(wrapper, 'org-name').exists()).toBe(true);

    fake.menu('activity.new');
    await flushPromises();
    expect(byTestId(wrapper, 'activity-name').element).toHaveProperty('value', '');

    fake.menu('register.close');
    await flushPromises();
    expect(fake.api['register.close']).toHaveBeenCalledTimes(1);
  });
});
