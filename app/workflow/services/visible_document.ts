import Document from '#app/documents/models/document'
import type User from '#app/organization/models/user'
import { AccessScope } from '#app/organization/services/access_scope'

/**
 * The document when it exists AND the user may see it, null otherwise:
 * every workflow action starts here, so a refusal outside one's scope
 * answers "not found" exactly like an id that does not exist (no probing).
 * Reviewers, inspectors and owners always see the documents they act on.
 */
export async function visibleDocument(user: User, documentId: number) {
  const document = Number.isSafeInteger(documentId) ? await Document.find(documentId) : null
  if (!document) return null
  const scope = await AccessScope.for(user, document.schoolYearId)
  return scope.canView(document) ? document : null
}
