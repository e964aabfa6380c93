/*
|--------------------------------------------------------------------------
| The lines of a PDF table region → rows of cells
|--------------------------------------------------------------------------
|
| Every segment goes to the column it lies in. Which lines start a new
| row: tables usually leave more room between rows (cell padding, rules)
| than between the wrapped lines of one cell, so when the line gaps fall
| into a close and a wide group, a wide gap starts a row. When all gaps are
| alike (no cell wraps, or no padding), a line starts a row when the first
| column gets new text.
|
| Inside a cell, a line joins the line above (wrapped text) unless it
| looks like the start of a new cell paragraph (see isWrapped). A first
| row above other rows is the header row.
*/
import type { TableCell, TableRow } from '../../../plugins/document_model.js'
import { numberingPrefix } from './heading_inference.js'
import { firstWordFits, SEGMENT_GAP, type PdfLine, type PdfSegment } from './pdf_lines.js'
import type { ColumnRange } from './pdf_table_regions.js'
import { isAllCaps, repairPdfText } from './pdf_text_repair.js'

/** Gaps up to this multiple of the smallest gap are "close" (wrapped lines of one cell). */
const CLOSE_GAP = 1.25
/** A line gap above this (× font size) is blank space, not line spacing. */
const BLANK_SPACE = 2

type LineCells = Array<PdfSegment[]>

export interface PdfTableRows {
  rows: TableRow[]
  /** Line gap above which a line starts a new row; undefined when every gap was alike. */
  rowGap?: number
}

/**
 * `rowGap` carries the row gap of the part above a page break: the part
 * below may be a single tall row whose gaps alone say nothing.
 * `singleRow`: every line belongs to one row (a layout block, see
 * pdf_layout_blocks.ts); each cell's lines are its paragraphs.
 */
export function tableRows(
  lines: PdfLine[],
  columns: ColumnRange[],
  rowGap = rowGapOf(lines),
  options: { singleRow?: boolean } = {}
): PdfTableRows {
  const placed = lines.map((line) => cellsOfLine(line, columns))
  const edges = columns.map((_, c) => cellEdges(columns, c, lines[0].size))
  const rows: number[][] = []
  placed.forEach((_, i) => {
    if (i === 0 || (!options.singleRow && startsRow(lines, placed, i, rowGap, edges[0])))
      rows.push([])
    rows.at(-1)!.push(i)
  })
  return {
    rowGap,
    rows: rows.map((rowLines, r) => ({
      isHeader: r === 0 && rows.length > 1,
      cells: columns.map((_, c) =>
        tableCell(
          rowLines.map((i) => ({ segments: placed[i][c], afterSpace: afterBlankSpace(lines, i) })),
          edges[c]
        )
      ),
    })),
  }
}

/** A line set well below the line above (the signing space over the names): never the wrapped rest of it. */
function afterBlankSpace(lines: PdfLine[], i: number): boolean {
  return i > 0 && lines[i].y - lines[i - 1].y > BLANK_SPACE * lines[i].size
}

/**
 * Where the text of a cell can end: at least where the column's widest
 * text ends, at most a gap before the next column's text (no bound for
 * the last column).
 */
interface CellEdges {
  least: number
  most: number
}

function cellEdges(columns: ColumnRange[], c: number, size: number): CellEdges {
  const next = columns[c + 1]
  return { least: columns[c].right, most: next ? next.left - SEGMENT_GAP * size : Infinity }
}

/** The gap between "close" (same cell) and "wide" (next row) line gaps, if both kinds occur. */
function rowGapOf(lines: PdfLine[]): number | undefined {
  const gaps = lines.slice(1).map((line, i) => line.y - lines[i].y)
  const closeGap = Math.min(...gaps) * CLOSE_GAP
  return gaps.some((gap) => gap > closeGap) ? closeGap : undefined
}

function startsRow(
  lines: PdfLine[],
  placed: LineCells[],
  i: number,
  rowGap: number | undefined,
  firstColumn: CellEdges
): boolean {
  if (rowGap !== undefined) return lines[i].y - lines[i - 1].y > rowGap
  const [first] = placed[i]
  const [firstAbove] = placed[i - 1]
  if (first.length === 0) return false
  const line = joinSegments(first)
  // A bare number in the first column is the next STT, not the rest of the number above.
  if (firstAbove.length === 0 || /^\d+[.)]?$/.test(line.text)) return true
  return !isWrapped(joinSegments(firstAbove), line, firstColumn)
}

function cellsOfLine(line: PdfLine, columns: ColumnRange[]): LineCells {
  const cells: LineCells = columns.map(() => [])
  for (const segment of line.segments) cells[columnOf(segment, columns)].push(segment)
  return cells
}

/** The column the segment overlaps most (the nearest one if it overlaps none). */
function columnOf(segment: PdfSegment, columns: ColumnRange[]): number {
  let best = 0
  let bestScore = -Infinity
  columns.forEach((column, i) => {
    const score = Math.min(segment.right, column.right) - Math.max(segment.x, column.left)
    if (score > bestScore) {
      best = i
      bestScore = score
    }
  })
  return best
}

/** One cell from its segments on each line of the row (empty where the cell has no text on that line). */
function tableCell(
  cellLines: Array<{ segments: PdfSegment[]; afterSpace: boolean }>,
  edges: CellEdges
): TableCell {
  const paragraphs: string[] = []
  let previous: PdfSegment | undefined
  for (const { segments, afterSpace } of cellLines) {
    if (segments.length === 0) continue
    const line = joinSegments(segments)
    if (previous && !afterSpace && isWrapped(previous, line, edges))
      paragraphs[paragraphs.length - 1] += ` ${line.text}`
    else paragraphs.push(line.text)
    previous = line
  }
  const cleaned = paragraphs.map(repairPdfText).filter(Boolean)
  return { text: cleaned.join('\n'), paragraphs: cleaned, colSpan: 1, rowSpan: 1 }
}

function joinSegments(segments: PdfSegment[]): PdfSegment {
  return {
    text: segments.map((s) => s.text).join(' '),
    x: segments[0].x,
    right: segments.at(-1)!.right,
  }
}

/**
 * Whether `line` is the wrapped rest of the paragraph on the line above.
 * Never when it starts with a list marker or is a column marker such as
 * "(2)" under a header, nor between upper-case lines
 * (header and signature blocks stack lines such as "TRƯỜNG: …", "TỔ: …").
 * When its first word would have fitted on the line above before the
 * column's widest text ends, the line was broken on purpose; when the
 * word would not have fitted even before the next column, it wrapped.
 * In between, a lower-case start says it wrapped.
 */
function isWrapped(above: PdfSegment, line: PdfSegment, edges: CellEdges): boolean {
  if (numberingPrefix(line.text) || /^([-+•–]\s|\(\d+\)$)/.test(line.text)) return false
  if (isAllCaps(above.text) || isAllCaps(line.text)) return false
  if (firstWordFits(above, line, edges.least)) return false
  return !firstWordFits(above, line, edges.most) || /^\p{Ll}/u.test(line.text)
}
