/**
 * The part of pdfmake's document-definition format that the document builders use, typed here
 * because the domain must not import pdfmake (its typings pull in Node and the DOM). Everything
 * is plain data except the page header/footer callbacks (pure functions: pdfmake only passes
 * page numbers to callbacks). Table layouts are referenced by name, see TABLE_LAYOUTS.
 * Reference: pdfmake 0.3 `TDocumentDefinitions`; the backend renderer hands this object over as is.
 */

export type PdfMargins = number | [number, number] | [number, number, number, number];
export type PdfWidth = number | '*' | 'auto';

export interface PdfStyle {
  font?: string;
  fontSize?: number;
  lineHeight?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  background?: string;
  fillColor?: string;
  alignment?: 'left' | 'right' | 'center' | 'justify';
  margin?: PdfMargins;
  characterSpacing?: number;
  preserveLeadingSpaces?: boolean;
}

export interface PdfCanvasLine {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth?: number;
  lineColor?: string;
}

/** Table-layout callbacks receive the row/column index; pdfmake passes more, which is ignored. */
export interface PdfTableLayout {
  hLineWidth?: (index: number, node: PdfTableNodeInfo) => number;
  vLineWidth?: (index: number, node: PdfTableNodeInfo) => number;
  hLineColor?: (index: number, node: PdfTableNodeInfo) => string;
  vLineColor?: (index: number, node: PdfTableNodeInfo) => string;
  paddingLeft?: (index: number, node: PdfTableNodeInfo) => number;
  paddingRight?: (index: number, node: PdfTableNodeInfo) => number;
  paddingTop?: (index: number, node: PdfTableNodeInfo) => number;
  paddingBottom?: (index: number, node: PdfTableNodeInfo) => number;
  fillColor?: (rowIndex: number, node: PdfTableNodeInfo) => string | null;
}

export interface PdfTableNodeInfo {
  table: { body: unknown[][]; widths?: unknown[]; headerRows?: number };
}

export interface PdfTable {
  widths: PdfWidth[];
  body: PdfCell[][];
  headerRows?: number;
  keepWithHeaderRows?: number;
  dontBreakRows?: boolean;
}

export interface PdfToc {
  title?: PdfNode;
  /** Add the TOC items to the PDF outline (bookmarks). */
  outlines?: boolean;
  textStyle?: PdfStyle;
  numberStyle?: PdfStyle;
  textMargin?: [number, number, number, number];
}

/** One content node; which of text/stack/columns/table/ul/ol/toc/canvas is set decides its kind. */
export interface PdfNode extends PdfStyle {
  text?: string | Array<string | PdfNode>;
  stack?: PdfContent[];
  columns?: PdfNode[];
  columnGap?: number;
  table?: PdfTable;
  /** Name of a built-in pdfmake layout or of one in TABLE_LAYOUTS (registered by the renderer). */
  layout?: string;
  ul?: PdfContent[];
  ol?: PdfContent[];
  markerColor?: string;
  toc?: PdfToc;
  canvas?: PdfCanvasLine[];
  style?: string | string[];
  width?: PdfWidth;
  colSpan?: number;
  pageBreak?: 'before' | 'after';
  unbreakable?: boolean;
  headlineLevel?: number;
  id?: string;
  linkToDestination?: string;
  tocItem?: boolean | string;
  tocMargin?: [number, number, number, number];
  tocStyle?: PdfStyle | string;
  tocNumberStyle?: PdfStyle | string;
  outline?: boolean;
  outlineText?: string;
  outlineExpanded?: boolean;
}

export type PdfContent = string | PdfNode | PdfContent[];
/** A table cell; pdfmake wants an empty object for cells covered by a colSpan. */
export type PdfCell = string | PdfNode;

/** Page header/footer callback: 1-based page number and total page count. */
export type PdfPageContent = (currentPage: number, pageCount: number) => PdfContent;

export interface PdfDocumentInfo {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creator?: string;
  producer?: string;
}

export interface PdfDocumentDefinition {
  pageSize: 'A4';
  pageOrientation: 'portrait' | 'landscape';
  pageMargins: [number, number, number, number];
  header?: PdfPageContent;
  footer?: PdfPageContent;
  content: PdfContent[];
  styles: Record<string, PdfStyle>;
  defaultStyle: PdfStyle;
  info: PdfDocumentInfo;
  /** BCP 47 tag written to the PDF catalog (/Lang). */
  language?: string;
  /** Viewers show the title instead of the file name. */
  displayTitle?: boolean;
  version?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7';
}
