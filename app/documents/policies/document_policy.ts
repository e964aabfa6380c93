import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type { AuthorizerResponse } from '@adonisjs/bouncer/types'
import type User from '#app/organization/models/user'
import { AccessScope } from '#app/organization/services/access_scope'
import type Document from '#app/documents/models/document'

/**
 * Who may read a document and add versions to it. Reading follows the
 * organization's AccessScope for the document's school year (directive
 * 2.3); only the owner adds versions, and not once the plan is approved
 * (the workflow module may narrow this further).
 */
export default class DocumentPolicy extends BasePolicy {
  /** Outside one's scope a document answers 404, like one that does not exist: probing ids reveals nothing. */
  async view(user: User, document: Document): Promise<AuthorizerResponse> {
    const scope = await AccessScope.for(user, document.schoolYearId)
    return scope.canView(document) ? true : AuthorizationResponse.deny('Not found', 404)
  }

  async download(user: User, document: Document): Promise<AuthorizerResponse> {
    return this.view(user, document)
  }

  async uploadVersion(user: User, document: Document): Promise<AuthorizerResponse> {
    // An approved version stays locked as it is; a new upload is a new version that needs a new approval.
    const visible = await this.view(user, document)
    if (visible !== true) return visible
    return document.ownerUserId === user.id
  }
}
