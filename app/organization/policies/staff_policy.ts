import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#app/organization/models/user'
import { AccessScope } from '#app/organization/services/access_scope'
import { AdminReach, verdictOnAccount } from '#app/organization/services/admin_reach'
import type { RoleName } from '#app/core/registries/roles'

/** A person acted on for a school in a school year. */
export interface StaffTarget {
  userId: number
  schoolId: number
  schoolYearId: number
}

const refused = (reason: string) =>
  AuthorizationResponse.deny(reason, 403).t(`organization.staff.refused.${reason}`)

/**
 * What an administrator may do to one person of a school, decided from that
 * person's current assignments (AdminReach) and the grant table (role
 * registry), never from the URL.
 */
export default class StaffPolicy extends BasePolicy {
  /** Reset the password, lock or unlock, change the details of the account. */
  async changeAccount(user: User, target: StaffTarget): Promise<AuthorizerResponse> {
    const reach = AdminReach.of(await AccessScope.for(user, target.schoolYearId))
    const verdict = await verdictOnAccount(
      reach,
      target.userId,
      target.schoolId,
      target.schoolYearId
    )
    return verdict === 'ok' ? true : refused(verdict)
  }

  /** Give or take away one role at the school. */
  async grant(user: User, target: StaffTarget, role: RoleName): Promise<AuthorizerResponse> {
    if (user.id === target.userId) return refused('self')
    const reach = AdminReach.of(await AccessScope.for(user, target.schoolYearId))
    return reach.mayGrant(role, target.schoolId) ? true : refused('notGrantable')
  }
}
