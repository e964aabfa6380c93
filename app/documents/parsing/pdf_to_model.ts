/*
|--------------------------------------------------------------------------
| PDF → DocumentModel
|--------------------------------------------------------------------------
|
| pdf-parse (pdf.js) gives text per page. Visual lines are rebuilt into
| paragraphs (wrapped lines joined), headings are inferred from numbering
| and upper case (a PDF text layer does not say what is bold), runs of
| lines with several columns become tables, and text-layer artifacts are
| repaired (ƣ → ư, doubled letters from fake bold; spec §9.7).
*/
import { PDFParse } from 'pdf-parse'
import type { DocumentModel, TableRow } from '../../../plugins/document_model.js'
import { isUpperCase, numberingPrefix } from './heading_inference.js'
import { ModelBuilder } from './model_builder.js'
import { ParseRefusal } from './parse_refusal.js'
import { ITEM_MARKER, splitPageLines, type PdfLine } from './pdf_lines.js'
import { normalizeText, repairPdfCharacters, undoubleCharacters } from './text_normalization.js'

export interface PdfLimits {
  maxPages: number
}

/** Fewer letters than this in the whole file: there is no usable text layer. */
const MIN_LETTERS = 20

export async function pdfToModel(bytes: Uint8Array, limits: PdfLimits): Promise<DocumentModel> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) })
  try {
    const pages = await readPages(parser, limits)
    const letters = pages.reduce((n, page) => n + (page.match(/\p{L}/gu)?.length ?? 0), 0)
    if (letters < MIN_LETTERS) throw new ParseRefusal('unreadable', 'no_text_layer', 'parsing.no_text_layer')
    const model = new ModelBuilder()
    pages.forEach((text, i) => addPage(model, splitPageLines(text), i + 1, i > 0))
    return model.build('pdf', { pageCount: pages.length })
  } catch (error) {
    throw asRefusal(error)
  } finally {
    await parser.destroy()
  }
}

async function readPages(parser: PDFParse, limits: PdfLimits): Promise<string[]> {
  const info = await parser.getInfo()
  if (info.total > limits.maxPages) throw new ParseRefusal('rejected', 'too_many_pages', 'parsing.too_many_pages')
  const result = await parser.getText({ itemJoiner: ITEM_MARKER, pageJoiner: '' })
  return result.pages.map((page) => page.text)
}

function asRefusal(error: unknown): unknown {
  if (error instanceof ParseRefusal) return error
  const name = error instanceof Error ? error.name : ''
  if (name === 'PasswordException') return new ParseRefusal('rejected', 'encrypted', 'parsing.encrypted')
  if (name === 'InvalidPDFException' || name === 'FormatError') return new ParseRefusal('rejected', 'corrupt', 'parsing.corrupt')
  return error
}

function addPage(model: ModelBuilder, lines: PdfLine[], page: number, breakBefore: boolean): void {
  if (breakBefore) model.addPageBreak({ page, index: 0 })
  const widest = Math.max(...lines.map((l) => l.cells.join(' ').length), 1)
  let i = 0
  while (i < lines.length) {
    const tableEnd = tableRunEnd(lines, i)
    if (tableEnd > i + 1) {
      model.add({ type: 'table', rows: lines.slice(i, tableEnd).map(tableRow), source: { page, index: lines[i].index } })
      i = tableEnd
      continue
    }
    const end = paragraphEnd(lines, i, widest)
    const raw = lines.slice(i, end).map((l) => l.cells.join(' ')).join('\n')
    addTextLine(model, raw, page, lines[i].index)
    i = end
  }
}

/** Lines from `start` that all have two or more columns: a table (or a header block). */
function tableRunEnd(lines: PdfLine[], start: number): number {
  let end = start
  while (end < lines.length && lines[end].cells.length >= 2) end++
  return end
}

function tableRow(line: PdfLine): TableRow {
  return {
    isHeader: false,
    cells: line.cells.map((raw) => {
      const text = normalizeText(repairPdfCharacters(raw))
      return { text, paragraphs: [text], colSpan: 1, rowSpan: 1 }
    }),
  }
}

/**
 * A paragraph goes on while the previous line was nearly full width (it
 * wrapped) and the next line does not start a new numbered item.
 */
function paragraphEnd(lines: PdfLine[], start: number, widest: number): number {
  let end = start + 1
  while (end < lines.length && lines[end].cells.length === 1) {
    const previous = lines[end - 1].cells.join(' ')
    const next = lines[end].cells[0]
    if (previous.length < widest * 0.75 || numberingPrefix(next) || looksLikeHeading(previous)) break
    end++
  }
  return end
}

function addTextLine(model: ModelBuilder, raw: string, page: number, index: number): void {
  const repaired = normalizeText(undoubleCharacters(repairPdfCharacters(raw)))
  model.addLine({ raw, source: { page, index }, bold: looksLikeHeading(repaired) }, repaired)
}

/**
 * No bold in a PDF text layer, so a short line that starts with a section
 * number and has no running text after a colon stands in for "bold".
 */
function looksLikeHeading(text: string): boolean {
  if (text.length > 100) return false
  if (isUpperCase(text)) return true
  const prefix = numberingPrefix(text)
  if (/^(\d+\.\s*)?hoạt động\s+\d/i.test(text)) return true
  if (!prefix || prefix.kind === 'lowerLetter') return false
  return !/:\s*\S/.test(text) && !/[.;,]$/.test(text)
}
