/**
 * Shipped catalogues and templates (pure data + runtime schemas). Imports only zod and the
 * domain model, so main, CLI and renderer can all use it.
 */
export * from './schema';
export * from './legal-bases';
export * from './data-subject-categories';
export * from './data-categories';
export * from './recipient-categories';
export * from './countries';
export * from './supervisory-authorities';
export * from './toms';
export * from './retention-presets';
export * from './dpia-criteria';
export * from './art28-clauses';
export * from './checklist-items';
export * from './channels';
export { ACTIVITY_TEMPLATES } from './templates';
export {
  findChannel,
  findCountry,
  findLegalBasis,
  findRetentionPreset,
  findTemplate,
  instantiateTemplate,
  templateTomSuggestions,
  type InstantiateOptions,
} from './instantiate';
export * from './additional-requirements';
export * from './dsk-must-list';
