export { buildArt30Document } from './build-art30-document';
export { selectArt30Activities } from './activity-selection';
export { activityAnchor, activityTitle } from './activity/section';
export { formatDate } from './format';
export { localIsoDate, resolveArt30Options, type Art30DocumentOptions, type Art30Variant } from './options';
export { TABLE_LAYOUTS } from './layout';
export type { PdfDocumentDefinition, PdfTableLayout } from './pdf-types';
