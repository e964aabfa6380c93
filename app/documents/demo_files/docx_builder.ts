/*
|--------------------------------------------------------------------------
| DOCX builder: renders a DocSpec to a .docx Buffer with the `docx` package
|--------------------------------------------------------------------------
|
| Headings use the built-in Word styles ("Heading 1"…) or plain bold text,
| numbered paragraphs use real Word numbering, tables keep header rows,
| column and row spans (vertical merges) and can be borderless, as in the
| two-column header blocks of Vietnamese administrative documents.
*/
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type {
  DocSpec,
  SpecBlock,
  SpecCell,
  SpecHeading,
  SpecImage,
  SpecParagraph,
  SpecRow,
  SpecTable,
} from './doc_spec.js'

const HEADING_LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
]

const ALIGNMENTS = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
}

/** One Word numbering definition per label format, all levels alike. */
const NUMBERING_FORMATS = {
  decimal: { format: LevelFormat.DECIMAL, text: (l: number) => `%${l + 1}.` },
  lowerLetter: { format: LevelFormat.LOWER_LETTER, text: (l: number) => `%${l + 1})` },
  upperRoman: { format: LevelFormat.UPPER_ROMAN, text: (l: number) => `%${l + 1}.` },
  bullet: { format: LevelFormat.BULLET, text: () => '-' },
} as const

/** Full text width of an A4 page with 2 cm margins, in twentieths of a point. */
const TEXT_WIDTH_TWIPS = 9638

export async function toDocx(spec: DocSpec): Promise<Buffer> {
  const document = new Document({
    styles: { default: { document: { run: { font: spec.font ?? 'Times New Roman', size: 26 } } } },
    numbering: { config: numberingConfig() },
    sections: [{ children: spec.blocks.map((block) => renderBlock(block)) }],
  })
  return Packer.toBuffer(document)
}

function numberingConfig() {
  return Object.entries(NUMBERING_FORMATS).map(([reference, { format, text }]) => ({
    reference,
    levels: [0, 1, 2].map((level) => ({
      level,
      format,
      text: text(level),
      alignment: AlignmentType.LEFT,
    })),
  }))
}

function renderBlock(block: SpecBlock): Paragraph | Table {
  switch (block.type) {
    case 'heading':
      return renderHeading(block)
    case 'paragraph':
      return renderParagraph(block)
    case 'table':
      return renderTable(block)
    case 'pageBreak':
      return new Paragraph({ children: [new PageBreak()] })
  }
}

function renderHeading(block: SpecHeading): Paragraph {
  const alignment = block.align ? ALIGNMENTS[block.align] : undefined
  if (block.markup === 'bold') {
    return new Paragraph({ alignment, children: [new TextRun({ text: block.text, bold: true })] })
  }
  const level = HEADING_LEVELS[Math.min(Math.max(block.level, 1), 6) - 1]
  return new Paragraph({ heading: level, alignment, children: [new TextRun({ text: block.text })] })
}

function renderParagraph(block: SpecParagraph): Paragraph {
  const run = new TextRun({
    text: block.text,
    bold: block.bold,
    italics: block.italic,
    font: block.font,
  })
  return new Paragraph({
    alignment: block.align ? ALIGNMENTS[block.align] : undefined,
    numbering: block.numbering
      ? { reference: block.numbering.format, level: block.numbering.level }
      : undefined,
    children: block.image ? [run, imageRun(block.image)] : [run],
  })
}

function imageRun(image: SpecImage): ImageRun {
  const altText = image.alt
    ? { name: image.alt, description: image.alt, title: image.alt }
    : undefined
  return new ImageRun({
    type: image.format,
    data: image.data,
    transformation: { width: image.width, height: image.height },
    altText,
  })
}

function renderTable(block: SpecTable): Table {
  const columnCount = Math.max(
    ...block.rows.map((r) => r.cells.reduce((n, c) => n + (c.colSpan ?? 1), 0))
  )
  const weights = block.widths ?? Array.from({ length: columnCount }, () => 1)
  const total = weights.reduce((a, b) => a + b, 0)
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: weights.map((w) => Math.round((w / total) * TEXT_WIDTH_TWIPS)),
    borders: block.borderless ? TableBorders.NONE : undefined,
    rows: block.rows.map((r) => renderRow(r, block.borderless === true)),
  })
}

/** `centred`: header and signature blocks are centred in their cells, as official documents set them. */
function renderRow(specRow: SpecRow, centred: boolean): TableRow {
  return new TableRow({
    tableHeader: specRow.header || undefined,
    children: specRow.cells.map((c) => renderCell(c, specRow.header === true, centred)),
  })
}

function renderCell(specCell: SpecCell, inHeader: boolean, centred: boolean): TableCell {
  const bold = specCell.bold ?? inHeader
  const alignment = centred ? AlignmentType.CENTER : undefined
  return new TableCell({
    columnSpan: specCell.colSpan,
    rowSpan: specCell.rowSpan,
    children: specCell.lines.map(
      (line) => new Paragraph({ alignment, children: [new TextRun({ text: line, bold })] })
    ),
  })
}
