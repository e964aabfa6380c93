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
import {
  cleanText,
  fold,
  foldCleaned,
  stripNumbering,
  undoubleLetters,
  type LabelKind,
} from './text.js'

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
  /** Every line key joined by newlines: one native search answers "is this phrase anywhere?". */
  fullKey: string
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
    // Completed in place: one object per line (normalization runs on every upload).
    const full = line as TextLine
    full.i = lines.length
    full.heading = heading
    lines.push(full)
    if (full.emphasis && full.text.length <= 120) heading = full.text
  }

  for (const block of document.blocks) {
    firstLineOfBlock[block.index] = lines.length
    if (block.type === 'table') {
      const parts = block.rows.map((row) =>
        row.cells.map((cell) => (cell.mergedFromAbove ? undefined : cellParts(cell)))
      )
      tables.push(tableView(block, parts))
      pushTableLines(block, parts, push)
    } else if (block.type !== 'pageBreak') {
      for (const part of block.text.split('\n')) {
        const line = textLine(block, part)
        if (line) push(line)
      }
    }
    if (firstLineOfBlock[block.index] === lines.length) firstLineOfBlock[block.index] = -1
  }
  return { lines, tables, firstLineOfBlock, fullKey: lines.map((line) => line.key).join('\n') }
}

type NewLine = Omit<TextLine, 'i' | 'heading'>

function textLine(
  block: Exclude<Block, TableBlock | { type: 'pageBreak' }>,
  raw: string
): NewLine | null {
  const text = undoubleLetters(cleanText(raw))
  if (text.length === 0) return null
  const key = foldCleaned(text)
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
  if (numbering.label || !listLabel)
    return { label: numbering.label, labelKind: numbering.labelKind, body: numbering.rest }
  const fromList = stripNumbering(fold(listLabel) + ' x', listLabel)
  return { label: fromList.label, labelKind: fromList.labelKind, body: key }
}

/** Cleaned text and folded key of each paragraph of a cell (computed once, shared by lines and grid). */
interface CellParts {
  texts: string[]
  keys: string[]
}

function cellParts(cell: TableBlock['rows'][number]['cells'][number]): CellParts {
  const texts: string[] = []
  const keys: string[] = []
  for (const raw of cell.paragraphs.length > 0 ? cell.paragraphs : cell.text.split('\n')) {
    const text = undoubleLetters(cleanText(raw))
    if (text.length === 0) continue
    texts.push(text)
    keys.push(foldCleaned(text))
  }
  return { texts, keys }
}

function pushTableLines(
  block: TableBlock,
  parts: Array<Array<CellParts | undefined>>,
  push: (line: NewLine) => void
) {
  block.rows.forEach((row, rowIndex) => {
    let column = 0
    row.cells.forEach((cell, cellIndex) => {
      const cellColumn = column
      column += Math.max(1, cell.colSpan)
      const cellContent = parts[rowIndex][cellIndex]
      if (!cellContent) return
      cellContent.texts.forEach((text, index) => {
        const key = cellContent.keys[index]
        const numbering = stripNumbering(key, text)
        push({
          block: block.index,
          origin: 'cell',
          text,
          key,
          label: numbering.label,
          labelKind: numbering.labelKind,
          body: numbering.rest,
          emphasis: row.isHeader || isUpperCase(text),
          page: block.source.page,
          table: block.index,
          row: rowIndex,
          cell: cellColumn,
        })
      })
    })
  })
}

/** Headings are short; longer lines are never treated as upper-case headings. */
const UPPER_CASE_MAX_LENGTH = 160

/** Mostly upper-case letters (`CHỦ ĐỀ 2: PHÂN SỐ (Tiết 5 - 8)` still counts). */
function isUpperCase(text: string): boolean {
  if (text.length > UPPER_CASE_MAX_LENGTH || hasManyLowerCaseAscii(text)) return false
  const upper = text.toUpperCase()
  const lower = text.toLowerCase()
  if (upper.length !== text.length || lower.length !== text.length) return false
  let letters = 0
  let upperLetters = 0
  for (let i = 0; i < text.length; i++) {
    const upperChar = upper.charAt(i)
    if (upperChar === lower.charAt(i)) continue
    letters++
    if (text.charAt(i) === upperChar) upperLetters++
  }
  return letters >= 3 && upperLetters / letters >= 0.8
}

