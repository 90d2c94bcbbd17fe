import type { Locator, Page } from 'playwright-core';
import { UI_TIMEOUT } from '../support/wait';
import { AppShell } from './app-shell';

/** The start screen shown while no register is open. */
export class StartPage {
  constructor(readonly page: Page) {}

  get recentRegisters(): Locator {
    return this.page.getByTestId('recent-register');
  }

  async waitUntilShown(): Promise<this> {
    await this.page.getByTestId('start-new-register').waitFor({ timeout: UI_TIMEOUT });
    return this;
  }

  /** Creates a register; the test must have queued `dialogs.nextNewRegisterPath`. */
  async createRegister(organisationName: string): Promise<AppShell> {
    await this.page.getByTestId('start-new-register').click();
    await this.page.getByTestId('new-register-name').fill(organisationName);
    await this.page.getByTestId('new-register-create').click();
    const shell = new AppShell(this.page);
    await shell.waitUntilRegisterOpen();
    return shell;
  }

  /** Creates a register from a register template (its id); the test must have queued `dialogs.nextNewRegisterPath`. */
  async createRegisterFromTemplate(organisationName: string, templateId: string): Promise<AppShell> {
    await this.page.getByTestId('start-new-register').click();
    await this.page.getByTestId('new-register-name').fill(organisationName);
    await this.page.getByTestId('new-register-template').selectOption(templateId);
    await this.page.getByTestId('new-register-create').click();
    const shell = new AppShell(this.page);
    await shell.waitUntilRegisterOpen();
    return shell;
  }

  /** Clicks "open register"; the test must have queued `dialogs.nextOpenPath`. */
  async openRegister(): Promise<void> {
    await this.page.getByTestId('start-open-register').click();
  }

  async openRecent(organisationName: string): Promise<AppShell> {
    await this.recentRegisters.filter({ hasText: organisationName }).first().click();
    const shell = new AppShell(this.page);
    await shell.waitUntilRegisterOpen();
    return shell;
  }
}
