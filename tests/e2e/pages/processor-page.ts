import type { Locator, Page } from 'playwright-core';
import { UI_TIMEOUT } from '../support/wait';

/** The processor record (Art. 30(2)): one entry per client controller. */
export class ProcessorPage {
  constructor(readonly page: Page) {}

  static async open(page: Page): Promise<ProcessorPage> {
    await page.getByTestId('nav-processor').click();
    await page.getByTestId('processor-controller-add').waitFor({ timeout: UI_TIMEOUT });
    return new ProcessorPage(page);
  }

  get records(): Locator {
    return this.page.getByTestId('processor-record');
  }

  record(controllerName: string): Locator {
    return this.records.filter({ has: this.page.getByTestId('processor-record-controller').filter({ hasText: controllerName }) }).first();
  }

  /** Creates a client controller through the inline form; its (unsaved) entry appears. */
  async addController(name: string, dpoContact = ''): Promise<Locator> {
    await this.page.getByTestId('processor-controller-add').click();
    await this.page.getByTestId('processor-controller-name').fill(name);
    if (dpoContact) await this.page.getByTestId('processor-controller-dpo').fill(dpoContact);
    await this.page.getByTestId('processor-controller-create').click();
    const record = this.record(name);
    await record.waitFor({ timeout: UI_TIMEOUT });
    return record;
  }

  async addCategory(record: Locator, category: string): Promise<void> {
    await record.getByTestId('processor-category-add').click();
    await record.getByTestId('processor-category-input').last().fill(category);
  }

  async save(record: Locator): Promise<void> {
    await record.getByTestId('processor-save').click();
  }
}
