import type { Locator, Page } from 'playwright-core';
import { UI_TIMEOUT } from '../support/wait';

/** The approval parts of the activity editor: status buttons, the gate's question, the approved revision. */
export class ApprovalPage {
  constructor(readonly page: Page) {}

  get question(): Locator {
    return this.page.getByTestId('approval-question');
  }

  get revision(): Locator {
    return this.page.getByTestId('approved-revision');
  }

  async clickTransition(status: string): Promise<void> {
    await this.page.locator(`[data-testid="status-transition"][data-status="${status}"]`).click();
  }

  async waitForStatus(status: string): Promise<void> {
    await this.page.locator(`[data-testid="activity-status"][data-status="${status}"]`).waitFor({ timeout: UI_TIMEOUT });
  }

  /** Approves, giving `reason` when the gate asks for one. */
  async approve(reason?: string): Promise<void> {
    await this.clickTransition('approved');
    if (reason) {
      await this.page.getByTestId('approval-reason').fill(reason);
      await this.page.getByTestId('approval-confirm').click();
    }
    await this.waitForStatus('approved');
  }
}
