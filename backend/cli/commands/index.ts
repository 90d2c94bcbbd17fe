import type { CommandSpec } from '../command-spec';
import { createCommand } from './create';
import { demoCommand } from './demo';
import { docxCommand } from './docx';
import { policyCommand } from './policy';
import { exportCommand } from './export';
import { importCommand } from './import';
import { pdfCommand } from './pdf';
import { summaryCommand } from './summary';
import { validateCommand } from './validate';

/** In the order --help lists them. */
export const COMMANDS: CommandSpec[] = [
  createCommand,
  importCommand,
  exportCommand,
  pdfCommand,
  docxCommand,
  policyCommand,
  summaryCommand,
  validateCommand,
  demoCommand,
];
