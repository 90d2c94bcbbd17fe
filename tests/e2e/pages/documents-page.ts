import type { Locator, Page } from 'playwright-core';
import { UI_TIMEOUT } from '../support/wait';

export type RecordKind = 'controller' | 'processor';
export type Art30Variant = 'authority' | 'internal';
export type Language = 'de' | 'en';

/** The documents view: Art. 30 records (PDF, print) and privacy-notice snippets. */
export class DocumentsPage {
  constructor(readonly page: Page) {}

  /** Opens the view through the navigation. */
  static async open(page: Page): Promise<DocumentsPage> {
    await page.getByTestId('nav-documents').click();
    return new DocumentsPage(page).waitUntilShown();
  }

  async waitUntilShown(): Promise<this> {
    await this.page.getByTestId('doc-save-pdf').waitFor({ timeout: UI_TIMEOUT });
    return this;
  }

  get progress(): Locator {
    return this.page.getByTestId('doc-progress');
  }

  get preview(): Locator {
    return this.page.getByTestId('notice-preview');
  }

  /** The missing-data markers inside the preview. */
  get previewMarkers(): Locator {
    return this.preview.locator('mark.privacy-notice-missing');
  }

  get missingItems(): Locator {
    return this.page.getByTestId('notice-missing-item');
  }

  async chooseRecord(options: { record?: RecordKind; variant?: Art30Variant; language?: Language }): Promise<void> {
    if (options.record) await this.page.getByTestId('doc-record').selectOption(options.record);
    if (options.variant) await this.page.getByTestId('doc-variant').selectOption(options.variant);
    if (options.language) await this.page.getByTestId('doc-language').selectOption(options.language);
  }

  /** The test must have queued `dialogs.nextSavePath`. */
  async saveRecordPdf(): Promise<void> {
    await this.page.getByTestId('doc-save-pdf').click();
  }

  async print(): Promise<void> {
    await this.page.getByTestId('doc-print').click();
  }

  /** Chooses the notice subject (`activity:<id>` / `channel:<id>`) and waits for its preview. */
  async chooseNotice(subject: string, language?: Language): Promise<void> {
    await this.page.locator(`[data-testid="notice-subject"] option[value="${subject}"]`).waitFor({ state: 'attached', timeout: UI_TIMEOUT });
    await this.page.getByTestId('notice-subject').selectOption(subject);
    if (language) await this.page.getByTestId('notice-language').selectOption(language);
    await this.preview.waitFor({ timeout: UI_TIMEOUT });
  }

  /** Reloads subjects and preview from the register (after data changed elsewhere). */
  async refresh(): Promise<void> {
    await this.page.getByTestId('notice-refresh').click();
  }

  /** Copies the notice; confirms the "details missing" question when the app asks it. */
  async copy(format: 'html' | 'markdown' | 'text'): Promise<void> {
    const missing = await this.missingItems.count();
    await this.page.getByTestId(`notice-copy-${format}`).click();
    if (missing > 0) await this.confirmMissing();
  }

  /** Exports the notice; the test must have queued `dialogs.nextSavePath`. */
  async exportNotice(format: 'pdf' | 'html' | 'markdown' | 'text'): Promise<void> {
    const missing = await this.missingItems.count();
    await this.page.getByTestId('notice-export-format').selectOption(format);
    await this.page.getByTestId('notice-export').click();
    if (missing > 0) await this.confirmMissing();
  }

  private async confirmMissing(): Promise<void> {
    await this.page.getByTestId('confirm-ok').click({ timeout: UI_TIMEOUT });
    await this.page.getByTestId('confirm-ok').waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
  }
}
