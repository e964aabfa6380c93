/*
|--------------------------------------------------------------------------
| Where the tables are on a PDF page
|--------------------------------------------------------------------------
|
| A table is a run of lines whose text stays inside stable column x-ranges.
| It starts at a line with two or more segments and grows line by line:
| each segment must fall within one column (it may widen that column or
| open a new one in a free gap), never across the gap between two columns.
| A line that crosses a gap (a heading, a paragraph, a centred title),
| sits too far below, or is a section heading set apart from the table
| ends the run.
|
| Wrapped cell text makes lines with a single segment inside the table;
| after the last multi-segment line only such close continuation lines are
| kept, so the paragraph below a table is not swallowed. A run needs at
| least two multi-segment lines: a single line with a wide gap (a date
| pushed to the right, stretched justified text) is not a table, unless
| it opens a page while a table from the page before is still open (the
| last row of that table, pushed over the page break).
*/
import { numberingPrefix } from './heading_inference.js'
import type { PdfLine, PdfSegment } from './pdf_lines.js'
import { signatureRow } from './pdf_layout_blocks.js'

export interface ColumnRange {
  left: number
  right: number
}

export interface TableRegion {
  /** Line indices [start, end) on the page. */
  start: number
  end: number
  /** Column x-ranges, left to right (the union of the text placed in each). */
  columns: ColumnRange[]
  /** A row of signers side by side, with what is set under each (pdf_layout_blocks.ts). */
  signature?: boolean
}

/** Lines further apart than this (× font size) are not in the same table. */
const MAX_LINE_GAP = 3
/** A continuation line is at most this much further down than the closest lines of the table. */
const CONTINUATION_SLACK = 1.25
/** Overlap (points) ignored when checking that text stays in one column. */
const EDGE_TOLERANCE = 1

export interface RegionOptions {
  /** The previous page ended inside a table, which the top of this page may continue. */
  tableContinues?: boolean
}

export function findTableRegions(lines: PdfLine[], options: RegionOptions = {}): TableRegion[] {
  const regions: TableRegion[] = []
  for (let start = 0; start < lines.length; start++) {
    if (lines[start].segments.length < 2) continue
    const region =
      growRegion(lines, start, start === 0 && options.tableContinues ? 1 : 2) ??
      signatureRow(lines, start)
    if (region) {
      regions.push(region)
      start = region.end - 1
    }
  }
  return regions
}

function growRegion(
  lines: PdfLine[],
  start: number,
  minMultiLines: number
): TableRegion | undefined {
  let columns: ColumnRange[] = []
  let widestGap = 0
  const accepted: Array<{ line: PdfLine; columns: ColumnRange[] }> = []
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]
    const gap = i > start ? line.y - lines[i - 1].y : 0
    if (
      gap > MAX_LINE_GAP * line.size ||
      (i > start + 1 && isSectionAfterTable(line, gap, widestGap))
    )
      break
    widestGap = Math.max(widestGap, gap)
    const next = placeSegments(columns, line.segments)
    if (!next) break
    columns = next
    accepted.push({ line, columns })
  }
  const kept = withoutTrailingText(accepted.map((a) => a.line))
  if (kept.filter((l) => l.segments.length >= 2).length < minMultiLines) return undefined
  return { start, end: start + kept.length, columns: accepted[kept.length - 1].columns }
}

/**
 * A top-level section heading ("IV. Điều chỉnh sau bài dạy", "B. …") set
 * further below than any line of the table so far: the table has ended,
 * even though the heading's text happens to fit inside its first column.
 */
function isSectionAfterTable(line: PdfLine, gap: number, widestGap: number): boolean {
  return (
    line.segments.length === 1 &&
    gap > widestGap &&
    numberingPrefix(line.segments[0].text)?.level === 1
  )
}

/**
 * Adds a line's segments to the column ranges; undefined when a segment
 * overlaps two columns (the line does not belong to this table).
 */
function placeSegments(columns: ColumnRange[], segments: PdfSegment[]): ColumnRange[] | undefined {
  const next = columns.map((c) => ({ ...c }))
  for (const segment of segments) {
    const overlapping = next.filter(
      (c) => segment.x < c.right - EDGE_TOLERANCE && segment.right > c.left + EDGE_TOLERANCE
    )
    if (overlapping.length > 1) return undefined
    const [column] = overlapping
    if (column) {
      column.left = Math.min(column.left, segment.x)
      column.right = Math.max(column.right, segment.right)
    } else next.push({ left: segment.x, right: segment.right })
  }
  next.sort((a, b) => a.left - b.left)
  return next.every((c, i) => i === 0 || c.left >= next[i - 1].right - EDGE_TOLERANCE)
    ? next
    : undefined
}

/**
 * Drops the single-segment lines after the last multi-segment line unless
 * they continue a cell: as close as the table's own wrapped lines and in a
 * column that had text on the line above.
 */
function withoutTrailingText(lines: PdfLine[]): PdfLine[] {
  let lastMulti = lines.length - 1
  while (lastMulti > 0 && lines[lastMulti].segments.length < 2) lastMulti--
  const gaps = lines.slice(1).map((line, i) => line.y - lines[i].y)
  const continuationGap = Math.min(...gaps) * CONTINUATION_SLACK
  let end = lastMulti + 1
  while (
    end < lines.length &&
    gaps[end - 1] <= continuationGap &&
    continuesAbove(lines[end - 1], lines[end].segments[0])
  )
    end++
  return lines.slice(0, end)
}

function continuesAbove(above: PdfLine, segment: PdfSegment): boolean {
  return above.segments.some((s) => s.x < segment.right && s.right > segment.x)
}
