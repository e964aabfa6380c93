import type { AccessScope } from '#app/organization/services/access_scope'
import type { RoleName } from '#app/organization/services/roles'

/** Roles that inspect from outside the school (directive 2.3); they read and comment, never approve. */
export const INSPECTOR_ROLES: RoleName[] = ['office_inspector', 'dept_specialist', 'dept_leader']

/** The inspecting role the user holds, or null (school staff review on /reviews instead). */
export function inspectorRoleOf(scope: AccessScope): RoleName | null {
  return INSPECTOR_ROLES.find((role) => scope.has(role)) ?? null
}