/** More than a fifth of the characters are a–z: prose, not an upper-case heading (cheap, exact early exit). */
function hasManyLowerCaseAscii(text: string): boolean {
  const limit = text.length / 5
  let lower = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x61 && code <= 0x7a && ++lower > limit) return true
  }
  return false
}

/*
|--------------------------------------------------------------------------
| Tables on a grid
|--------------------------------------------------------------------------
*/

const MARKER_ONLY_RE = /^(\(\d\)\s*)+$/

function tableView(block: TableBlock, parts: Array<Array<CellParts | undefined>>): NormalizedTable {
  const texts: string[][] = []
  const grid: string[][] = []
  block.rows.forEach((row, rowIndex) => {
    const rowTexts: string[] = []
    const rowKeys: string[] = []
    row.cells.forEach((cell, cellIndex) => {
      const content = parts[rowIndex][cellIndex]
      const column = rowTexts.length
      // A vertical merge repeats the text of the cell above.
      const text = content ? content.texts.join(' ') : (texts[rowIndex - 1]?.[column] ?? '')
      const key = content ? content.keys.join(' ') : (grid[rowIndex - 1]?.[column] ?? '')
      for (let span = 0; span < Math.max(1, cell.colSpan); span++) {
        rowTexts.push(text)
        rowKeys.push(key)
      }
    })
    texts.push(rowTexts)
    grid.push(rowKeys)
  })
  const columnCount = Math.max(0, ...grid.map((row) => row.length))
  const headerRows = countHeaderRows(block, grid)
  const header = Array.from({ length: columnCount }, (_, column) =>
    headerKey(grid, headerRows, column)
  )
  return {
    block: block.index,
    layout: block.layout === true,
    grid,
    texts,
    columnCount,
    headerRows,
    header,
    page: block.source.page,
  }
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
  return parts
    .join(' ')
    .replace(/\(\d\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
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

/**
 * A finding location for a table, or one of its rows: the heading above it
 * and the row's text (the header row for the table as a whole), so a DOCX
 * table without pages is still found by its words.
 */
export function locateTable(
  view: NormalizedDocument,
  table: NormalizedTable,
  row?: number,
  cell?: number
): FindingLocation {
  const first = view.firstLineOfBlock[table.block]
  const line = first !== undefined && first >= 0 ? view.lines[first] : undefined
  const location: FindingLocation = { block: table.block, table: table.block }
  if (line?.heading) location.heading = line.heading
  if (table.page !== undefined) location.page = table.page
  if (row !== undefined) location.row = row
  if (cell !== undefined) location.cell = cell
  const texts = [...new Set(table.texts[row ?? 0] ?? [])].filter((text) => text.length > 0)
  if (texts.length > 0) location.excerpt = excerpt(texts.join(' | '))
  return location
}

/**
 * Where a missing part was expected: at line `at` (e.g. the section it
 * belongs under), or the first / last line of the document. Every finding
 * says where, a missing part included.
 */
export function locateExpected(
  view: NormalizedDocument,
  at: number | 'start' | 'end'
): FindingLocation {
  const index = at === 'start' ? 0 : at === 'end' ? view.lines.length - 1 : at
  const line = view.lines[Math.min(Math.max(0, index), view.lines.length - 1)]
  return line ? locate(line) : {}
}

export function excerpt(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/**
 * The body of line `i` followed by the next line, for headings that a PDF
 * text layer broke in two (`III. TIẾN TRÌNH` / `DẠY HỌC`).
 */
export function bodyWithNext(view: NormalizedDocument, i: number): string | undefined {
  let joined = joinedCache.get(view)
  if (!joined) {
    joined = view.lines.map((_, index) => joinWithNext(view, index))
    joinedCache.set(view, joined)
  }
  return joined[i]
}

const joinedCache = new WeakMap<NormalizedDocument, Array<string | undefined>>()

function joinWithNext(view: NormalizedDocument, i: number): string | undefined {
  const line = view.lines[i]
  const next = view.lines[i + 1]
  if (!next || line.text.length > 60 || next.label || next.origin !== line.origin) return undefined
  return `${line.body} ${next.key}`
}
