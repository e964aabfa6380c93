import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { RoleName } from '#app/core/registries/roles'
import {
  generatePassword,
  hashInitialPasswords,
} from '#app/organization/services/initial_passwords'
import { loadSchoolGroups } from '#app/organization/services/staff_import/check_rows'
import { textKey } from '#app/organization/services/text_keys'
import {
  checkAccounts,
  type ImportTarget,
} from '#app/organization/services/staff_import/check_accounts'
import type { ImportRow } from '#app/organization/services/staff_import/types'

/*
 * Applies the error-free rows of a checked staff list to one school and
 * school year. Idempotent by staff code: a known code of this school's own
 * staff updates that account (another school's is a row error, see
 * check_accounts)
 * (only what changed), an unknown one creates an account with a generated
 * password to change at first sign-in. Roles are added, never removed
 * (removing a role is a deliberate act on the staff screen).
 */

export interface Credential {
  line: number
  staffCode: string
  fullName: string
  username: string
  password: string
}

export interface ImportOutcome {
  created: Credential[]
  updated: number
  unchanged: number
  skipped: number
}

type Target = Omit<ImportTarget, 'reach'>

const BATCH = 500

export async function applyImport(rows: ImportRow[], target: ImportTarget): Promise<ImportOutcome> {
  // The preview may be old: who owns a staff code is decided again now.
  await checkAccounts(rows, target)
  const valid = rows.filter((row) => row.errors.length === 0)
  const newRows = await rowsWithoutAccount(valid)
  // Hash outside the transaction: it is the slow part and touches no table.
  const credentials = await credentialsFor(newRows)

  return db.transaction(async (trx) => {
    const now = DateTime.now().toFormat('yyyy-MM-dd HH:mm:ss')
    await insertAccounts(trx, newRows, credentials, now)
    const users = await usersByCode(
      trx,
      valid.map((row) => row.staffCode)
    )
    const newCodes = new Set(newRows.map((row) => row.staffCode))

    // An existing account counts once as updated, whether its details or its roles changed.
    const updatedCodes = new Set<string>()
    for (const row of valid) {
      if (newCodes.has(row.staffCode)) continue
      if (await updateAccount(trx, users.get(row.staffCode)!, row, now))
        updatedCodes.add(row.staffCode)
    }
    for (const code of await syncAssignments(trx, valid, users, target, now)) {
      if (!newCodes.has(code)) updatedCodes.add(code)
    }

    return {
      created: credentials.map(({ row, username, password }) => ({
        line: row.line,
        staffCode: row.staffCode,
        fullName: row.fullName,
        username,
        password,
      })),
      updated: updatedCodes.size,
      unchanged: valid.length - newRows.length - updatedCodes.size,
      skipped: rows.length - valid.length,
    }
  })
}

/* ---------- accounts ---------- */

interface UserRow {
  id: number
  staff_code: string
  full_name: string
  email: string | null
  birth_date: string | Date | null
  phone: string | null
}

async function usersByCode(client: TransactionClientContract | typeof db, codes: string[]) {
  const users = new Map<string, UserRow>()
  for (let start = 0; start < codes.length; start += BATCH) {
    const rows = await client
      .from('users')
      .whereIn('staff_code', codes.slice(start, start + BATCH))
      .select('id', 'staff_code', 'full_name', 'email', 'birth_date', 'phone')
    for (const row of rows) users.set(row.staff_code, row)
  }
  return users
}

async function rowsWithoutAccount(rows: ImportRow[]) {
  const existing = await usersByCode(
    db,
    rows.map((row) => row.staffCode)
  )
  return rows.filter((row) => !existing.has(row.staffCode))
}

/** Username = the staff code (what teachers know from the sector database), made unique if taken. */
async function credentialsFor(rows: ImportRow[]) {
  const wanted = rows.map((row) => row.staffCode.toLowerCase())
  const taken = new Set<string>()
  for (let start = 0; start < wanted.length; start += BATCH) {
    const found = await db
      .from('users')
      .whereIn('username', wanted.slice(start, start + BATCH))
      .select('username')
    for (const row of found) taken.add(row.username)
  }
  const passwords = rows.map(() => generatePassword())
  const hashes = await hashInitialPasswords(passwords)
  return rows.map((row, index) => {
    let username = row.staffCode.toLowerCase()
    for (let suffix = 2; taken.has(username); suffix++)
      username = `${row.staffCode.toLowerCase()}.${suffix}`
    taken.add(username)
    return { row, username, password: passwords[index], hash: hashes[index] }
  })
}

