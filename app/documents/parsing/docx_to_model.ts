/*
|--------------------------------------------------------------------------
| DOCX → DocumentModel
|--------------------------------------------------------------------------
|
| Walks mammoth's document tree once: paragraphs become headings or
| paragraphs (style, numbering, bold), tables keep rows, header rows, spans
| and vertical merges, page breaks are kept as blocks. Text typed with a
| legacy Vietnamese font (TCVN3 .VnTime, VNI-Times) is converted to Unicode
| run by run, by the font that draws it (docx_legacy_runs.ts), so a Unicode
| plan with a date line typed in VNI-Times reads right; a file with no font
| named but legacy text throughout is converted as a whole.
*/
import type { DocumentModel, TableCell, TableRow } from '../../../plugins/document_model.js'
import { prepareDocumentXml } from './docx_document_xml.js'
import { decodeParagraphRuns, type RunText } from './docx_legacy_runs.js'
import { readStyleFonts, type StyleFonts } from './docx_style_fonts.js'
import {
  readMammothDocument,
  type MammothNode,
  type MammothParagraph,
  type MammothTable,
} from './mammoth_document.js'
import { ModelBuilder } from './model_builder.js'
import { layoutTableFlags } from './table_borders.js'
import { normalizeText } from './text_normalization.js'
import {
  decodeLegacy,
  detectLegacyEncoding,
  type LegacyEncoding,
} from './vietnamese_legacy_encodings.js'

export interface DocxInput {
  bytes: Uint8Array
  /** word/document.xml, when the caller already inflated it (the safety checks do). */
  documentXml?: string
  /** word/styles.xml, likewise: the fonts set by styles. */
  stylesXml?: string
}

export async function docxToModel(input: DocxInput): Promise<DocumentModel> {
  const { document, warnings } = await readMammothDocument(
    input.bytes,
    input.documentXml ? prepareDocumentXml(input.documentXml) : undefined
  )
  const walker = new DocxWalker(
    input.documentXml ? layoutTableFlags(input.documentXml) : [],
    readStyleFonts(input.stylesXml)
  )
  document.children.forEach((node, index) => walker.visitBodyElement(node, index))
  return walker.finish(warnings)
}

interface RunState {
  runs: RunText[]
  pageBreakAfter: boolean
}

interface RunContext {
  bold: boolean
  /** Font named by the run or its character style. */
  font: string | null
  /** Font the paragraph's style (or the document default) gives runs that name none. */
  inherited: string | null
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

  constructor(
    private readonly layoutFlags: boolean[],
    private readonly styleFonts: StyleFonts
  ) {}

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
    const rows = withVerticalMergePlaceholders(
      table.children.map((row) => ({
        isHeader: row.isHeader,
        cells: row.children.map((cell) =>
          this.tableCell(cell.children, cell.colSpan, cell.rowSpan)
        ),
      }))
    )
    this.model.add({ type: 'table', rows, source: { index }, ...(layout ? { layout: true } : {}) })
  }

  /** Cell paragraphs in order; a nested table contributes its rows as lines. */
  tableCell(children: MammothNode[], colSpan: number, rowSpan: number): TableCell {
    const paragraphs: string[] = []
    const collect = (nodes: MammothNode[]) => {
      for (const node of nodes) {
        if (node.type === 'paragraph') paragraphs.push(normalizeText(this.paragraphText(node).raw))
        else if (node.type === 'table')
          node.children.forEach((r) => r.children.forEach((c) => collect(c.children)))
      }
    }
    collect(children)
    const lines = paragraphs.filter(Boolean)
    return { text: lines.join('\n'), paragraphs: lines, colSpan, rowSpan }
  }

  paragraphText(paragraph: MammothParagraph): ParagraphText {
    const inherited = this.styleFonts.fontOfStyle(paragraph.styleId) ?? this.styleFonts.defaultFont
    const state: RunState = { runs: [], pageBreakAfter: false }
    this.collectRuns(paragraph.children, state, {
      bold: false,
      font: null,
      inherited: inherited ?? null,
    })
    const { runs, encodings } = decodeParagraphRuns(state.runs)
    for (const encoding of encodings) this.#legacyFonts.add(encoding)
    let raw = ''
    let boldChars = 0
    let plainChars = 0
    for (const run of runs) {
      raw += run.text
      const visible = run.text.replace(/\s/g, '').length
      if (run.bold) boldChars += visible
      else plainChars += visible
    }
    return { raw, bold: boldChars > 0 && plainChars === 0, pageBreakAfter: state.pageBreakAfter }
  }

  /** The text of each run with the font that draws it: its own, else its character style's, else the paragraph's. */
  collectRuns(nodes: MammothNode[], state: RunState, run: RunContext): void {
    for (const node of nodes) {
      if (node.type === 'run') {
        const font = node.font ?? this.styleFonts.fontOfStyle(node.styleId) ?? null
        this.collectRuns(node.children, state, {
          bold: node.isBold,
          font,
          inherited: run.inherited,
        })
      } else if (node.type === 'text')
        state.runs.push({
          text: node.value,
          bold: run.bold,
          font: run.font ?? run.inherited,
          fontNamed: run.font !== null,
        })
      else if (node.type === 'tab')
        state.runs.push({ text: '\t', bold: run.bold, font: null, fontNamed: false })
      else if (node.type === 'break') {
        if (node.breakType === 'page') state.pageBreakAfter = true
        else state.runs.push({ text: '\n', bold: run.bold, font: null, fontNamed: false })
      } else if ('children' in node && node.children) this.collectRuns(node.children, state, run)
    }
  }

  finish(warnings: string[]): DocumentModel {
    this.model.warnings.push(...warnings)
    const [fontEncoding] = this.#legacyFonts
    if (fontEncoding)
      return this.model.build('docx', {
        legacyEncoding: { encoding: fontEncoding, converted: true },
      })
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
      for (
        let m = pending.find((p) => p.column === column && p.rowsLeft > 0);
        m;
        m = pending.find((p) => p.column === column && p.rowsLeft > 0)
      ) {
        cells.push({
          text: '',
          paragraphs: [],
          colSpan: m.colSpan,
          rowSpan: 1,
          mergedFromAbove: true,
        })
        m.rowsLeft--
        column += m.colSpan
      }
    }
    for (const cell of row.cells) {
      fillMerged()
      if (cell.rowSpan > 1)
        pending.push({ column, colSpan: cell.colSpan, rowsLeft: cell.rowSpan - 1 })
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
    if (block.type === 'heading' || block.type === 'paragraph')
      return { ...block, text: convert(block.text), raw: block.raw }
    if (block.type === 'table') {
      return {
        ...block,
        rows: block.rows.map((r) => ({
          ...r,
          cells: r.cells.map((c) => ({
            ...c,
            text: convert(c.text),
            paragraphs: c.paragraphs.map(convert),
          })),
        })),
      }
    }
    return block
  })
  return {
    ...model,
    blocks,
    text: convert(model.text),
    legacyEncoding: { encoding, converted: true },
  }
}
