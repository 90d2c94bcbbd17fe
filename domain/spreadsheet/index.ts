export * from './fields';
export * from './report';
export * from './legal-basis-match';
export * from './value-match';
export * from './retention-line';
export * from './row-to-activity';
export * from './workbook-import';
export * from './describe-report';
