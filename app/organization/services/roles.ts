/*
 * Roles and their capabilities live in the role registry; re-exported here
 * for the modules that import them from this path.
 */
export type { RoleName } from '#app/organization/roles/registry'
import { rolesThat } from '#app/organization/roles/registry'

/** The principal's office (Ban giám hiệu). */
export const PRINCIPAL_OFFICE = rolesThat('leadsSchool')

/** The status of an approved record; teachers see their group's plans only once approved. */
export const APPROVED_STATUS = 'approved'
