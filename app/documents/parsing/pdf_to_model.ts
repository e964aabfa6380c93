/*
|--------------------------------------------------------------------------
| PDF → DocumentModel
|--------------------------------------------------------------------------
|
| pdf.js gives positioned text per page (pdf_text_items.ts), rebuilt into
| visual lines (pdf_lines.ts). Runs of lines whose text keeps to columns
| become tables (pdf_table_regions.ts, pdf_table_rows.ts); a table cut by
| a page break is joined back. The other lines are rebuilt into paragraphs
| (wrapped lines joined), headings are inferred from numbering and upper
| case (a PDF text layer does not say what is bold), and text-layer
| artifacts are repaired (ƣ → ư, doubled letters from fake bold; spec §9.7).
*/
import type { DocumentModel, TableBlock } from '../../../plugins/document_model.js'
import { numberingPrefix } from './heading_inference.js'
import { ModelBuilder } from './model_builder.js'
import { ParseRefusal } from './parse_refusal.js'
import { firstWordFits, lineText, pageLines, type PdfLine } from './pdf_lines.js'
import { findTableRegions, type ColumnRange, type TableRegion } from './pdf_table_regions.js'
import { continuedColumns, inTableColumns } from './pdf_table_continuation.js'
import { tableRows } from './pdf_table_rows.js'
import { furnitureOf, hasReadableText } from './pdf_page_furniture.js'
import { isLayoutBlock, linesUnderColumns, type BlockPlace } from './pdf_layout_blocks.js'
import { readPdfTextItems, type PdfTextItem } from './pdf_text_items.js'
import { isAllCaps, repairPdfText } from './pdf_text_repair.js'

export interface PdfLimits {
  maxPages: number
}

export async function pdfToModel(bytes: Uint8Array, limits: PdfLimits): Promise<DocumentModel> {
  try {
    const { pages } = await readPdfTextItems(bytes, limits.maxPages)
    const pageLineLists = pages.map(pageLines)
    const furniture = furnitureOf(pageLineLists)
    if (!hasReadableText(pageLineLists, furniture))
      throw new ParseRefusal('unreadable', 'no_text_layer', 'parsing.no_text_layer')
    return modelFromPdfLines(pageLineLists, furniture)
  } catch (error) {
    throw asRefusal(error)
  }
}

/** The model of a PDF from the positioned text items of each page. */
export function modelFromPdfItems(pages: PdfTextItem[][]): DocumentModel {
  const pageLineLists = pages.map(pageLines)
  return modelFromPdfLines(pageLineLists, furnitureOf(pageLineLists))
}

/**
 * Furniture is left out of the reading flow, except at the top of the
 * first page, where a running header may be the only place the school or
 * the group is named.
 */
function modelFromPdfLines(pageLineLists: PdfLine[][], furniture: boolean[][]): DocumentModel {
  const bodies = pageLineLists.map((lines, p) =>
    lines.filter((_, i) => !furniture[p][i] || (p === 0 && i < lines.length / 2))
  )
  const reader = new PdfModelReader(textRightEdge(bodies))
  bodies.forEach((lines, i) => reader.addPage(lines, i + 1, i === bodies.length - 1))
  return reader.model.build('pdf', { pageCount: pageLineLists.length })
}

function asRefusal(error: unknown): unknown {
  if (error instanceof ParseRefusal) return error
  const name = error instanceof Error ? error.name : ''
  if (name === 'PasswordException')
    return new ParseRefusal('rejected', 'encrypted', 'parsing.encrypted')
  if (name === 'InvalidPDFException' || name === 'FormatError')
    return new ParseRefusal('rejected', 'corrupt', 'parsing.corrupt')
  return error
}

/** A table that ended its page, which the next page may continue. */
interface OpenTable {
  block: TableBlock
  columns: ColumnRange[]
  rowGap?: number
}

class PdfModelReader {
  readonly model = new ModelBuilder()
  #openTable: OpenTable | undefined

  /** `textRight`: where the widest body text line of the document ends. */
  constructor(private readonly textRight: number) {}

