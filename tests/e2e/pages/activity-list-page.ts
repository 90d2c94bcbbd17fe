import type { Locator, Page } from 'playwright-core';
import { UI_TIMEOUT, waitForNoText, waitForText } from '../support/wait';
import { ActivityEditorPage } from './activity-editor-page';

/** The list of processing activities, with search and the Art. 30 export. */
export class ActivityListPage {
  constructor(readonly page: Page) {}

  get rows(): Locator {
    return this.page.getByTestId('activity-row');
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name }).first();
  }

  async waitUntilShown(): Promise<this> {
    await this.page.getByTestId('activity-new').waitFor({ timeout: UI_TIMEOUT });
    return this;
  }

  async newActivity(): Promise<ActivityEditorPage> {
    await this.page.getByTestId('activity-new').click();
    return new ActivityEditorPage(this.page).waitUntilShown();
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('activity-search').fill(text);
  }

  async waitForRow(name: string): Promise<void> {
    await waitForText(this.rows, name);
  }

  async waitForNoRow(name: string): Promise<void> {
    await waitForNoText(this.rows, name);
  }

  async open(name: string): Promise<ActivityEditorPage> {
    await this.row(name).click();
    return new ActivityEditorPage(this.page).waitUntilShown();
  }

  /** Exports the Art. 30 PDF; the test must have queued `dialogs.nextSavePath`. */
  async exportArt30Pdf(language: 'de' | 'en'): Promise<void> {
    await this.page.getByTestId('export-language').selectOption(language);
    await this.page.getByTestId('export-art30-pdf').click();
  }
}
