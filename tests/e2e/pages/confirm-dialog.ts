import type { Page } from 'playwright-core';
import { UI_TIMEOUT } from '../support/wait';

/** The app's own confirmation dialog (not a native one). */
export class ConfirmDialog {
  constructor(readonly page: Page) {}

  async confirm(): Promise<void> {
    await this.page.getByTestId('confirm-ok').click();
    await this.page.getByTestId('confirm-ok').waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
  }

  async cancel(): Promise<void> {
    await this.page.getByTestId('confirm-cancel').click();
    await this.page.getByTestId('confirm-cancel').waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
  }
}