  addPage(lines: PdfLine[], page: number, isLastPage: boolean): void {
    if (page > 1) this.model.addPageBreak({ page, index: 0 })
    const regions = findTableRegions(lines, { tableContinues: this.#openTable !== undefined })
    const widest = Math.max(...lines.map((l) => lineText(l).length), 1)
    let i = 0
    for (const region of [...regions, undefined]) {
      if (region && region.start < i) continue
      const textEnd = region?.start ?? lines.length
      while (i < textEnd) i = this.addText(lines, i, textEnd, widest, page)
      if (!region) break
      i = this.addRegion(lines, region, { page, isLastPage })
    }
  }

  /** Adds a table region as a layout block or a data table; returns the line after it. */
  addRegion(lines: PdfLine[], region: TableRegion, place: BlockPlace): number {
    if (region.signature || isLayoutBlock(lines, region, place)) {
      // A closing block may have its signers' names below the signing space.
      const opensDocument = place.page === 1 && region.start === 0
      const end = opensDocument ? region.end : linesUnderColumns(lines, region.end, region.columns)
      this.addLayoutBlock(lines, { ...region, end }, place.page)
      return end
    }
    this.addTable(lines, region, place.page)
    return region.end
  }

  /** Adds the paragraph or heading starting at line `start`; returns the line after it. */
  addText(lines: PdfLine[], start: number, end: number, widest: number, page: number): number {
    this.#openTable = undefined
    const last = paragraphEnd(lines, start, end, (above, next) =>
      wrapsInto(above, next, widest, this.textRight)
    )
    const raw = lines.slice(start, last).map(lineText).join('\n')
    const repaired = repairPdfText(raw)
    this.model.addLine(
      { raw, source: { page, index: lines[start].index }, bold: looksLikeHeading(repaired) },
      repaired
    )
    return last
  }

  /** A header or signature block: one borderless row, as Word lays it out. */
  addLayoutBlock(lines: PdfLine[], region: TableRegion, page: number): void {
    this.#openTable = undefined
    const { rows } = tableRows(lines.slice(region.start, region.end), region.columns, undefined, {
      singleRow: true,
    })
    this.model.add({
      type: 'table',
      rows,
      layout: true,
      source: { page, index: lines[region.start].index },
    })
  }

  addTable(lines: PdfLine[], region: TableRegion, page: number): void {
    const regionLines = lines.slice(region.start, region.end)
    const open = this.#openTable
    const mapping =
      open && region.start === 0 ? continuedColumns(open.columns, region.columns) : undefined
    if (open && mapping) {
      const rows = tableRows(regionLines, region.columns, open.rowGap).rows.map((row) =>
        inTableColumns(row, mapping, open.columns.length)
      )
      const repeatsHeader = rowText(rows[0]) === rowText(open.block.rows[0])
      open.block.rows.push(...(repeatsHeader ? rows.slice(1) : rows))
      return
    }
    const { rows, rowGap } = tableRows(regionLines, region.columns)
    this.model.add({ type: 'table', rows, source: { page, index: lines[region.start].index } })
    this.#openTable = {
      block: this.model.blocks.at(-1) as TableBlock,
      columns: region.columns,
      rowGap,
    }
  }
}

function rowText(row: TableBlock['rows'][number] | undefined): string {
  return row ? row.cells.map((c) => c.text).join('|') : ''
}

/** The right edge of the widest single-column text line (the right margin, for justified text). */
function textRightEdge(pages: PdfLine[][]): number {
  let right = 0
  for (const lines of pages)
    for (const line of lines)
      if (line.segments.length === 1) right = Math.max(right, line.segments[0].right)
  return right
}

/** A paragraph goes on over the lines that the line above wraps into. */
function paragraphEnd(
  lines: PdfLine[],
  start: number,
  limit: number,
  wraps: (above: PdfLine, next: PdfLine) => boolean
): number {
  let end = start + 1
  while (end < limit && lines[end].segments.length === 1 && wraps(lines[end - 1], lines[end])) end++
  return end
}

/**
 * The line above wrapped when it was nearly full width (by characters
 * on the page, or because the next word would not have fitted before
 * the right margin) and the next line does not start a new numbered item
 * nor right of the line's middle (a date line set to the right).
 * A long heading wraps too, into a line that starts in lower case.
 */
function wrapsInto(above: PdfLine, next: PdfLine, widest: number, textRight: number): boolean {
  const previous = lineText(above)
  const nextText = next.segments[0].text
  const full =
    previous.length >= widest * 0.75 ||
    !firstWordFits(above.segments.at(-1)!, next.segments[0], textRight)
  if (!full || numberingPrefix(nextText) || startsRightOfMiddle(above, next)) return false
  return !looksLikeHeading(previous) || /^\p{Ll}/u.test(nextText)
}

/** A line starting right of the middle of the line above (a date or a place pushed right) is not its rest. */
function startsRightOfMiddle(above: PdfLine, next: PdfLine): boolean {
  return next.segments[0].x > (above.segments[0].x + above.segments.at(-1)!.right) / 2
}

/**
 * No bold in a PDF text layer, so a short line that starts with a section
 * number and has no running text after a colon stands in for "bold".
 */
function looksLikeHeading(text: string): boolean {
  if (text.length > 100) return false
  if (isAllCaps(text)) return true
  const prefix = numberingPrefix(text)
  if (/^(\d+\.\s*)?hoạt động\s+\d/i.test(text)) return true
  if (!prefix || prefix.kind === 'lowerLetter') return false
  return !/:\s*\S/.test(text) && !/[.;,]$/.test(text)
}
