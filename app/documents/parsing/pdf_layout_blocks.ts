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
*/
import type { PdfLine } from './pdf_lines.js'
import type { ColumnRange, TableRegion } from './pdf_table_regions.js'

/** Layout blocks are short. */
const MAX_LINES = 8
const MAX_COLUMNS = 3
/** Lines below a signature block on the last page (the signers' names under the signing space). */
const MAX_LINES_AFTER = 3
/** How far (points) a line's centre may sit from its column's centre and still be centred. */
const CENTRE_TOLERANCE = 3

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
  return lines.slice(region.start, region.end).every((line) => line.segments.every((segment) => isCentred(segment, region.columns)))
}

function isCentred(segment: { x: number; right: number }, columns: ColumnRange[]): boolean {
  const column = columns.find((c) => segment.x >= c.left - CENTRE_TOLERANCE && segment.right <= c.right + CENTRE_TOLERANCE)
  if (!column) return false
  return Math.abs((segment.x + segment.right) / 2 - (column.left + column.right) / 2) <= CENTRE_TOLERANCE
}
