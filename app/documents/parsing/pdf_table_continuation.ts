/*
|--------------------------------------------------------------------------
| The part of a PDF table that goes on over a page break
|--------------------------------------------------------------------------
|
| Columns are rebuilt from the text, so the part on the next page rarely
| has exactly the same columns: a centred column holds narrower text, a
| column with no text on that page (notes left blank, a merged first
| column going on) is not there at all. The next part continues the table
| when each of its columns lies under one column of the table, left to
| right; its cells are then put back in the table's columns, with empty
| cells where it has none.
*/
import type { TableCell, TableRow } from '../../../plugins/document_model.js'
import type { ColumnRange } from './pdf_table_regions.js'

/** How far (points) a column's centre may sit outside the table column it continues. */
const SLACK = 20

/** For each column of the next part, the table column it continues; undefined when the part is another table. */
export function continuedColumns(table: ColumnRange[], next: ColumnRange[]): number[] | undefined {
  if (next.length > table.length || next.length < Math.min(2, table.length)) return undefined
  const mapping: number[] = []
  for (const column of next) {
    const index = nearestColumn(table, (column.left + column.right) / 2)
    if (index < 0 || index <= (mapping.at(-1) ?? -1)) return undefined
    mapping.push(index)
  }
  return mapping
}

/** The column the x lies in, or lies closest to within SLACK; -1 when none. */
function nearestColumn(columns: ColumnRange[], x: number): number {
  const distances = columns.map((c) => Math.max(c.left - x, x - c.right, 0))
  const nearest = Math.min(...distances)
  return nearest <= SLACK ? distances.indexOf(nearest) : -1
}

/** A row of the next part with its cells in the table's columns. */
export function inTableColumns(row: TableRow, mapping: number[], columnCount: number): TableRow {
  const cells: TableCell[] = Array.from({ length: columnCount }, () => ({
    text: '',
    paragraphs: [],
    colSpan: 1,
    rowSpan: 1,
  }))
  row.cells.forEach((cell, i) => (cells[mapping[i]] = cell))
  return { cells, isHeader: false }
}
