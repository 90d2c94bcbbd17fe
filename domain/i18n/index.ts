export * from './types';
export * from './translate';
export { messages, type Messages } from './messages';
