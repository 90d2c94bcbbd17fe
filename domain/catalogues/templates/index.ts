import type { ActivityTemplate } from '../schema';
import { HR_TEMPLATES } from './hr';
import { CUSTOMER_TEMPLATES } from './customers';
import { FINANCE_IT_TEMPLATES } from './finance-it';
import { FACILITY_ORG_TEMPLATES } from './facility-org';

/** Templates for common processing activities; every referenced id exists in the catalogues. */
export const ACTIVITY_TEMPLATES: ActivityTemplate[] = [
  ...HR_TEMPLATES,
  ...CUSTOMER_TEMPLATES,
  ...FINANCE_IT_TEMPLATES,
  ...FACILITY_ORG_TEMPLATES,
];
