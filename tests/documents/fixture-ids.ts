/** Fixed ids keep the fixtures readable and the generated documents comparable. */
export const IDS = {
  payroll: 'a-payroll',
  newsletter: 'a-newsletter',
  empty: 'a-empty',
  archived: 'a-archived',
  taxAdvisor: 'p-tax-advisor',
  partner: 'p-partner',
  tomLocked: 't-locked-cabinet',
  tomEncryption: 't-encryption',
  catBank: 'dc-bank',
  catHealth: 'dc-health',
  catCriminal: 'dc-criminal',
  channel: 'ch-whatsapp',
  clientA: 'p-client-autohaus',
  clientB: 'p-client-praxis',
  clientEnded: 'p-client-ended',
} as const;
