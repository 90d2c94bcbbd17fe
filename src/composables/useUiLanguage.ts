import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Language } from '../../domain/model/common';
import { isLanguage } from '../i18n';

/** The language the UI shows now, for catalogue labels that live outside the message tables. */
export function useUiLanguage(): ComputedRef<Language> {
  const { locale } = useI18n({ useScope: 'global' });
  return computed(() => (isLanguage(locale.value) ? locale.value : 'de'));
}
