/*
|--------------------------------------------------------------------------
| The document model: what every validator reads
|--------------------------------------------------------------------------
|
| Built once per uploaded version (DOCX through mammoth, PDF through
| pdf-parse) inside the parser worker pool, stored as JSON, and handed to
| every plugin. Plain data only, so it crosses worker threads and the
| database unchanged. Text is NFC-normalized; `raw` keeps the source text.
*/

export type DocumentFormat = 'docx' | 'pdf'

/** Where a block came from in the source file. */
export interface SourcePosition {
  /** 1-based page number (PDF only). */
  page?: number
  /** Index of the paragraph or table in the DOCX body, or of the line in the PDF page. */
  index: number
}

export interface ListInfo {
  /** Numbering level, 0 for top level. */
  level: number
  ordered: boolean
  /**
   * The label as the reader sees it when known ("I.", "1.", "a)"). Set for
   * numbering typed into the text (the text keeps it); absent for Word
   * automatic numbering, whose label is not in the text.
   */
  label?: string
}

interface BlockBase {
  /** Position of the block in `DocumentModel.blocks`. */
  index: number
  source: SourcePosition
}

export interface HeadingBlock extends BlockBase {
  type: 'heading'
  /** 1 = top level. Taken from Word heading styles or inferred (bold, upper case, numbering). */
  level: number
  text: string
  raw: string
  style?: string
  list?: ListInfo
}

export interface ParagraphBlock extends BlockBase {
  type: 'paragraph'
  text: string
  raw: string
  style?: string
  list?: ListInfo
  /** The whole paragraph is bold (often a heading in disguise). */
  bold?: boolean
}

export interface TableCell {
  text: string
  /** Cell paragraphs, in order (a cell can hold several lines). */
  paragraphs: string[]
  colSpan: number
  rowSpan: number
  /**
   * True for a placeholder cell (empty text) where a vertical merge started
   * above continues, so every row lines up with the table's grid columns.
   * Joined row text (`DocumentModel.text`) skips these placeholders.
   */
  mergedFromAbove?: boolean
}

export interface TableRow {
  cells: TableCell[]
  isHeader: boolean
}

export interface TableBlock extends BlockBase {
  type: 'table'
  rows: TableRow[]
  /**
   * True for borderless layout tables (header blocks, signature blocks).
   * DOCX: tables without borders. PDF: centred blocks opening the first
   * page or closing the last one, and rows of signers side by side
   * wherever they are (names below the signing space included); other PDF
   * tables are rebuilt from text columns, without borders or spans (the
   * first row is the header row), one table however many pages it spans.
   */
  layout?: boolean
}

export interface PageBreakBlock extends BlockBase {
  type: 'pageBreak'
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | PageBreakBlock

export interface DocumentModel {
  format: DocumentFormat
  /** Version of the parser that built this model; a change triggers re-parsing. */
  parserVersion: string
  pageCount?: number
  /**
   * In reading order. DOCX: a text box's paragraphs follow the paragraph
   * that anchors it. PDF: running headers, footers and page numbers are
   * left out (a running header is kept once, on the first page).
   */
  blocks: Block[]
  /** All text in reading order, NFC, one block per line (tables: cells joined by " | "). */
  text: string
  /** Legacy Vietnamese font encoding detected and converted (or only reported). */
  legacyEncoding?: { encoding: 'tcvn3' | 'vni'; converted: boolean }
  /** Parser notes that are not errors (e.g. "images skipped"). */
  warnings: string[]
}
