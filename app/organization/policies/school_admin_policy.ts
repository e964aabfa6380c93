import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#app/organization/models/user'
import type School from '#app/organization/models/school'
import { AccessScope } from '#app/organization/services/access_scope'
import { AdminReach } from '#app/organization/services/admin_reach'

/**
 * Managing a school's groups, accounts and roles: a role that administers
 * that school this year (GV quản trị phần mềm), or the department (role
 * registry). Nobody else, not even the principal. What may be done to whom
 * is then decided per target by AdminReach.
 */
export default class SchoolAdminPolicy extends BasePolicy {
  async manage(user: User, school: School): Promise<AuthorizerResponse> {
    return AdminReach.of(await AccessScope.for(user)).managesSchool(school.id)
  }
}
