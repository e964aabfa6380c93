import ExcelJS from 'exceljs'
import i18nManager from '@adonisjs/i18n/services/main'
import { TEMPLATE_COLUMNS } from '#app/organization/services/staff_import/columns'

const HELP_LINES = [
  'rows',
  'staffCode',
  'fullName',
  'groups',
  'subjects',
  'positions',
  'otherSources',
] as const

/** The downloadable staff-list template: the header, one example row and a sheet of instructions. */
export async function staffTemplate(groupNames: string[]) {
  const t = (key: string, data?: Record<string, unknown>) =>
    i18nManager.locale('vi').t(`organization.import.templateSheet.${key}`, data)
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(t('listSheet'))
  sheet.columns = TEMPLATE_COLUMNS.map((column) => ({
    header: column.header,
    key: column.field,
    width: Math.max(16, column.header.length + 4),
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.addRow(
    Object.fromEntries(
      TEMPLATE_COLUMNS.map((column) => [column.field, t(`examples.${column.field}`)])
    )
  )
  sheet.getColumn('staffCode').numFmt = '@'

  const help = workbook.addWorksheet(t('helpSheet'))
  help.getColumn(1).width = 110
  const lines = [
    ...HELP_LINES.map((key) => t(`help.${key}`)),
    '',
    t('help.existingGroups'),
    ...groupNames.map((name) => t('help.group', { name })),
  ]
  for (const line of lines) help.addRow([line])

  return Buffer.from(await workbook.xlsx.writeBuffer())
}
