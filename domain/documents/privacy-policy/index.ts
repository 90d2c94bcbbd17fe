export * from './build-policy';
