/*
|--------------------------------------------------------------------------
| Header and signature blocks of a PDF
|--------------------------------------------------------------------------
|
| A Vietnamese administrative document opens with a two-column header
| ("TRƯỜNG … | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỔ … | Độc lập - Tự do -
| Hạnh phúc") and ends with a signature block ("TỔ TRƯỞNG | HIỆU TRƯỞNG",
| "(Ký và ghi rõ họ tên)"). Word lays them out as one borderless table row
| whose cells hold several lines; the PDF only shows lines side by side,
| which would read as one row per line. A block is taken for such a
| layout table when every line is centred in its column and it sits where
| these blocks sit: opening the first page, or closing the last one.
|
| A signature row is found by its captions wherever it is (a file may hold
| several lessons, each signed): two to four short upper-case captions side
| by side ("NHÓM TRƯỞNG   TỔ TRƯỞNG   HIỆU TRƯỞNG"). The signing space leaves a
| wide gap before the names, so the lines set under the captions are taken
| into the block across that gap.
*/
import type { PdfLine, PdfSegment } from './pdf_lines.js'
import type { ColumnRange, TableRegion } from './pdf_table_regions.js'
import { isAllCaps } from './pdf_text_repair.js'

/** Layout blocks are short. */
const MAX_LINES = 8
const MAX_COLUMNS = 3
/** Lines below a signature block on the last page (the signers' names under the signing space). */
const MAX_LINES_AFTER = 3
/** How far (points) a line's centre may sit from its column's centre and still be centred. */
const CENTRE_TOLERANCE = 3
const MAX_SIGNERS = 4
const MAX_CAPTION_LENGTH = 40
/** The names may sit this far (× font size) below the line above: the signing space. */
const SIGNING_SPACE = 9

export interface BlockPlace {
  page: number
  isLastPage: boolean
}

export function isLayoutBlock(lines: PdfLine[], region: TableRegion, place: BlockPlace): boolean {
  const height = region.end - region.start
  if (height > MAX_LINES || region.columns.length > MAX_COLUMNS) return false
  const opensDocument = place.page === 1 && region.start === 0
  const closesDocument = place.isLastPage && lines.length - region.end <= MAX_LINES_AFTER
  if (!opensDocument && !closesDocument) return false
  return lines
    .slice(region.start, region.end)
    .every((line) => line.segments.every((segment) => isCentred(segment, region.columns)))
}

function isCentred(segment: { x: number; right: number }, columns: ColumnRange[]): boolean {
  const column = columns.find(
    (c) => segment.x >= c.left - CENTRE_TOLERANCE && segment.right <= c.right + CENTRE_TOLERANCE
  )
  if (!column) return false
  return (
    Math.abs((segment.x + segment.right) / 2 - (column.left + column.right) / 2) <= CENTRE_TOLERANCE
  )
}

/** A signature row starting at line `start`: its captions and the lines set under them. */
export function signatureRow(lines: PdfLine[], start: number): TableRegion | undefined {
  const captions = lines[start].segments
  if (captions.length < 2 || captions.length > MAX_SIGNERS) return undefined
  if (!captions.every((s) => s.text.length <= MAX_CAPTION_LENGTH && isAllCaps(s.text)))
    return undefined
  const columns = captions.map((s) => ({ left: s.x, right: s.right }))
  return { start, end: linesUnderColumns(lines, start + 1, columns), columns, signature: true }
}

/**
 * The end of the lines from `from` on that are set under `columns` (each
 * segment under a different column, no wider than the space between two
 * columns), however far below the signing space puts them. Widens the
 * columns to the text taken in.
 */
export function linesUnderColumns(lines: PdfLine[], from: number, columns: ColumnRange[]): number {
  const start = from
  let end = from
  while (end < lines.length && end - start < MAX_LINES_AFTER + 1) {
    const line = lines[end]
    if (line.y - lines[end - 1].y > SIGNING_SPACE * line.size) break
    const placed = placeUnder(line.segments, columns)
    if (!placed) break
    placed.forEach((column, i) => {
      column.left = Math.min(column.left, line.segments[i].x)
      column.right = Math.max(column.right, line.segments[i].right)
    })
    end++
  }
  return end
}

/** The column under which each segment is centred, or undefined when a segment belongs to none or two share one. */
function placeUnder(segments: PdfSegment[], columns: ColumnRange[]): ColumnRange[] | undefined {
  const centre = (r: { x?: number; left?: number; right: number }) =>
    ((r.x ?? r.left!) + r.right) / 2
  const spacing = Math.min(...columns.slice(1).map((c, i) => centre(c) - centre(columns[i])))
  const placed: ColumnRange[] = []
  for (const segment of segments) {
    if (segment.right - segment.x > spacing * 1.2) return undefined
    const column = columns.find((c) => Math.abs(centre(segment) - centre(c)) <= spacing / 2)
    if (!column || placed.includes(column)) return undefined
    placed.push(column)
  }
  return placed
}
