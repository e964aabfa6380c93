import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#app/organization/models/user'
import type School from '#app/organization/models/school'
import { AccessScope } from '#app/organization/services/access_scope'

/**
 * Managing a school's groups, accounts and roles: its software
 * administrator (GV quản trị phần mềm) this year, or the department's and
 * the system's administrators. Nobody else, not even the principal.
 */
export default class SchoolAdminPolicy extends BasePolicy {
  async manage(user: User, school: School): Promise<AuthorizerResponse> {
    const scope = await AccessScope.for(user)
    if (scope.has('dept_admin') || scope.has('system_admin')) return true
    return scope.administeredSchoolIds.includes(school.id)
  }
}
