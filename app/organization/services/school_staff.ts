import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import User from '#app/organization/models/user'
import RoleAssignment from '#app/organization/models/role_assignment'
import type { RoleName } from '#app/core/registries/roles'
import { generatePassword } from '#app/organization/services/initial_passwords'

/*
 * Accounts of one school in one school year: who holds which role,
 * creating an account, resetting a password, (de)activating. Records are
 * never deleted: a teacher who leaves is deactivated and keeps the plans.
 */

export interface StaffMember {
  id: number
  fullName: string
  username: string
  staffCode: string | null
  email: string | null
  isActive: boolean
  roles: { id: number; role: RoleName; groupName: string | null; subgroupName: string | null }[]
}

export async function staffOf(
  schoolId: number,
  schoolYearId: number,
  search = ''
): Promise<StaffMember[]> {
  const query = rolesAtSchool(schoolId, schoolYearId)
  if (search) matchPeople(query, search)
  return asMembers(await query)
}

/** One page of a school's staff, people (not roles) counted: a big school has 150 of them. */
export interface StaffPage {
  members: StaffMember[]
  page: number
  lastPage: number
  total: number
  hasMore: boolean
}

export const STAFF_PER_PAGE = 30

export async function staffPage(
  schoolId: number,
  schoolYearId: number,
  options: { search?: string; page?: number; perPage?: number } = {}
): Promise<StaffPage> {
  const perPage = options.perPage ?? STAFF_PER_PAGE
  const people = db
    .from('users')
    .whereIn(
      'users.id',
      db
        .from('role_assignments')
        .where({ school_id: schoolId, school_year_id: schoolYearId })
        .select('user_id')
    )
  if (options.search) matchPeople(people, options.search)

  const [{ total }] = await people.clone().count('* as total')
  const lastPage = Math.max(1, Math.ceil(Number(total) / perPage))
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1) || 1), lastPage)
  const rows = await people
    .orderBy('users.full_name')
    .orderBy('users.id')
    .offset((page - 1) * perPage)
    .limit(perPage)
    .select('users.id')
  const ids = rows.map((row) => row.id)
  const members = ids.length
    ? asMembers(await rolesAtSchool(schoolId, schoolYearId).whereIn('users.id', ids))
    : []
  return { members, page, lastPage, total: Number(total), hasMore: page < lastPage }
}

/** Every role held at the school this year, one row per role, with the person's account. */
function rolesAtSchool(schoolId: number, schoolYearId: number) {
  return db
    .from('role_assignments')
    .join('users', 'users.id', 'role_assignments.user_id')
    .leftJoin('groups', 'groups.id', 'role_assignments.group_id')
    .leftJoin('subgroups', 'subgroups.id', 'role_assignments.subgroup_id')
    .where('role_assignments.school_id', schoolId)
    .where('role_assignments.school_year_id', schoolYearId)
    .orderBy('users.full_name')
    .orderBy('users.id')
    .select(
      'users.id as user_id',
      'users.full_name',
      'users.username',
      'users.staff_code',
      'users.email',
      'users.is_active',
      'role_assignments.id as assignment_id',
      'role_assignments.role',
      'groups.name as group_name',
      'subgroups.name as subgroup_name'
    )
}

/** Name, username or staff code containing the search text (any case). */
function matchPeople(query: ReturnType<typeof db.from>, search: string) {
  const like = `%${search.toLowerCase()}%`
  query.where((q) =>
    q
      .whereRaw('lower(users.full_name) like ?', [like])
      .orWhereRaw('lower(users.username) like ?', [like])
      .orWhere('users.staff_code', 'like', like)
  )
}

/** Folds one-row-per-role into one member per person, keeping the query's order. */
function asMembers(rows: any[]): StaffMember[] {
  const members = new Map<number, StaffMember>()
  for (const row of rows) {
    if (!members.has(row.user_id)) {
      members.set(row.user_id, {
        id: row.user_id,
        fullName: row.full_name,
        username: row.username,
        staffCode: row.staff_code,
        email: row.email,
        isActive: Boolean(row.is_active),
        roles: [],
      })
    }
    members.get(row.user_id)!.roles.push({
      id: row.assignment_id,
      role: row.role,
      groupName: row.group_name,
      subgroupName: row.subgroup_name,
    })
  }
  return [...members.values()]
}

/** Whether the person holds any role at the school this year (admins act only on their own school's staff). */
export async function isStaffOf(userId: number, schoolId: number, schoolYearId: number) {
  const row = await db
    .from('role_assignments')
    .where({ user_id: userId, school_id: schoolId, school_year_id: schoolYearId })
    .first()
  return Boolean(row)
}

export interface NewStaff {
  fullName: string
  username: string
  staffCode?: string | null
  email?: string | null
}

/** A new account with a generated password to change at first sign-in; returns the password to show once. */
export async function createStaffAccount(data: NewStaff, client?: TransactionClientContract) {
  const password = generatePassword()
  const user = await User.create(
    {
      fullName: data.fullName,
      username: data.username.toLowerCase(),
      staffCode: data.staffCode || null,
      email: data.email ? data.email.toLowerCase() : null,
      password, // hashed by the model (full cost: one account at a time)
      mustChangePassword: true,
      isActive: true,
    },
    { client }
  )
  return { user, password }
}

export async function resetPassword(user: User) {
  const password = generatePassword()
  user.password = password
  user.mustChangePassword = true
  await user.save()
  return password
}

export async function setActive(user: User, active: boolean) {
  user.isActive = active
  await user.save()
}

export interface RoleInput {
  role: RoleName
  schoolId: number
  schoolYearId: number
  groupId: number | null
  subgroupId: number | null
  subjectIds?: number[]
}

/** The assignment and its subjects together, in the caller's transaction or one of its own. */
export async function addRole(
  userId: number,
  input: RoleInput,
  client?: TransactionClientContract
): Promise<RoleAssignment> {
  if (!client) return db.transaction((trx) => addRole(userId, input, trx))
  const assignment = await RoleAssignment.create(
    {
      userId,
      schoolYearId: input.schoolYearId,
      role: input.role,
      schoolId: input.schoolId,
      groupId: input.groupId,
      subgroupId: input.subgroupId,
      unitId: null,
    },
    { client }
  )
  if (input.subjectIds?.length) await assignment.related('subjects').attach(input.subjectIds)
  return assignment
}
