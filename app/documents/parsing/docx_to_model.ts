/*
|--------------------------------------------------------------------------
| DOCX → DocumentModel
|--------------------------------------------------------------------------
|
| Walks mammoth's document tree once: paragraphs become headings or
| paragraphs (style, numbering, bold), tables keep rows, header rows, spans
| and vertical merges, page breaks are kept as blocks. Text typed with a
| legacy Vietnamese font (TCVN3 .VnTime, VNI-Times) is converted to Unicode.
*/
import type { DocumentModel, TableCell, TableRow } from '../../../plugins/document_model.js'
import { readMammothDocument, type MammothNode, type MammothParagraph, type MammothTable } from './mammoth_document.js'
import { ModelBuilder } from './model_builder.js'
import { layoutTableFlags } from './table_borders.js'
import { normalizeText } from './text_normalization.js'
import { decodeLegacy, detectLegacyEncoding, encodingOfFont, isTcvn3CapitalFont, type LegacyEncoding } from './vietnamese_legacy_encodings.js'

export interface DocxInput {
  bytes: Uint8Array
  /** word/document.xml, when the caller already inflated it (the safety checks do). */
  documentXml?: string
}

export async function docxToModel(input: DocxInput): Promise<DocumentModel> {
  const { document, warnings } = await readMammothDocument(input.bytes)
  const walker = new DocxWalker(input.documentXml ? layoutTableFlags(input.documentXml) : [])
  document.children.forEach((node, index) => walker.visitBodyElement(node, index))
  return walker.finish(warnings)
}

interface ParagraphText {
  raw: string
  bold: boolean
  pageBreakAfter: boolean
}

class DocxWalker {
  readonly model = new ModelBuilder()
  #tableIndex = 0
  #legacyFonts = new Set<LegacyEncoding>()

  constructor(private readonly layoutFlags: boolean[]) {}

  visitBodyElement(node: MammothNode, index: number): void {
    if (node.type === 'paragraph') this.visitParagraph(node, index)
    else if (node.type === 'table') this.visitTable(node, index)
  }

  visitParagraph(paragraph: MammothParagraph, index: number): void {
    const { raw, bold, pageBreakAfter } = this.paragraphText(paragraph)
    const list = paragraph.numbering
      ? { level: Number(paragraph.numbering.level) || 0, ordered: paragraph.numbering.isOrdered }
      : undefined
    this.model.addLine({ raw, source: { index }, styleName: paragraph.styleName, bold, list })
    if (pageBreakAfter) this.model.addPageBreak({ index })
  }

  visitTable(table: MammothTable, index: number): void {
    const layout = this.layoutFlags[this.#tableIndex++]
    const rows = withVerticalMergePlaceholders(table.children.map((row) => ({
      isHeader: row.isHeader,
      cells: row.children.map((cell) => this.tableCell(cell.children, cell.colSpan, cell.rowSpan)),
    })))
    this.model.add({ type: 'table', rows, source: { index }, ...(layout ? { layout: true } : {}) })
  }

  /** Cell paragraphs in order; a nested table contributes its rows as lines. */
  tableCell(children: MammothNode[], colSpan: number, rowSpan: number): TableCell {
    const paragraphs: string[] = []
    const collect = (nodes: MammothNode[]) => {
      for (const node of nodes) {
        if (node.type === 'paragraph') paragraphs.push(normalizeText(this.paragraphText(node).raw))
        else if (node.type === 'table') node.children.forEach((r) => r.children.forEach((c) => collect(c.children)))
      }
    }
    collect(children)
    const lines = paragraphs.filter(Boolean)
    return { text: lines.join('\n'), paragraphs: lines, colSpan, rowSpan }
  }

  paragraphText(paragraph: MammothParagraph): ParagraphText {
    const state = { raw: '', boldChars: 0, plainChars: 0, pageBreakAfter: false }
    this.collectRuns(paragraph.children, state, false, null)
    return { raw: state.raw, bold: state.boldChars > 0 && state.plainChars === 0, pageBreakAfter: state.pageBreakAfter }
  }

  collectRuns(nodes: MammothNode[], state: { raw: string; boldChars: number; plainChars: number; pageBreakAfter: boolean }, bold: boolean, font: string | null): void {
    for (const node of nodes) {
      if (node.type === 'run') this.collectRuns(node.children, state, node.isBold, node.font)
      else if (node.type === 'text') {
        const text = this.decodeRunText(node.value, font)
        state.raw += text
        const visible = text.replace(/\s/g, '').length
        if (bold) state.boldChars += visible
        else state.plainChars += visible
      } else if (node.type === 'tab') state.raw += '\t'
      else if (node.type === 'break') {
        if (node.breakType === 'page') state.pageBreakAfter = true
        else state.raw += '\n'
      } else if ('children' in node && node.children) this.collectRuns(node.children, state, bold, font)
    }
  }

  /** Runs in a legacy font carry that font's bytes, not Unicode. */
  decodeRunText(text: string, font: string | null): string {
    const encoding = encodingOfFont(font)
    if (!encoding) return text
    this.#legacyFonts.add(encoding)
    const decoded = decodeLegacy(text, encoding)
    return isTcvn3CapitalFont(font) ? decoded.toUpperCase() : decoded
  }

  finish(warnings: string[]): DocumentModel {
    this.model.warnings.push(...warnings)
    const [fontEncoding] = this.#legacyFonts
    if (fontEncoding) return this.model.build('docx', { legacyEncoding: { encoding: fontEncoding, converted: true } })
    const model = this.model.build('docx')
    const guessed = detectLegacyEncoding(model.text)
    return guessed ? convertLegacyModel(model, guessed) : model
  }
}

/**
 * mammoth drops the cells that continue a vertical merge. Put a placeholder
 * back in each, so every row lines up with the table's grid columns.
 */
function withVerticalMergePlaceholders(rows: TableRow[]): TableRow[] {
  const pending: Array<{ column: number; colSpan: number; rowsLeft: number }> = []
  return rows.map((row) => {
    const cells: TableCell[] = []
    let column = 0
    const fillMerged = () => {
      for (let m = pending.find((p) => p.column === column && p.rowsLeft > 0); m; m = pending.find((p) => p.column === column && p.rowsLeft > 0)) {
        cells.push({ text: '', paragraphs: [], colSpan: m.colSpan, rowSpan: 1, mergedFromAbove: true })
        m.rowsLeft--
        column += m.colSpan
      }
    }
    for (const cell of row.cells) {
      fillMerged()
      if (cell.rowSpan > 1) pending.push({ column, colSpan: cell.colSpan, rowsLeft: cell.rowSpan - 1 })
      cells.push(cell)
      column += cell.colSpan
    }
    fillMerged()
    return { ...row, cells }
  })
}

/** No legacy font named, but the text itself is TCVN3/VNI: convert every text field. */
function convertLegacyModel(model: DocumentModel, encoding: LegacyEncoding): DocumentModel {
  const convert = (text: string) => decodeLegacy(text, encoding).normalize('NFC')
  const blocks = model.blocks.map((block) => {
    if (block.type === 'heading' || block.type === 'paragraph') return { ...block, text: convert(block.text), raw: block.raw }
    if (block.type === 'table') {
      return { ...block, rows: block.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, text: convert(c.text), paragraphs: c.paragraphs.map(convert) })) })) }
    }
    return block
  })
  return { ...model, blocks, text: convert(model.text), legacyEncoding: { encoding, converted: true } }
}
