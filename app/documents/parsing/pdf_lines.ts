/*
|--------------------------------------------------------------------------
| PDF text → visual lines split into cells
|--------------------------------------------------------------------------
|
| pdf-parse's getText is asked to join text items with a marker character.
| pdf.js inserts a whitespace-only item where a line has a wide gap (between
| table columns, or the two halves of a header block), so a lone blank item
| between two markers is a column boundary.
*/

export const ITEM_MARKER = '\u0000'

export interface PdfLine {
  cells: string[]
  /** 0-based line number on its page. */
  index: number
}

export function splitPageLines(pageText: string): PdfLine[] {
  const lines: PdfLine[] = []
  for (const rawLine of pageText.split('\n')) {
    const cells = splitCells(rawLine)
    if (cells.length > 0) lines.push({ cells, index: lines.length })
  }
  return lines
}

function splitCells(rawLine: string): string[] {
  const cells: string[] = []
  let current = ''
  for (const item of rawLine.split(ITEM_MARKER)) {
    if (item.length > 0 && item.trim() === '' && current.trim() !== '') {
      cells.push(current.trim())
      current = ''
    } else current += item
  }
  if (current.trim()) cells.push(current.trim())
  return cells
}
