/*
|--------------------------------------------------------------------------
| The normalized view of a document, built once and shared by all plugins
|--------------------------------------------------------------------------
|
| Headings of real plans live in Word heading styles, in bold paragraphs,
| in upper-case lines and in table cells (two-column activity layouts,
| borderless header tables). Plugins therefore read one flat stream of
| *lines* in reading order, each with its folded key and numbering split
| off, plus a grid view of every table. Memoized per model object, so six
| plugins pay for normalization once.
*/

import type { Block, DocumentModel, TableBlock } from '../document_model.js'
import type { FindingLocation } from './types.js'
import { cleanText, fold, stripNumbering, undoubleLetters, type LabelKind } from './text.js'

export interface TextLine {
  /** Position in `NormalizedDocument.lines`. */
  i: number
  block: number
  origin: 'heading' | 'paragraph' | 'cell'
  /** Cleaned text as written (NFC, PDF letters fixed, doubled letters undone). */
  text: string
  /** Folded key of the whole line (lower case, no accents, đ→d). */
  key: string
  /** Numbering label, folded (`i`, `2`, `2.1`, `a`). */
  label?: string
  labelKind?: LabelKind
  /** Folded key without the numbering label. */
  body: string
  /** Looks like a heading: heading style, bold, or upper case. */
  emphasis: boolean
  headingLevel?: number
  page?: number
  table?: number
  row?: number
  cell?: number
  /** The nearest emphasized line above (for finding locations). */
  heading?: string
}

export interface NormalizedTable {
  block: number
  layout: boolean
  /** Folded cell keys on a grid: spans repeated, vertical merges filled. */
  grid: string[][]
  /** Cleaned cell texts on the same grid. */
  texts: string[][]
  columnCount: number
  /** Number of leading header rows (1 or 2). */
  headerRows: number
  /** Folded header key per column (header rows joined). */
  header: string[]
  page?: number
}

export interface NormalizedDocument {
  lines: TextLine[]
  tables: NormalizedTable[]
  /** Index of the first line of each block (-1 for blocks without text). */
  firstLineOfBlock: number[]
}

const cache = new WeakMap<DocumentModel, NormalizedDocument>()

/** The shared normalized view of `document` (computed once per model object). */
export function normalized(document: DocumentModel): NormalizedDocument {
  let view = cache.get(document)
  if (!view) {
    view = buildView(document)
    cache.set(document, view)
  }
  return view
}

function buildView(document: DocumentModel): NormalizedDocument {
  const lines: TextLine[] = []
  const tables: NormalizedTable[] = []
  const firstLineOfBlock: number[] = []
  let heading: string | undefined

  const push = (line: Omit<TextLine, 'i' | 'heading'>) => {
    const full: TextLine = { ...line, i: lines.length, heading }
    lines.push(full)
    if (full.emphasis && full.text.length <= 120) heading = full.text
  }

  for (const block of document.blocks) {
    firstLineOfBlock[block.index] = lines.length
    if (block.type === 'table') {
      tables.push(tableView(block))
      pushTableLines(block, push)
    } else if (block.type !== 'pageBreak') {
      for (const part of block.text.split('\n')) {
        const line = textLine(block, part)
        if (line) push(line)
      }
    }
    if (firstLineOfBlock[block.index] === lines.length) firstLineOfBlock[block.index] = -1
  }
  return { lines, tables, firstLineOfBlock }
}

type NewLine = Omit<TextLine, 'i' | 'heading'>

function textLine(block: Exclude<Block, TableBlock | { type: 'pageBreak' }>, raw: string): NewLine | null {
  const text = undoubleLetters(cleanText(raw))
  if (text.length === 0) return null
  const key = fold(text)
  const numbering = splitLabel(key, text, block.list?.label)
  const isHeading = block.type === 'heading'
  return {
    block: block.index,
    origin: isHeading ? 'heading' : 'paragraph',
    text,
    key,
    ...numbering,
    emphasis: isHeading || (block.type === 'paragraph' && block.bold === true) || isUpperCase(text),
    headingLevel: isHeading ? block.level : undefined,
    page: block.source.page,
  }
}

