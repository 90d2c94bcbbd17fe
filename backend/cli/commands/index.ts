import type { CommandSpec } from '../command-spec';
import { createCommand } from './create';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { importCommand } from './import';
import { noticeCommand } from './notice';
import { pdfCommand } from './pdf';
import { summaryCommand } from './summary';
import { validateCommand } from './validate';

/** In the order --help lists them. */
export const COMMANDS: CommandSpec[] = [
  createCommand,
  importCommand,
  exportCommand,
  pdfCommand,
  noticeCommand,
  summaryCommand,
  validateCommand,
  demoCommand,
];
