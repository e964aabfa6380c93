/*
|--------------------------------------------------------------------------
| PDF builder: renders a DocSpec to a PDF Buffer with pdfkit
|--------------------------------------------------------------------------
|
| Embeds DejaVu Sans (shipped by the `dejavu-fonts-ttf` npm package) so the
| text layer carries real Vietnamese characters. Tables are drawn as text
| placed in columns (with cell borders unless the table is borderless),
| which is what pdf-parse reads back as lines.
|
| `artifacts` reproduces text-layer defects of real PDFs (spec §9.7) so the
| parser's repairs can be tested: doubled characters in headings from fake
| bold ("TTẬẬPP"), bold drawn twice a fraction of a point apart (the other
| way fake bold reaches a text layer: every bold run twice) and `ƣ` in place
| of `ư`.
*/
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import PDFDocument from 'pdfkit'
import type { DocSpec, SpecBlock, SpecHeading, SpecParagraph, SpecTable } from './doc_spec.js'

export interface PdfOptions {
  artifacts?: {
    doubledHeadingChars?: boolean
    oHornForUHorn?: boolean
    /** Every bold run drawn a second time, this many points to the right (fake bold). */
    overprintedBold?: number
  }
  /** Encrypts the file (pdfkit RC4/AES); opening it needs this password. */
  userPassword?: string
}

const FONT_DIR = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf'
)
const MARGIN = 56
const BODY_SIZE = 11
const CELL_PADDING = 4
/** Blank lines left for signing above the names in a signature block. */
const SIGNING_SPACE_LINES = 5

type Pdf = PDFKit.PDFDocument

export async function toPdf(spec: DocSpec, options: PdfOptions = {}): Promise<Buffer> {
  const pdf = createPdf(options)
  const numbering = new NumberingCounters()
  for (const block of spec.blocks) renderBlock(pdf, block, numbering, options)
  return finish(pdf)
}

/** A PDF with pages that carry only vector shapes: no text layer at all. */
export async function toImageOnlyPdf(pages = 2): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN })
  for (let page = 0; page < pages; page++) {
    if (page > 0) pdf.addPage()
    for (let line = 0; line < 30; line++)
      pdf.rect(MARGIN, MARGIN + line * 22, 300 + (line % 5) * 30, 9).fill('#333')
  }
  return finish(pdf)
}

export function createPdf(options: PdfOptions = {}): Pdf {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    userPassword: options.userPassword,
    ownerPassword: options.userPassword,
    pdfVersion: options.userPassword ? '1.7' : undefined,
  })
  pdf.registerFont('body', join(FONT_DIR, 'DejaVuSans.ttf'))
  pdf.registerFont('bold', join(FONT_DIR, 'DejaVuSans-Bold.ttf'))
  pdf.registerFont('italic', join(FONT_DIR, 'DejaVuSans-Oblique.ttf'))
  return pdf.font('body').fontSize(BODY_SIZE)
}

export function finish(pdf: Pdf): Promise<Buffer> {
  const chunks: Buffer[] = []
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
  return new Promise((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)))
    pdf.on('error', reject)
    pdf.end()
  })
}

function renderBlock(
  pdf: Pdf,
  block: SpecBlock,
  numbering: NumberingCounters,
  options: PdfOptions
) {
  switch (block.type) {
    case 'heading':
      return renderHeading(pdf, block, options)
    case 'paragraph':
      return renderParagraph(pdf, block, numbering, options)
    case 'table':
      return renderTable(pdf, block, options)
    case 'pageBreak':
      pdf.addPage()
      return
  }
}

function renderHeading(pdf: Pdf, block: SpecHeading, options: PdfOptions) {
  let text = withArtifacts(block.text, options)
  if (options.artifacts?.doubledHeadingChars) text = doubleLetters(text)
  pdf.moveDown(0.4)
  pdf.font('bold').fontSize(block.level === 1 ? 13 : 12)
  overprint(pdf, options, true, (dx, y) =>
    pdf.text(text, MARGIN + dx, y, { width: textWidth(pdf), align: block.align ?? 'left' })
  )
  pdf.font('body').fontSize(BODY_SIZE)
}

function renderParagraph(
  pdf: Pdf,
  block: SpecParagraph,
  numbering: NumberingCounters,
  options: PdfOptions
) {
  const label = block.numbering
    ? `${numbering.next(block.numbering.format, block.numbering.level)} `
    : ''
  pdf.font(block.bold ? 'bold' : block.italic ? 'italic' : 'body')
  overprint(pdf, options, block.bold, (dx, y) =>
    pdf.text(
      label + withArtifacts(block.text, options),
      MARGIN + (block.numbering?.level ?? 0) * 18 + dx,
      y,
      {
        width: textWidth(pdf) - (block.numbering?.level ?? 0) * 18,
        align: block.align ?? 'left',
      }
    )
  )
  pdf.font('body')
}

/**
 * Tables are drawn line by line across the row (line 1 of every cell, then
 * line 2…), so the text layer keeps the cells of one visual line together,
 * as pdf-parse reads them: "cell 1<TAB>cell 2".
 */
