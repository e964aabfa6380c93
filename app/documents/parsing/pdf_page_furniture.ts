/*
|--------------------------------------------------------------------------
| Page furniture of a PDF, and whether anything else is there to read
|--------------------------------------------------------------------------
|
| Running headers, footers and page numbers repeat at the top or bottom of
| most pages. Left in the reading flow they cut every table that goes on
| over a page break, and on a scan they are the whole text layer (with a
| watermark): a scan then looks like a short text document and is checked
| as one. A line is furniture when it sits among the first or last lines
| of its page and the same text sits there, at the same height, on most
| pages; for a page number ("Trang 3", "- 4 -", "3/12") only the digits may
| differ.
|
| A file is readable when the median page still has some text once the
| furniture is gone: a page of a typed plan carries hundreds of letters, a
| scanned page only its header, page number or watermark.
*/
import { lineText, type PdfLine } from './pdf_lines.js'

/** How many lines at the top and at the bottom of a page may be furniture. */
const BAND = 2
/** Furniture keeps its height on the page to within about this many points. */
const SAME_HEIGHT = 8
/** A page number line has at most this many letters ("Trang", "Page"). */
const PAGE_NUMBER_LETTERS = 6
/** Share of the pages a line must repeat on (and at least two pages). */
const MOST_PAGES = 0.6
/** Below this many letters on the median page (furniture removed), the file has no readable text. */
const MIN_LETTERS_PER_PAGE = 40

const LETTER = /\p{L}/gu

/** For each page, which of its lines are furniture. */
export function furnitureOf(pages: PdfLine[][]): boolean[][] {
  const keysByPage = pages.map((lines) =>
    lines.map((line, i) => (inBand(i, lines.length) ? furnitureKey(line) : undefined))
  )
  const pagesWithKey = new Map<string, number>()
  for (const keys of keysByPage) {
    for (const key of new Set(keys))
      if (key !== undefined) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1)
  }
  const needed = Math.max(2, Math.ceil(pages.length * MOST_PAGES))
  return keysByPage.map((keys) =>
    keys.map((key) => key !== undefined && (pagesWithKey.get(key) ?? 0) >= needed)
  )
}

/** Whether the median page has at least MIN_LETTERS_PER_PAGE letters outside the furniture. */
export function hasReadableText(pages: PdfLine[][], furniture: boolean[][]): boolean {
  const letters = pages.map((lines, p) =>
    lines.reduce((n, line, i) => (furniture[p][i] ? n : n + letterCount(lineText(line))), 0)
  )
  letters.sort((a, b) => a - b)
  const middle = letters.length >> 1
  const median = letters.length % 2 ? letters[middle] : (letters[middle - 1] + letters[middle]) / 2
  return median >= MIN_LETTERS_PER_PAGE
}

function inBand(i: number, count: number): boolean {
  return i < BAND || i >= count - BAND
}

function furnitureKey(line: PdfLine): string {
  const text = lineText(line).toLowerCase()
  const pageNumber = letterCount(text) <= PAGE_NUMBER_LETTERS && /\d/.test(text)
  return `${Math.round(line.y / SAME_HEIGHT)} ${pageNumber ? text.replace(/\d+/g, '#') : text}`
}

function letterCount(text: string): number {
  return text.match(LETTER)?.length ?? 0
}
