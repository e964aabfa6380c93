import { BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#app/organization/models/user'
import type Document from '#app/documents/models/document'
import { AccessScope } from '#app/organization/services/access_scope'
import { reviewerRoleFor } from '#app/workflow/services/review_assignment'

/**
 * Disputes of a finding ("Báo kiểm tra chưa đúng"): only the document's
 * owner disputes, only the document's routed reviewer decides. Everyone
 * else (a colleague, another school's head, an inspector) is refused.
 */
export default class FindingDisputePolicy extends BasePolicy {
  async dispute(user: User, document: Document): Promise<AuthorizerResponse> {
    if (document.ownerUserId !== user.id) return false
    const scope = await AccessScope.for(user, document.schoolYearId)
    return scope.canView(document)
  }

  async decide(user: User, document: Document): Promise<AuthorizerResponse> {
    return (await reviewerRoleFor(user.id, document)) !== null
  }
}