async function insertAccounts(
  trx: TransactionClientContract,
  rows: ImportRow[],
  credentials: { username: string; hash: string }[],
  now: string
) {
  const records = rows.map((row, index) => ({
    username: credentials[index].username,
    email: row.email,
    full_name: row.fullName,
    staff_code: row.staffCode,
    birth_date: row.birthDate,
    phone: row.phone,
    password: credentials[index].hash,
    must_change_password: true,
    is_active: true,
    email_notifications: true,
    created_at: now,
    updated_at: now,
  }))
  for (let start = 0; start < records.length; start += BATCH) {
    await trx.table('users').multiInsert(records.slice(start, start + BATCH))
  }
}

/** Updates what the file says differently; empty cells keep what the account has. */
async function updateAccount(
  trx: TransactionClientContract,
  user: UserRow,
  row: ImportRow,
  now: string
) {
  const changes: Record<string, string | null> = {}
  if (row.fullName !== user.full_name) changes.full_name = row.fullName
  if (row.email && row.email !== user.email) changes.email = row.email
  if (row.birthDate && row.birthDate !== isoDate(user.birth_date))
    changes.birth_date = row.birthDate
  if (row.phone && row.phone !== user.phone) changes.phone = row.phone
  if (Object.keys(changes).length === 0) return false
  await trx
    .from('users')
    .where('id', user.id)
    .update({ ...changes, updated_at: now })
  return true
}

function isoDate(value: string | Date | null) {
  if (value === null) return null
  if (value instanceof Date) return DateTime.fromJSDate(value).toISODate()
  return String(value).slice(0, 10)
}

/* ---------- roles ---------- */

interface Desired {
  code: string
  userId: number
  role: RoleName
  groupId: number | null
  subgroupId: number | null
  subjectIds: number[]
}

/** Adds missing role assignments, moves teachers to the file's group, sets taught subjects. Returns the codes whose roles changed. */
async function syncAssignments(
  trx: TransactionClientContract,
  rows: ImportRow[],
  users: Map<string, UserRow>,
  target: Target,
  now: string
) {
  const desired = await desiredAssignments(trx, rows, users, target.schoolId)
  const userIds = [...new Set(desired.map((d) => d.userId))]
  const existing = await existingAssignments(trx, userIds, target)
  const changed = new Set<string>()
  const inserts: Record<string, unknown>[] = []

  for (const want of desired) {
    const mine = existing.filter((a) => a.user_id === want.userId && a.role === want.role)
    const exact = mine.find((a) => a.group_id === want.groupId && a.subgroup_id === want.subgroupId)
    if (exact) continue
    changed.add(want.code)
    if (want.role === 'teacher' && mine.length > 0) {
      await trx
        .from('role_assignments')
        .where('id', mine[0].id)
        .update({ group_id: want.groupId, subgroup_id: want.subgroupId, updated_at: now })
      continue
    }
    inserts.push({
      user_id: want.userId,
      school_year_id: target.schoolYearId,
      role: want.role,
      school_id: target.schoolId,
      group_id: want.groupId,
      subgroup_id: want.subgroupId,
      created_at: now,
      updated_at: now,
    })
  }
  for (let start = 0; start < inserts.length; start += BATCH) {
    await trx.table('role_assignments').multiInsert(inserts.slice(start, start + BATCH))
  }
  for (const code of await syncSubjects(trx, desired, target)) changed.add(code)
  return changed
}

