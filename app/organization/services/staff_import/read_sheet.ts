import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { fieldOfHeader, type ImportField } from '#app/organization/services/staff_import/columns'

/*
 * Reads the first sheet of an .xlsx or a .csv into records keyed by
 * import field. Exports often put a title and a few blank lines above the
 * header, so the header is the first of the first 15 rows that names at
 * least two known columns.
 */

export interface SheetRecord {
  /** Line number in the sheet (1-based, as a spreadsheet shows it). */
  line: number
  values: Partial<Record<ImportField, string>>
}

export interface Sheet {
  records: SheetRecord[]
  /** Known fields found in the header. */
  fields: ImportField[]
}

export class SheetFormatError extends Error {}

export async function readSheet(bytes: Buffer, fileName: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook()
  try {
    if (/\.csv$/i.test(fileName)) {
      const text = stripBom(bytes).toString('utf8')
      // Keep every value as typed (codes keep their leading zeros); accept ; as separator too.
      await workbook.csv.read(Readable.from([text]), {
        map: (datum: unknown) => datum,
        parserOptions: { delimiter: guessDelimiter(text) },
      } as any)
    } else {
      await workbook.xlsx.load(bytes as any)
    }
  } catch {
    throw new SheetFormatError('unreadable')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new SheetFormatError('empty')
  return recordsOf(sheet)
}

function recordsOf(sheet: ExcelJS.Worksheet): Sheet {
  let columns: Map<number, ImportField> | null = null
  const records: SheetRecord[] = []

  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (!columns) {
      if (line <= 15) columns = headerColumns(row)
      return
    }
    const values: SheetRecord['values'] = {}
    for (const [column, field] of columns) {
      const text = cellText(row.getCell(column).value)
      if (text) values[field] = text
    }
    if (Object.keys(values).length > 0) records.push({ line, values })
  })

  if (!columns) throw new SheetFormatError('noHeader')
  return { records, fields: [...(columns as Map<number, ImportField>).values()] }
}

function headerColumns(row: ExcelJS.Row) {
  const columns = new Map<number, ImportField>()
  row.eachCell((cell, column) => {
    const field = fieldOfHeader(cellText(cell.value))
    if (field && ![...columns.values()].includes(field)) columns.set(column, field)
  })
  return columns.size >= 2 ? columns : null
}

/** The text a person sees in a cell: rich text joined, formulas by result, dates as dd/mm/yyyy. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return formatDate(value)
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim()
    if ('text' in value) return String(value.text).trim()
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    return ''
  }
  return String(value).normalize('NFC').trim()
}

function formatDate(date: Date) {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`
}

function guessDelimiter(text: string) {
  const firstLines = text.split(/\r?\n/, 5).join('\n')
  const count = (character: string) => firstLines.split(character).length
  return count(';') > count(',') ? ';' : ','
}

function stripBom(bytes: Buffer) {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
}
