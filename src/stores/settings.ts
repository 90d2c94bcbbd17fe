import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Language } from '../../domain/model/common';
import { SettingsSchema, type Settings } from '../../domain/model/register';
import { call } from '../api';
import { useMessagesStore } from './messages';

/**
 * The user's settings from main (settings.json): language, author name for the change log,
 * recent registers. The UI language follows `language` at once (App.vue binds it to vue-i18n).
 */
export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings>(SettingsSchema.parse({}));
  const loaded = ref(false);

  const language = computed<Language>(() => settings.value.language);
  const actorName = computed(() => settings.value.actorName);
  const recentRegisters = computed(() => settings.value.recentRegisters);

  async function load(): Promise<void> {
    try {
      settings.value = await call('settings.get');
      loaded.value = true;
    } catch (error) {
      useMessagesStore().showError(error);
    }
  }

  /** Switches the UI immediately, then persists; a failed write keeps the choice for this session. */
  async function setLanguage(next: Language): Promise<void> {
    if (next === settings.value.language) return;
    settings.value = { ...settings.value, language: next };
    try {
      const saved = await call('settings.update', { language: next });
      settings.value = { ...saved, language: settings.value.language };
    } catch (error) {
      useMessagesStore().showError(error);
    }
  }

  async function setActorName(name: string): Promise<boolean> {
    try {
      settings.value = await call('settings.update', { actorName: name.trim() });
      useMessagesStore().showStatus('start.actor.saved');
      return true;
    } catch (error) {
      useMessagesStore().showError(error);
      return false;
    }
  }

  return { settings, loaded, language, actorName, recentRegisters, load, setLanguage, setActorName };
});
