import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import i18nManager from '@adonisjs/i18n/services/main'
import { ROLE_REGISTRY } from '#app/core/registries/roles'
import { textKey } from '#app/organization/services/text_keys'
import type { SheetRecord } from '#app/organization/services/staff_import/read_sheet'
import type { ImportRow } from '#app/organization/services/staff_import/types'
import {
  checkAccounts,
  type ImportTarget,
} from '#app/organization/services/staff_import/check_accounts'
import {
  positionOf,
  splitList,
  subjectCodeOf,
} from '#app/organization/services/staff_import/vocabulary'

/*
 * Turns sheet records into import rows, each with every problem found, in
 * Vietnamese, so the administrator can fix the file in one pass.
 */

interface SchoolGroups {
  byKey: Map<
    string,
    { id: number; name: string; subgroups: Map<string, { id: number; name: string }> }
  >
}

const t = (key: string, data?: Record<string, unknown>) =>
  i18nManager.locale('vi').t(`organization.import.errors.${key}`, data)
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

/** "Tổ Toán - Tin" and "Toán - Tin" name the same group. */
function nameKey(name: string, prefix: 'to' | 'nhom') {
  const key = textKey(name)
  return key.startsWith(`${prefix} `) ? key.slice(prefix.length + 1) : key
}

/** Active groups and subgroups of a school by name key; pass the transaction when inside one (SQLite has one connection). */
export async function loadSchoolGroups(
  schoolId: number,
  client: QueryClientContract = db.connection()
): Promise<SchoolGroups> {
  const groups = await client
    .from('groups')
    .where('school_id', schoolId)
    .where('is_active', true)
    .select('id', 'name')
  const subgroups = groups.length
    ? await client
        .from('subgroups')
        .whereIn(
          'group_id',
          groups.map((g) => g.id)
        )
        .where('is_active', true)
        .select('id', 'group_id', 'name')
    : []
  const byKey: SchoolGroups['byKey'] = new Map()
  for (const group of groups) {
    const own = subgroups
      .filter((s) => s.group_id === group.id)
      .map((s) => [nameKey(s.name, 'nhom'), { id: s.id, name: s.name }] as const)
    byKey.set(nameKey(group.name, 'to'), {
      id: group.id,
      name: group.name,
      subgroups: new Map(own),
    })
  }
  return { byKey }
}

export async function checkRows(
  records: SheetRecord[],
  target: ImportTarget
): Promise<ImportRow[]> {
  const groups = await loadSchoolGroups(target.schoolId)
  const emailOwners = await emailOwnersOf(records)
  const seenCodes = new Map<string, number>()
  const seenEmails = new Map<string, number>()

  const rows = records.map((record) => {
    const row = parseRecord(record)
    checkIdentity(row, seenCodes, seenEmails, emailOwners)
    checkPlacement(row, groups)
    return row
  })
  await checkAccounts(rows, target)
  return rows
}

function parseRecord(record: SheetRecord): ImportRow {
  const v = record.values
  const fullName = (v.fullName ?? [v.familyAndMiddleName, v.givenName].filter(Boolean).join(' '))
    .replace(/\s+/g, ' ')
    .trim()
  const row: ImportRow = {
    line: record.line,
    staffCode: (v.staffCode ?? '').replace(/\s+/g, ''),
    fullName,
    email: v.email ? v.email.trim().toLowerCase() : null,
    birthDate: null,
    phone: v.phone ?? null,
    groupName: v.groupName ?? null,
    subgroupName: v.subgroupName ?? null,
    subjectCodes: [],
    roles: [],
    errors: [],
  }
  if (v.birthDate) {
    const date = parseDate(v.birthDate)
    if (date) row.birthDate = date
    else row.errors.push(t('badBirthDate', { value: v.birthDate }))
  }
  for (const label of splitList(v.subjects ?? '')) {
    const code = subjectCodeOf(label)
    if (!code) row.errors.push(t('unknownSubject', { value: label }))
    else if (!row.subjectCodes.includes(code)) row.subjectCodes.push(code)
  }
  for (const label of splitList(v.positions ?? '')) {
    const role = positionOf(label)
    if (!role) row.errors.push(t('unknownPosition', { value: label }))
    else if (role !== 'teacher' && !row.roles.includes(role)) row.roles.push(role)
  }
  return row
}

function checkIdentity(
  row: ImportRow,
  seenCodes: Map<string, number>,
  seenEmails: Map<string, number>,
  emailOwners: Map<string, string | null>
) {
  if (!row.staffCode) row.errors.push(t('missingStaffCode'))
  else if (seenCodes.has(row.staffCode))
    row.errors.push(
      t('duplicateStaffCode', { code: row.staffCode, line: seenCodes.get(row.staffCode) })
    )
  else seenCodes.set(row.staffCode, row.line)

  if (!row.fullName) row.errors.push(t('missingName'))

  if (row.email === null) return
  if (!EMAIL.test(row.email)) {
    row.errors.push(t('badEmail', { value: row.email }))
  } else if (seenEmails.has(row.email)) {
    row.errors.push(t('duplicateEmail', { value: row.email, line: seenEmails.get(row.email) }))
  } else if (emailOwners.has(row.email) && emailOwners.get(row.email) !== row.staffCode) {
    row.errors.push(t('emailTaken', { value: row.email }))
  } else {
    seenEmails.set(row.email, row.line)
  }
}

/** Roles need a group (teachers, group heads), a subgroup (subgroup leads) or only the school (principal's office). */
function checkPlacement(row: ImportRow, groups: SchoolGroups) {
  const needsGroup =
    row.roles.length === 0 ||
    row.roles.some((role) => ROLE_REGISTRY[role].placedIn !== null) ||
    Boolean(row.groupName)

  if (!row.groupName) {
    if (needsGroup) row.errors.push(t('missingGroup'))
    return
  }
  const group = groups.byKey.get(nameKey(row.groupName, 'to'))
  if (!group) {
    row.errors.push(t('unknownGroup', { value: row.groupName }))
    return
  }
  row.groupName = group.name
  if (row.subgroupName) {
    const subgroup = group.subgroups.get(nameKey(row.subgroupName, 'nhom'))
    if (subgroup) row.subgroupName = subgroup.name
    else row.errors.push(t('unknownSubgroup', { value: row.subgroupName, group: group.name }))
  } else if (row.roles.some((role) => ROLE_REGISTRY[role].placedIn === 'subgroup')) {
    row.errors.push(t('leadWithoutSubgroup'))
  }
}

/** Accounts already using the file's e-mails, by e-mail → their staff code. */
async function emailOwnersOf(records: SheetRecord[]) {
  const emails = [
    ...new Set(
      records
        .map((r) => r.values.email?.trim().toLowerCase())
        .filter((e): e is string => Boolean(e))
    ),
  ]
  const owners = new Map<string, string | null>()
  for (let start = 0; start < emails.length; start += 500) {
    const rows = await db
      .from('users')
      .whereIn('email', emails.slice(start, start + 500))
      .select('email', 'staff_code')
    for (const row of rows) owners.set(row.email, row.staff_code)
  }
  return owners
}

/** dd/mm/yyyy (also with - or .), or ISO yyyy-mm-dd; a plausible birth year. */
function parseDate(value: string) {
  const trimmed = value.trim()
  const formats = ['d/M/yyyy', 'd-M-yyyy', 'd.M.yyyy', 'yyyy-MM-dd']
  for (const format of formats) {
    const date = DateTime.fromFormat(trimmed, format)
    if (date.isValid && date.year >= 1940 && date.year <= DateTime.now().year - 16)
      return date.toISODate()
  }
  return null
}