function renderTable(pdf: Pdf, block: SpecTable, options: PdfOptions) {
  const columnX = columnPositions(pdf, block)
  pdf.moveDown(0.3)
  for (const specRow of block.rows) {
    const font = (bold?: boolean) => (bold || specRow.header ? 'bold' : 'body')
    const cells = placeCells(specRow.cells, columnX).map((c) => ({
      ...c,
      lines: wrap(
        pdf.font(font(c.bold)),
        withArtifacts(c.text, options),
        c.width - 2 * CELL_PADDING
      ),
    }))
    const lineHeight = pdf.currentLineHeight(true)
    const lineCount = Math.max(...cells.map((c) => c.lines.length))
    const gap = block.signingSpace ? SIGNING_SPACE_LINES : 0
    const height = (lineCount + gap) * lineHeight + 2 * CELL_PADDING
    if (pdf.y + height > pdf.page.height - MARGIN) pdf.addPage()
    const top = pdf.y
    if (!block.borderless) for (const c of cells) pdf.rect(c.x, top, c.width, height).stroke()
    for (let line = 0; line < lineCount; line++) {
      for (const c of cells) {
        if (line >= c.lines.length) continue
        pdf.font(font(c.bold))
        /* Header and signature blocks are centred in their cells, as official documents set them. */
        const indent = block.borderless
          ? (c.width - 2 * CELL_PADDING - pdf.widthOfString(c.lines[line])) / 2
          : 0
        /* The signers' names sit on one line, below the space left for signing. */
        const row = gap && line === c.lines.length - 1 ? lineCount - 1 + gap : line
        overprint(pdf, options, c.bold || specRow.header, (dx) =>
          pdf.text(
            c.lines[line],
            c.x + CELL_PADDING + indent + dx,
            top + CELL_PADDING + row * lineHeight,
            { lineBreak: false }
          )
        )
      }
    }
    pdf.font('body')
    pdf.x = MARGIN
    pdf.y = top + height
  }
  pdf.moveDown(0.3)
}

/** Greedy word wrap with the current font, keeping the cell's own line breaks. */
function wrap(pdf: Pdf, text: string, width: number): string[] {
  const lines: string[] = []
  for (const paragraphText of text.split('\n')) {
    let current = ''
    for (const word of paragraphText.split(' ')) {
      const candidate = current ? `${current} ${word}` : word
      if (current && pdf.widthOfString(candidate) > width) {
        lines.push(current)
        current = word
      } else current = candidate
    }
    lines.push(current)
  }
  return lines
}

/** x of each grid column edge, from the relative widths. */
function columnPositions(pdf: Pdf, block: SpecTable): number[] {
  const count = Math.max(
    ...block.rows.map((r) => r.cells.reduce((n, c) => n + (c.colSpan ?? 1), 0))
  )
  const weights = block.widths ?? Array.from({ length: count }, () => 1)
  const total = weights.reduce((a, b) => a + b, 0)
  const edges = [MARGIN]
  for (const w of weights) edges.push(edges[edges.length - 1] + (w / total) * textWidth(pdf))
  return edges
}

function placeCells(cells: SpecTable['rows'][number]['cells'], edges: number[]) {
  let column = 0
  return cells.map((c) => {
    const span = c.colSpan ?? 1
    const placed = {
      x: edges[column],
      width: edges[column + span] - edges[column],
      text: c.lines.join('\n'),
      bold: c.bold,
    }
    column += span
    return placed
  })
}

function textWidth(pdf: Pdf): number {
  return pdf.page.width - 2 * MARGIN
}

function withArtifacts(text: string, options: PdfOptions): string {
  return options.artifacts?.oHornForUHorn ? text.replaceAll('ư', 'ƣ').replaceAll('Ư', 'Ƣ') : text
}

/**
 * Draws text once, and for bold text under the `overprintedBold` artifact a
 * second time a fraction of a point to the right from the same top, as
 * fake bold does; the page then continues below the first drawing.
 */
function overprint(
  pdf: Pdf,
  options: PdfOptions,
  bold: boolean | undefined,
  draw: (dx: number, y: number | undefined) => void
) {
  const offset = options.artifacts?.overprintedBold
  if (!bold || !offset) return draw(0, undefined)
  const top = pdf.y
  draw(0, top)
  const below = pdf.y
  draw(offset, top)
  pdf.x = MARGIN
  pdf.y = below
}

/** Fake-bold overprinting as some converters extract it: every letter twice. */
function doubleLetters(text: string): string {
  return [...text].map((ch) => (/\p{L}/u.test(ch) ? ch + ch : ch)).join('')
}

/** Labels of Word-like automatic numbering, continued across the document. */
class NumberingCounters {
  #counters = new Map<string, number[]>()

  next(format: NonNullable<SpecParagraph['numbering']>['format'], level: number): string {
    const counters = this.#counters.get(format) ?? [0, 0, 0]
    counters[level] += 1
    counters.fill(0, level + 1)
    this.#counters.set(format, counters)
    return formatLabel(format, counters[level])
  }
}

function formatLabel(format: string, n: number): string {
  if (format === 'bullet') return '-'
  if (format === 'lowerLetter') return `${String.fromCharCode(96 + n)})`
  if (format === 'upperRoman') return `${toRoman(n)}.`
  return `${n}.`
}

export function toRoman(n: number): string {
  const numerals: Array<[number, string]> = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ]
  let rest = n
  let out = ''
  for (const [value, symbol] of numerals) {
    while (rest >= value) {
      out += symbol
      rest -= value
    }
  }
  return out
}
