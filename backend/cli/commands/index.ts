import type { CommandSpec } from '../command-spec';
import { checkCommand } from './check';
import { createCommand } from './create';
import { demoCommand } from './demo';
import { docxCommand } from './docx';
import { policyCommand } from './policy';
import { exportCommand } from './export';
import { importCommand } from './import';
import { noticeCommand } from './notice';
import { pdfCommand } from './pdf';
import { portfolioCommand } from './portfolio';
import { summaryCommand } from './summary';
import { validateCommand } from './validate';
import { approveCommand } from './approve';
import { changesCommand } from './changes';
import { backupCommand } from './backup';
import { restoreCommand } from './restore';
import { verifyCommand } from './verify';

/** In the order --help lists them. */
export const COMMANDS: CommandSpec[] = [
  createCommand,
  importCommand,
  exportCommand,
  pdfCommand,
  docxCommand,
  policyCommand,
  noticeCommand,
  summaryCommand,
  checkCommand,
  validateCommand,
  demoCommand,
  approveCommand,
  changesCommand,
  verifyCommand,
  backupCommand,
  restoreCommand,
  portfolioCommand,
];
