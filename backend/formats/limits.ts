/**
 * Limits for untrusted spreadsheets. A register has hundreds of activities, not hundreds of
 * thousands; the limits keep a hostile or broken file from exhausting the main process.
 */
export const SPREADSHEET_LIMITS = {
  /** Size of the file on disk. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Sum of the uncompressed sizes of all parts of an xlsx (zip bombs). */
  maxUnzippedBytes: 150 * 1024 * 1024,
  maxZipEntries: 5_000,
  maxRowsPerSheet: 20_000,
  maxColumns: 200,
  maxCells: 1_000_000,
  maxSheets: 100,
} as const;