async function desiredAssignments(
  trx: TransactionClientContract,
  rows: ImportRow[],
  users: Map<string, UserRow>,
  schoolId: number
) {
  const groups = await loadSchoolGroups(schoolId, trx)
  const subjectsRows = await trx.from('subjects').select('id', 'code')
  const subjects = new Map(subjectsRows.map((s) => [s.code as string, s.id as number]))
  const desired: Desired[] = []
  for (const row of rows) {
    const userId = users.get(row.staffCode)!.id
    const group = row.groupName ? groups.byKey.get(stripPrefix(row.groupName, 'to')) : undefined
    const subgroup =
      group && row.subgroupName
        ? group.subgroups.get(stripPrefix(row.subgroupName, 'nhom'))
        : undefined
    const groupId = group?.id ?? null
    const subgroupId = subgroup?.id ?? null
    const base = { code: row.staffCode, userId, subjectIds: [] as number[] }
    if (groupId)
      desired.push({
        ...base,
        role: 'teacher',
        groupId,
        subgroupId,
        subjectIds: row.subjectCodes.map((c) => subjects.get(c)!),
      })
    for (const role of row.roles) {
      if (role === 'group_head' || role === 'group_deputy')
        desired.push({ ...base, role, groupId, subgroupId: null })
      else if (role === 'subgroup_lead') desired.push({ ...base, role, groupId, subgroupId })
      else desired.push({ ...base, role, groupId: null, subgroupId: null })
    }
  }
  return desired
}

function stripPrefix(name: string, prefix: 'to' | 'nhom') {
  const key = textKey(name)
  return key.startsWith(`${prefix} `) ? key.slice(prefix.length + 1) : key
}

async function existingAssignments(
  trx: TransactionClientContract,
  userIds: number[],
  target: Target
) {
  const rows: {
    id: number
    user_id: number
    role: RoleName
    group_id: number | null
    subgroup_id: number | null
  }[] = []
  for (let start = 0; start < userIds.length; start += BATCH) {
    rows.push(
      ...(await trx
        .from('role_assignments')
        .where('school_year_id', target.schoolYearId)
        .where('school_id', target.schoolId)
        .whereIn('user_id', userIds.slice(start, start + BATCH))
        .select('id', 'user_id', 'role', 'group_id', 'subgroup_id'))
    )
  }
  return rows
}

/** Makes each teacher assignment teach exactly the file's subjects (when the file lists any). */
async function syncSubjects(trx: TransactionClientContract, desired: Desired[], target: Target) {
  const teachers = desired.filter((d) => d.role === 'teacher' && d.subjectIds.length > 0)
  const changed = new Set<string>()
  if (teachers.length === 0) return changed

  const assignments = await existingAssignments(
    trx,
    teachers.map((d) => d.userId),
    target
  )
  const assignmentOf = new Map(
    assignments.filter((a) => a.role === 'teacher').map((a) => [a.user_id, a.id])
  )
  const ids = [...assignmentOf.values()]
  const current = new Map<number, Set<number>>()
  for (let start = 0; start < ids.length; start += BATCH) {
    const rows = await trx
      .from('role_assignment_subjects')
      .whereIn('role_assignment_id', ids.slice(start, start + BATCH))
      .select('role_assignment_id', 'subject_id')
    for (const row of rows) {
      if (!current.has(row.role_assignment_id)) current.set(row.role_assignment_id, new Set())
      current.get(row.role_assignment_id)!.add(row.subject_id)
    }
  }

  const inserts: { role_assignment_id: number; subject_id: number }[] = []
  for (const teacher of teachers) {
    const id = assignmentOf.get(teacher.userId)!
    const have = current.get(id) ?? new Set<number>()
    const want = new Set(teacher.subjectIds)
    const same = have.size === want.size && [...want].every((s) => have.has(s))
    if (same) continue
    changed.add(teacher.code)
    const extra = [...have].filter((s) => !want.has(s))
    if (extra.length)
      await trx
        .from('role_assignment_subjects')
        .where('role_assignment_id', id)
        .whereIn('subject_id', extra)
        .delete()
    for (const subjectId of want)
      if (!have.has(subjectId)) inserts.push({ role_assignment_id: id, subject_id: subjectId })
  }
  for (let start = 0; start < inserts.length; start += BATCH) {
    await trx.table('role_assignment_subjects').multiInsert(inserts.slice(start, start + BATCH))
  }
  return changed
}
