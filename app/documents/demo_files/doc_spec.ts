/*
|--------------------------------------------------------------------------
| DocSpec: a small declarative description of a document
|--------------------------------------------------------------------------
|
| Fixture builders render the same DocSpec to DOCX (docx_builder.ts) and to
| PDF (pdf_builder.ts), so a test can describe a plan once and check that
| both parsers read it back the same way.
*/

/** How a heading is marked in the file. */
export type HeadingMarkup = 'style' | 'bold'

export interface SpecHeading {
  type: 'heading'
  text: string
  /** 1 = top level. */
  level: number
  /** 'style' = Word "Heading n" style; 'bold' = a plain bold paragraph (heading in disguise). */
  markup?: HeadingMarkup
  align?: 'left' | 'center'
}

export interface SpecParagraph {
  type: 'paragraph'
  text: string
  bold?: boolean
  italic?: boolean
  align?: 'left' | 'center' | 'right'
  /** Word automatic numbering (the label is not part of `text`). */
  numbering?: { level: number; format: 'decimal' | 'lowerLetter' | 'upperRoman' | 'bullet' }
  /** Font name of the runs, e.g. ".VnTime" for TCVN3 text. */
  font?: string
  /** A picture after the text (DOCX only). */
  image?: SpecImage
}

export interface SpecImage {
  /** Embedded as `format` whatever the bytes hold (Word files declare one thing and hold another). */
  data: Uint8Array
  format: 'png' | 'jpg' | 'gif' | 'bmp'
  /** Size on the page in pixels (96 to the inch). */
  width: number
  height: number
  alt?: string
}

export interface SpecCell {
  /** One string per line of the cell. */
  lines: string[]
  colSpan?: number
  rowSpan?: number
  bold?: boolean
}

export interface SpecRow {
  cells: SpecCell[]
  header?: boolean
}

export interface SpecTable {
  type: 'table'
  rows: SpecRow[]
  /** Borderless layout table (header block, signature block). */
  borderless?: boolean
  /** Signature block (PDF): the last line of every cell (the names) drawn below a blank signing space. */
  signingSpace?: boolean
  /** Relative column widths; equal widths when absent. */
  widths?: number[]
}

export interface SpecPageBreak {
  type: 'pageBreak'
}

export type SpecBlock = SpecHeading | SpecParagraph | SpecTable | SpecPageBreak

export interface DocSpec {
  blocks: SpecBlock[]
  /** Default font of the body text (DOCX only; the PDF always embeds DejaVu). */
  font?: string
}

/* Small helpers so plan generators read like the documents they describe. */

export function heading(text: string, level = 1, markup: HeadingMarkup = 'style'): SpecHeading {
  return { type: 'heading', text, level, markup }
}

export function paragraph(
  text: string,
  options: Omit<SpecParagraph, 'type' | 'text'> = {}
): SpecParagraph {
  return { type: 'paragraph', text, ...options }
}

export function cell(text: string | string[], options: Omit<SpecCell, 'lines'> = {}): SpecCell {
  return { lines: Array.isArray(text) ? text : [text], ...options }
}

export function row(cells: Array<string | string[] | SpecCell>, header = false): SpecRow {
  return {
    header,
    cells: cells.map((c) => (typeof c === 'string' || Array.isArray(c) ? cell(c) : c)),
  }
}

export function table(rows: SpecRow[], options: Omit<SpecTable, 'type' | 'rows'> = {}): SpecTable {
  return { type: 'table', rows, ...options }
}

export const pageBreak: SpecPageBreak = { type: 'pageBreak' }
