export * from './attachment-content';
export * from './export-file';
export * from './export-register';
export * from './import-operations';
export * from './import-register';
export * from './interchange-error';
export * from './load-interchange-file';
