import type { RoleName } from '#app/core/registries/roles'

/*
 * The guide has one manual per kind of work, not per role in the database:
 * a group head and a subgroup lead review the same way, an office inspector
 * and a department specialist inspect the same way.
 */
export const GUIDE_ROLES = [
  'teacher',
  'group-head',
  'principal',
  'school-admin',
  'inspector',
  'dept-admin',
] as const
export type GuideRole = (typeof GUIDE_ROLES)[number]

export function isGuideRole(value: unknown): value is GuideRole {
  return typeof value === 'string' && (GUIDE_ROLES as readonly string[]).includes(value)
}

const GUIDE_OF_ROLE: Record<RoleName, GuideRole> = {
  teacher: 'teacher',
  group_head: 'group-head',
  group_deputy: 'group-head',
  subgroup_lead: 'group-head',
  principal: 'principal',
  vice_principal: 'principal',
  school_admin: 'school-admin',
  office_inspector: 'inspector',
  dept_specialist: 'inspector',
  dept_leader: 'inspector',
  dept_admin: 'dept-admin',
  system_admin: 'dept-admin',
}

/*
 * When a person holds several roles, the welcome panel shows the manual of
 * the role with the most to learn first: a group head is also a teacher,
 * but reviewing is what is new to them.
 */
const PRIORITY: GuideRole[] = [
  'dept-admin',
  'inspector',
  'principal',
  'school-admin',
  'group-head',
  'teacher',
]

/** The guides that concern someone with these roles, most specific first. */
export function guideRolesFor(roles: readonly RoleName[]): GuideRole[] {
  const mine = new Set(roles.map((role) => GUIDE_OF_ROLE[role]).filter(Boolean))
  return PRIORITY.filter((role) => mine.has(role))
}
