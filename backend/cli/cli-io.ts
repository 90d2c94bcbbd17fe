import type { RegisterSnapshot } from '../../domain/documents/snapshot';
import type { Language } from '../../domain/model/common';
import type { TranslateParams } from '../../domain/i18n/translate';
import type { Art30Variant } from '../../domain/documents/art30';
import { builtDocumentWorker } from '../documents/worker-file';

export type PdfRenderer = (snapshot: RegisterSnapshot, options: { language: Language; variant: Art30Variant }) => Promise<Uint8Array>;
/** Writes the controller record's PDF to `target`, complete or not at all. */
export type PdfWriter = (snapshot: RegisterSnapshot, options: { language: Language; variant: Art30Variant }, target: string) => Promise<void>;

/** Everything the CLI touches outside the file system, injectable so tests run it in-process. */
export interface CliIo {
  /** Receives whole lines including the trailing newline. */
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** Relative paths are resolved against this folder. */
  cwd: string;
  now?: () => Date;
  /** Renders PDFs in this thread instead (tests). */
  renderPdf?: PdfRenderer;
  /** The built document worker: large PDFs are rendered in parts on all cores (documents/parallel). */
  documentWorkerPath?: string;
}

export interface CliOptions {
  lang?: string;
  help?: boolean;
  version?: boolean;
  organisation?: string;
  replace?: boolean;
  variant?: string;
  json?: boolean;
  acknowledge?: string;
  'record-submission'?: boolean;
  authority?: string;
  'with-log'?: boolean;
  'skip-damaged'?: boolean;
  list?: boolean;
  verify?: boolean;
  search?: string;
  'dry-run'?: boolean;
  /** Repeated: `--activity ID --activity ID`. */
  activity?: string[];
  channel?: string[];
  format?: string;
  out?: string;
}

/** What a command gets: its arguments, the language, and the means to write output. */
export interface CommandContext {
  args: string[];
  options: CliOptions;
  language: Language;
  t(key: string, params?: TranslateParams): string;
  /** Prints one line to stdout. */
  print(line?: string): void;
  /** Prints one line to stderr (warnings). */
  warn(line: string): void;
  /** An absolute path for a path argument. */
  path(argument: string): string;
  now(): Date;
  /** Name written into the change log. */
  actor: string;
  renderPdf: PdfRenderer;
  writePdf: PdfWriter;
}

/** The process's own streams and environment. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    documentWorkerPath: builtDocumentWorker(__dirname),
  };
}
