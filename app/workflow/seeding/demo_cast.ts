import db from '@adonisjs/lucid/services/db'
import User from '#app/organization/models/user'

/*
 * Who plays in the demo year: for each demo school, the principal's
 * office, the group heads and subgroup leads, and a few teachers per
 * group besides the demo logins (who always teach, so every login has
 * plans of its own).
 */

export interface CastTeacher {
  user: User
  groupId: number
  subgroupId: number | null
  subjectId: number | null
  subjectName: string
  grade: number
  className: string | null
}

export interface CastGroup {
  id: number
  name: string
  head: User | null
  subgroupLeads: { user: User; subgroupId: number }[]
  teachers: CastTeacher[]
}

export interface CastSchool {
  id: number
  code: string
  name: string
  principal: User | null
  vicePrincipal: User | null
  groups: CastGroup[]
}

export interface CastSize {
  schools: number
  teachersPerGroup: number
}

export async function loadCast(
  schoolYearId: number,
  schoolCodes: string[],
  size: CastSize,
  demoUsernames: string[]
): Promise<CastSchool[]> {
  const schools = await db
    .from('schools')
    .whereIn('code', schoolCodes.slice(0, size.schools))
    .select('id', 'code', 'name')
  schools.sort((a, b) => schoolCodes.indexOf(a.code) - schoolCodes.indexOf(b.code))
  const assignments = await db
    .from('role_assignments')
    .where('school_year_id', schoolYearId)
    .whereIn(
      'school_id',
      schools.map((school) => school.id)
    )
    .select('id', 'user_id', 'role', 'school_id', 'group_id', 'subgroup_id')
    .orderBy('id')
  const users = await usersById(assignments.map((row) => row.user_id))
  const subjects = await subjectsOf(
    assignments.filter((row) => row.role === 'teacher').map((row) => row.id)
  )
  const classes = await classesOf(
    assignments.filter((row) => row.role === 'teacher').map((row) => row.id)
  )
  const groups = await db
    .from('groups')
    .whereIn(
      'school_id',
      schools.map((school) => school.id)
    )
    .select('id', 'school_id', 'name')
    .orderBy('id')
  const isDemoLogin = (teacher: CastTeacher) => demoUsernames.includes(teacher.user.username)

  return schools.map((school) => {
    const own = assignments.filter((row) => row.school_id === school.id)
    const holder = (role: string) =>
      users.get(own.find((row) => row.role === role)?.user_id) ?? null
    return {
      id: school.id,
      code: school.code,
      name: school.name,
      principal: holder('principal'),
      vicePrincipal: holder('vice_principal'),
      groups: groups
        .filter((group) => group.school_id === school.id)
        .map((group) => {
          const inGroup = own.filter((row) => row.group_id === group.id)
          const teachers = inGroup
            .filter((row) => row.role === 'teacher' && subjects.has(row.id))
            .map((row) => ({
              user: users.get(row.user_id)!,
              groupId: group.id,
              subgroupId: row.subgroup_id,
              subjectId: subjects.get(row.id)!.id,
              subjectName: subjects.get(row.id)!.name,
              grade: classes.get(row.id)?.grade ?? 6,
              className: classes.get(row.id)?.name ?? null,
            }))

          return {
            id: group.id,
            name: group.name,
            head: users.get(inGroup.find((row) => row.role === 'group_head')?.user_id) ?? null,
            subgroupLeads: inGroup
              .filter((row) => row.role === 'subgroup_lead' && row.subgroup_id)
              .map((row) => ({ user: users.get(row.user_id)!, subgroupId: row.subgroup_id })),
            teachers: [
              ...teachers.filter(isDemoLogin),
              ...teachers
                .filter((teacher) => !isDemoLogin(teacher))
                .slice(0, size.teachersPerGroup),
            ],
          }
        }),
    }
  })
}

async function usersById(ids: number[]) {
  const users = await User.query().whereIn('id', [...new Set(ids)])
  return new Map<number | undefined, User>(users.map((user) => [user.id, user]))
}

/** The first subject each teaching assignment lists. */
async function subjectsOf(assignmentIds: number[]) {
  const rows = await db
    .from('role_assignment_subjects')
    .join('subjects', 'subjects.id', 'role_assignment_subjects.subject_id')
    .whereIn('role_assignment_id', assignmentIds)
    .select('role_assignment_id', 'subjects.id', 'subjects.name')
    .orderBy('subjects.sort_order')
  const byAssignment = new Map<number, { id: number; name: string }>()
  for (const row of rows)
    if (!byAssignment.has(row.role_assignment_id))
      byAssignment.set(row.role_assignment_id, { id: row.id, name: row.name })
  return byAssignment
}

/** The first class each teaching assignment lists (its grade is the plans' grade). */
async function classesOf(assignmentIds: number[]) {
  const rows = await db
    .from('role_assignment_classes')
    .join('classes', 'classes.id', 'role_assignment_classes.class_id')
    .whereIn('role_assignment_id', assignmentIds)
    .select('role_assignment_id', 'classes.grade', 'classes.name')
    .orderBy('classes.name')
  const byAssignment = new Map<number, { grade: number; name: string }>()
  for (const row of rows)
    if (!byAssignment.has(row.role_assignment_id))
      byAssignment.set(row.role_assignment_id, { grade: row.grade, name: row.name })
  return byAssignment
}
