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
    const sheet = workbook.addWorksheet(table.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '))
    sheet.addRow(table.columns).font = { bold: true }
    for (const row of table.rows) sheet.addRow(row)
    sheet.columns.forEach((column, index) => {
      const widths = [table.columns[index], ...table.rows.map((row) => row[index])].map(
        (cell) => String(cell ?? '').length
      )
      column.width = Math.min(60, Math.max(10, ...widths) + 2)
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
