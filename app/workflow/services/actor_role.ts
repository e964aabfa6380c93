import db from '@adonisjs/lucid/services/db'
import type { RoleName } from '#app/organization/services/roles'
import type { DocumentKind } from '#app/workflow/services/statuses'

/* The role in which an owner submits each kind, in order of preference. */
const SUBMITTING_ROLES: Record<DocumentKind, RoleName[]> = {
  school_plan: ['principal', 'vice_principal'],
  pl1: ['group_head', 'group_deputy'],
  pl2: ['subgroup_lead', 'group_head', 'group_deputy'],
  pl3: ['teacher', 'subgroup_lead', 'group_head', 'group_deputy'],
  pl4: ['teacher', 'subgroup_lead', 'group_head', 'group_deputy'],
}

/** The role the audit log shows for an owner's action ("teacher" when nothing more specific is held). */
export async function submitterRoleOf(userId: number, kind: DocumentKind, schoolYearId: number, schoolId: number): Promise<RoleName> {
  const rows = await db
    .from('role_assignments')
    .where({ user_id: userId, school_year_id: schoolYearId, school_id: schoolId })
    .select('role')
  const held = new Set(rows.map((row) => row.role as RoleName))
  return SUBMITTING_ROLES[kind].find((role) => held.has(role)) ?? 'teacher'
}