/** Word auto-numbering keeps the label outside the text; use it when the text has none. */
function splitLabel(key: string, text: string, listLabel: string | undefined) {
  const numbering = stripNumbering(key, text)
  if (numbering.label || !listLabel) return { label: numbering.label, labelKind: numbering.labelKind, body: numbering.rest }
  const fromList = stripNumbering(fold(listLabel) + ' x', listLabel)
  return { label: fromList.label, labelKind: fromList.labelKind, body: key }
}

function pushTableLines(block: TableBlock, push: (line: NewLine) => void) {
  block.rows.forEach((row, rowIndex) => {
    let column = 0
    for (const cell of row.cells) {
      const cellColumn = column
      column += Math.max(1, cell.colSpan)
      if (cell.mergedFromAbove) continue
      const parts = cell.paragraphs.length > 0 ? cell.paragraphs : cell.text.split('\n')
      for (const raw of parts) {
        const text = undoubleLetters(cleanText(raw))
        if (text.length === 0) continue
        const key = fold(text)
        const numbering = stripNumbering(key, text)
        push({
          block: block.index,
          origin: 'cell',
          text,
          key,
          label: numbering.label,
          labelKind: numbering.labelKind,
          body: numbering.rest,
          emphasis: isUpperCase(text) || row.isHeader,
          page: block.source.page,
          table: block.index,
          row: rowIndex,
          cell: cellColumn,
        })
      }
    }
  })
}

/** Mostly upper-case letters (`CHỦ ĐỀ 2: PHÂN SỐ (Tiết 5 - 8)` still counts). */
function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '')
  if (letters.length < 3) return false
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length
  return upper / letters.length >= 0.8
}

/*
|--------------------------------------------------------------------------
| Tables on a grid
|--------------------------------------------------------------------------
*/

const MARKER_ONLY_RE = /^(\(\d\)\s*)+$/

function tableView(block: TableBlock): NormalizedTable {
  const texts: string[][] = []
  block.rows.forEach((row, rowIndex) => {
    const cells: string[] = []
    for (const cell of row.cells) {
      const text = cell.mergedFromAbove ? (texts[rowIndex - 1]?.[cells.length] ?? '') : undoubleLetters(cleanText(cell.text))
      for (let span = 0; span < Math.max(1, cell.colSpan); span++) cells.push(text)
    }
    texts.push(cells)
  })
  const grid = texts.map((row) => row.map(fold))
  const columnCount = Math.max(0, ...grid.map((row) => row.length))
  const headerRows = countHeaderRows(block, grid)
  const header = Array.from({ length: columnCount }, (_, column) => headerKey(grid, headerRows, column))
  return { block: block.index, layout: block.layout === true, grid, texts, columnCount, headerRows, header, page: block.source.page }
}

/** Two header rows when the second is flagged as header or holds only `(n)` markers. */
function countHeaderRows(block: TableBlock, grid: string[][]): number {
  if (grid.length < 2) return grid.length
  const second = block.rows[1]
  const markersOnly = grid[1].every((key) => key === '' || MARKER_ONLY_RE.test(key))
  return second.isHeader || markersOnly ? 2 : 1
}

function headerKey(grid: string[][], headerRows: number, column: number): string {
  const parts: string[] = []
  for (let row = 0; row < headerRows; row++) {
    const key = grid[row]?.[column] ?? ''
    if (key && !parts.includes(key)) parts.push(key)
  }
  return parts.join(' ').replace(/\(\d\)/g, '').replace(/\s+/g, ' ').trim()
}

/*
|--------------------------------------------------------------------------
| Locations
|--------------------------------------------------------------------------
*/

/** A finding location for `line`, with a short excerpt. */
export function locate(line: TextLine): FindingLocation {
  const location: FindingLocation = { block: line.block, excerpt: excerpt(line.text) }
  if (line.heading && line.heading !== line.text) location.heading = line.heading
  if (line.page !== undefined) location.page = line.page
  if (line.table !== undefined) {
    location.table = line.table
    location.row = line.row
    location.cell = line.cell
  }
  return location
}

export function excerpt(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/**
 * The body of line `i` followed by the next line, for headings that a PDF
 * text layer broke in two (`III. TIẾN TRÌNH` / `DẠY HỌC`).
 */
export function bodyWithNext(view: NormalizedDocument, i: number): string | undefined {
  const line = view.lines[i]
  const next = view.lines[i + 1]
  if (!next || line.text.length > 60 || next.label || next.origin !== line.origin) return undefined
  return `${line.body} ${next.key}`
}
