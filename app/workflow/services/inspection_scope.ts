import type { AccessScope } from '#app/organization/services/access_scope'
import type { RoleName } from '#app/core/registries/roles'
import { rolesThat } from '#app/core/registries/roles'

/** Roles that inspect from outside the school (directive 2.3; role registry); they read and comment, never approve. */
const INSPECTOR_ROLES: RoleName[] = rolesThat('inspects')

/** The inspecting role the user holds, or null (school staff review on /reviews instead). */
export function inspectorRoleOf(scope: AccessScope): RoleName | null {
  return INSPECTOR_ROLES.find((role) => scope.has(role)) ?? null
}
