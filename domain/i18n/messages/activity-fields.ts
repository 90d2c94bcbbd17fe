import { bilingual } from '../types';
import { activityFieldsDe } from './activity-fields-de';
import { activityFieldsEn } from './activity-fields-en';

/**
 * The activity editor beyond purposes, data and erasure periods: section navigation, findings,
 * source, recipients, third-country transfers, retention presets, TOMs, DPIA threshold check,
 * ownership and review, status workflow, transparency details and "save as template".
 */
export const activityFields = bilingual(activityFieldsDe, activityFieldsEn);
