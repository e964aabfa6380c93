/**
 * Roles a person can hold for a school year (directive 2.3), and what
 * each is scoped to. Labels shown to users live in resources/lang/vi/organization.json.
 */
export const ROLES = [
  'teacher',
  'group_head',
  'group_deputy',
  'subgroup_lead',
  'principal',
  'vice_principal',
  'school_admin',
  'office_inspector',
  'dept_specialist',
  'dept_leader',
  'dept_admin',
  'system_admin',
] as const

export type RoleName = (typeof ROLES)[number]

/** Roles held inside a school (school_id set; group roles also set group_id). */
export const SCHOOL_ROLES: RoleName[] = ['teacher', 'group_head', 'group_deputy', 'subgroup_lead', 'principal', 'vice_principal', 'school_admin']

/** Roles held in a unit (unit_id set): an office or the department. */
export const UNIT_ROLES: RoleName[] = ['office_inspector', 'dept_specialist', 'dept_leader', 'dept_admin']

/** The principal's office (Ban giám hiệu). */
export const PRINCIPAL_OFFICE: RoleName[] = ['principal', 'vice_principal']

export function isRoleName(value: unknown): value is RoleName {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** The status of an approved record; teachers see their group's plans only once approved. */
export const APPROVED_STATUS = 'approved'
