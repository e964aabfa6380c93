import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#app/organization/models/user'
import db from '@adonisjs/lucid/services/db'
import { AccessScope } from '#app/organization/services/access_scope'
import { AdminReach } from '#app/organization/services/admin_reach'
import { rolesThat } from '#app/core/registries/roles'

/**
 * Managing schools, offices, report routing, specialists and school years:
 * the roles that administer the department (role registry).
 */
export default class DepartmentAdminPolicy extends BasePolicy {
  async manage(user: User): Promise<AuthorizerResponse> {
    const scope = await AccessScope.for(user)
    if (scope.schoolYearId === null) return this.adminInAnyYear(user)
    return user.isActive && AdminReach.of(scope).department
  }

  /** Before any year is current, an administrator of any year may open one. */
  private async adminInAnyYear(user: User) {
    if (!user.isActive) return false
    const row = await db
      .from('role_assignments')
      .where('user_id', user.id)
      .whereIn('role', rolesThat({ administers: 'department' }))
      .first()
    return Boolean(row)
  }
}
