import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { RegisterInfo } from '../../domain/model/register';
import { call } from '../api';
import { useActivityEditorStore } from './activity-editor';
import { useActivityListStore } from './activity-list';
import { useMessagesStore } from './messages';
import { useOrganisationStore } from './organisation';
import { useSettingsStore } from './settings';
import { useViewStore, type ViewName } from './view';
import { settleUnsavedChanges } from './unsaved-changes';
import { useWorkspaceStore } from './workspace';

/**
 * The register file open in this window. Main shows the file dialogs; every action that
 * replaces or closes the register first protects unsaved edits.
 */
export const useRegisterStore = defineStore('register', () => {
  const info = ref<RegisterInfo | null>(null);
  /** register.current has answered once (until then the window shows "loading"). */
  const ready = ref(false);
  const busy = ref(false);

  function resetWorkspace(): void {
    useOrganisationStore().reset();
    useActivityListStore().reset();
    useActivityEditorStore().close();
    useWorkspaceStore().reset();
  }

  function enter(opened: RegisterInfo, firstView: ViewName): void {
    resetWorkspace();
    info.value = opened;
    useViewStore().reset();
    useViewStore().show(firstView);
  }

  function leave(): void {
    resetWorkspace();
    info.value = null;
    useViewStore().reset();
    useMessagesStore().clear();
  }

  async function loadCurrent(): Promise<void> {
    try {
      const current = await call('register.current');
      if (current) enter(current, 'dashboard');
      else if (info.value) leave();
    } catch (error) {
      useMessagesStore().showError(error);
    } finally {
      ready.value = true;
    }
  }

  async function replaceWith(action: () => Promise<RegisterInfo | null>, firstView: ViewName, statusKey: string): Promise<boolean> {
    if (busy.value || !(await settleUnsavedChanges())) return false;
    busy.value = true;
    try {
      const opened = await action();
      if (!opened) return false; // the user cancelled main's file dialog
      enter(opened, firstView);
      useMessagesStore().showStatus(statusKey, { path: opened.path });
      return true;
    } catch (error) {
      useMessagesStore().showError(error);
      return false;
    } finally {
      busy.value = false;
      // Main updated the recent list (a register was opened, or a missing file was forgotten).
      void useSettingsStore().load();
    }
  }

  function create(organisationName: string): Promise<boolean> {
    return replaceWith(() => call('register.create', { organisationName: organisationName.trim() }), 'organisation', 'start.created');
  }

  /** A register that starts with the activities and measures of a register template. */
  function createFromTemplate(organisationName: string, templateRegisterId: string): Promise<boolean> {
    const input = { templateRegisterId, organisationName: organisationName.trim(), language: useSettingsStore().language };
    return replaceWith(() => call('register.createFromTemplate', input), 'dashboard', 'registerList.start.created');
  }

  function open(): Promise<boolean> {
    return replaceWith(() => call('register.open'), 'dashboard', 'start.opened');
  }

  function openRecent(path: string): Promise<boolean> {
    return replaceWith(() => call('register.openRecent', { path }), 'dashboard', 'start.opened');
  }

  /** The register main was asked to open (file association, "Open recent" menu); main holds the path. */
  function openRequested(): Promise<boolean> {
    return replaceWith(() => call('register.openRequested'), 'dashboard', 'start.opened');
  }

  /** A client's register chosen in the portfolio (main accepts only files the portfolio lists). */
  function openFromPortfolio(path: string): Promise<boolean> {
    return replaceWith(() => call('portfolio.open', { path }), 'activities', 'start.opened');
  }

  /** Continues in a copy of the register under a new name (e.g. a client's register as a starting point). */
  function saveAs(): Promise<boolean> {
    // The copy is made from the saved file: unsaved edits are saved or dropped first (the user chooses).
    return replaceWith(() => call('register.saveAs'), 'activities', 'start.savedAs');
  }

  async function close(): Promise<boolean> {
    if (!info.value || busy.value || !(await settleUnsavedChanges())) return false;
    busy.value = true;
    try {
      await call('register.close');
      leave();
      useMessagesStore().showStatus('start.closed');
      return true;
    } catch (error) {
      useMessagesStore().showError(error);
      return false;
    } finally {
      busy.value = false;
    }
  }

  /** Main opened a register by itself before this window could be asked (at start). */
  async function reloadAfterExternalOpen(): Promise<void> {
    await loadCurrent();
    void useSettingsStore().load();
  }

  /** Keeps the header in step after the organisation was renamed. */
  function setOrganisationName(name: string): void {
    if (info.value) info.value = { ...info.value, organisationName: name };
  }

  return { info, ready, busy, loadCurrent, create, createFromTemplate, open, openRecent, openRequested, openFromPortfolio, saveAs, close, reloadAfterExternalOpen, setOrganisationName };
});
