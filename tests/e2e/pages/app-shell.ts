import type { Locator, Page } from 'playwright-core';
import { UI_TIMEOUT, waitForText, waitForValue } from '../support/wait';
import { ActivityListPage } from './activity-list-page';
import { OrganisationPage } from './organisation-page';

export type Language = 'de' | 'en';

/** What every screen with an open register has: navigation, language, messages, closing. */
export class AppShell {
  constructor(readonly page: Page) {}

  /** The status line (role=status, data-testid=status-message). */
  get status(): Locator {
    return this.page.getByRole('status').and(this.page.getByTestId('status-message'));
  }

  /** The error box (role=alert, data-testid=error-message). */
  get error(): Locator {
    return this.page.getByRole('alert').and(this.page.getByTestId('error-message'));
  }

  get fieldErrors(): Locator {
    return this.page.getByTestId('field-error');
  }

  get languageSelect(): Locator {
    return this.page.getByTestId('language-select');
  }

  async waitForStatus(text: string | RegExp): Promise<void> {
    await waitForText(this.status, text);
  }

  async waitForError(text: string | RegExp): Promise<void> {
    await waitForText(this.error, text);
  }

  async goToOrganisation(): Promise<OrganisationPage> {
    await this.page.getByTestId('nav-organisation').click();
    const organisation = new OrganisationPage(this.page);
    await organisation.waitUntilShown();
    return organisation;
  }

  async goToActivities(): Promise<ActivityListPage> {
    await this.page.getByTestId('nav-activities').click();
    const list = new ActivityListPage(this.page);
    await list.waitUntilShown();
    return list;
  }

  async setLanguage(language: Language): Promise<void> {
    await this.languageSelect.selectOption(language);
    await waitForValue(this.languageSelect, language);
  }

  async closeRegister(): Promise<void> {
    await this.page.getByTestId('close-register').click();
    await this.page.getByTestId('start-new-register').waitFor({ timeout: UI_TIMEOUT });
  }

  async waitUntilRegisterOpen(): Promise<void> {
    await this.page.getByTestId('nav-activities').waitFor({ timeout: UI_TIMEOUT });
  }
}
