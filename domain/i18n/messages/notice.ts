import { bilingual } from '../types';
import { noticeDe } from './notice-de';
import { noticeEn } from './notice-en';

/**
 * Privacy notices (Art. 13/14 GDPR) generated from the register: headings, sentences and the
 * labels of missing data. Every value inserted into them comes from the register.
 */
export const notice = bilingual(noticeDe, noticeEn);
