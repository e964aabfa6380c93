/*
|--------------------------------------------------------------------------
| mammoth's internal document tree, read once
|--------------------------------------------------------------------------
|
| mammoth's public API (extractRawText, convertToHtml) reads the DOCX into
| a document tree and then flattens it to text or HTML, losing tables and
| styles. We call the same reader (lib/unzip + lib/docx/docx-reader, what
| extractRawText itself does) and walk the tree ourselves, so building the
| model costs about one raw-text extraction. Pinned by mammoth's version in
| package-lock; the types below describe the fields we read.
|
| When the caller has already inflated document.xml (the safety checks do),
| mammoth is handed that text, prepared (docx_document_xml.ts), instead of
| inflating the part again.
*/
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
interface MammothZip {
  exists(name: string): boolean
  read(name: string, encoding?: string): Promise<unknown>
}
const unzip = require('mammoth/lib/unzip') as {
  openZip(input: { buffer: Buffer }): Promise<MammothZip>
}
const docxReader = require('mammoth/lib/docx/docx-reader') as {
  read(
    docxFile: unknown
  ): Promise<{ value: MammothDocument; messages: Array<{ type: string; message: string }> }>
}

export interface MammothText {
  type: 'text'
  value: string
}
export interface MammothTab {
  type: 'tab'
}
export interface MammothBreak {
  type: 'break'
  breakType: 'line' | 'page' | 'column'
}
export interface MammothRun {
  type: 'run'
  children: MammothNode[]
  isBold: boolean
  font: string | null
  styleId: string | null
}
export interface MammothParagraph {
  type: 'paragraph'
  children: MammothNode[]
  styleId: string | null
  styleName: string | null
  numbering: { isOrdered: boolean; level: string } | null
}
export interface MammothTableCell {
  type: 'tableCell'
  children: MammothNode[]
  colSpan: number
  rowSpan: number
}
export interface MammothTableRow {
  type: 'tableRow'
  children: MammothTableCell[]
  isHeader: boolean
}
export interface MammothTable {
  type: 'table'
  children: MammothTableRow[]
  styleName: string | null
}
export interface MammothOther {
  type: 'hyperlink' | 'image' | 'checkbox' | 'noteReference' | 'commentReference' | 'bookmarkStart'
  children?: MammothNode[]
}

export type MammothNode =
  | MammothText
  | MammothTab
  | MammothBreak
  | MammothRun
  | MammothParagraph
  | MammothTable
  | MammothTableRow
  | MammothTableCell
  | MammothOther

export interface MammothDocument {
  type: 'document'
  children: MammothNode[]
}

const DOCUMENT_PART = 'word/document.xml'

export async function readMammothDocument(bytes: Uint8Array, documentXml?: string) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const zip = await unzip.openZip({ buffer })
  const docxFile: MammothZip = documentXml
    ? {
        exists: (name) => zip.exists(name),
        read: (name, encoding) =>
          name === DOCUMENT_PART && encoding
            ? Promise.resolve(documentXml)
            : zip.read(name, encoding),
      }
    : zip
  const result = await docxReader.read(docxFile)
  return { document: result.value, warnings: result.messages.map((m) => m.message) }
}
