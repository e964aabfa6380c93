import { readSheet } from '#app/organization/services/staff_import/read_sheet'
import { checkRows } from '#app/organization/services/staff_import/check_rows'
import type { ImportTarget } from '#app/organization/services/staff_import/check_accounts'

/** Reads and checks an uploaded staff list for a school; nothing is written. */
export async function previewImport(bytes: Buffer, fileName: string, target: ImportTarget) {
  const sheet = await readSheet(bytes, fileName)
  const rows = await checkRows(sheet.records, target)
  return { rows, fields: sheet.fields }
}
