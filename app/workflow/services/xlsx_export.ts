import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import type { DashboardTable } from '#app/workflow/services/dashboard'

/** One dashboard table as an .xlsx workbook (header row bold, columns sized to their content). */
export async function tableToXlsx(table: DashboardTable): Promise<Buffer> {
  return tablesToXlsx([table])
}

/** Several tables, one sheet each, in the order given. */
export async function tablesToXlsx(
  tables: Pick<DashboardTable, 'title' | 'columns' | 'rows'>[]
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'HSCM'
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title))
    sheet.addRow(table.columns).font = { bold: true }
    for (const row of table.rows) sheet.addRow(row)
    sheet.columns.forEach((column, index) => {
      column.width = columnWidth(table.columns[index], table.rows, index)
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

type Sheet = Pick<DashboardTable, 'title' | 'columns' | 'rows'>

/**
 * A long table as a streamed .xlsx workbook: the first page sizes the
 * columns, then `next(2)`, `next(3)`… are read and written one at a time
 * until one returns null or no rows, so memory holds one page, not the list.
 */
export function pagesToXlsx(
  first: Sheet,
  next: (page: number) => Promise<Sheet | null>
): PassThrough {
  const output = new PassThrough()
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true })
  workbook.creator = 'HSCM'
  const sheet = workbook.addWorksheet(sheetName(first.title))
  sheet.columns = first.columns.map((_, index) => ({
    width: columnWidth(first.columns[index], first.rows, index),
  }))
  const write = async () => {
    const header = sheet.addRow(first.columns)
    header.font = { bold: true }
    header.commit()
    let page: Sheet | null = first
    for (let number = 2; page && page.rows.length; number++) {
      for (const row of page.rows) sheet.addRow(row).commit()
      page = await next(number)
    }
    sheet.commit()
    await workbook.commit()
  }
  write().catch((error) => output.destroy(error))
  return output
}

function sheetName(title: string) {
  return title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' ')
}

function columnWidth(title: string, rows: DashboardTable['rows'], index: number) {
  const widths = [title, ...rows.map((row) => row[index])].map((cell) => String(cell ?? '').length)
  return Math.min(60, Math.max(10, ...widths) + 2)
}
