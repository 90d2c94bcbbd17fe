import type { MenuCommand } from '../domain/ipc/events';
import { useActivityEditorStore } from './stores/activity-editor';
import { useDocumentsStore } from './stores/documents';
import { usePortfolioStore } from './stores/portfolio';
import { useFormatsStore } from './stores/formats';
import { useSettingsStore } from './stores/settings';
import { useRegisterStore } from './stores/register';
import { useViewStore } from './stores/view';

/** What each command of main's application menu does in this window. */
export async function runMenuCommand(command: MenuCommand): Promise<void> {
  const register = useRegisterStore();
  const view = useViewStore();
  const isOpen = register.info !== null;
  switch (command) {
    case 'register.new':
      if (isOpen) await view.navigate('new-register');
      else view.newRegisterFormOpen = true;
      return;
    case 'register.open':
      await register.open();
      return;
    case 'register.saveAs':
      if (isOpen) await register.saveAs();
      return;
    case 'register.close':
      await register.close();
      return;
    case 'register.opened':
      await register.reloadAfterExternalOpen();
      return;
    case 'register.openRequested':
      // A double-clicked file or "Open recent": asks about unsaved edits before main opens it.
      await register.openRequested();
      return;
    case 'activity.new':
      if (isOpen) await useActivityEditorStore().startNew();
      return;
    case 'documents.art30':
      // The export prints what is saved: leave unsaved edits first (the user confirms). The
      // documents view shows the progress and Cancel; the record follows the choices made there.
      if (isOpen && (await view.navigate('documents'))) await useDocumentsStore().saveRecordPdf();
      return;
    case 'view.organisation':
      if (isOpen) await view.navigate('organisation');
      return;
    case 'view.activities':
      if (isOpen) await view.navigate('activities');
      return;
    case 'view.portfolio':
      await usePortfolioStore().show();
      return;
    case 'print':
      // In the documents view "print" prints the Art. 30 record (OS print dialog via main).
      if (isOpen && view.current === 'documents') await useDocumentsStore().printRecord();
      else window.print();
      return;
    case 'formats.importJson':
      // A new register replaces the open one: leave unsaved edits first.
      if (!isOpen || (await view.navigate('documents'))) await useFormatsStore().importJson(useSettingsStore().language);
      return;
    case 'formats.importSpreadsheet':
      // The preview is shown in the documents view; nothing is written before confirming there.
      if (isOpen && (await view.navigate('documents'))) await useFormatsStore().chooseSpreadsheet(useSettingsStore().language);
      return;
    case 'formats.exportJson':
      if (isOpen) await useFormatsStore().exportJson();
      return;
    case 'formats.exportXlsx':
      if (isOpen) await useFormatsStore().exportXlsx(useSettingsStore().language);
      return;
    default: {
      const unknown: never = command;
      throw new Error(`Unhandled menu command: ${String(unknown)}`);
    }
  }
}
