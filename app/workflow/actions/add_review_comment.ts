import db from '@adonisjs/lucid/services/db'
import type User from '#app/organization/models/user'
import ReviewComment from '#app/workflow/models/review_comment'
import { reviewerRoleFor } from '#app/workflow/services/review_assignment'
import { fail, ok, type Result } from '#app/workflow/services/result'
import { visibleDocument } from '#app/workflow/services/visible_document'

export type CommentFailure = 'not_found' | 'not_reviewer' | 'empty' | 'finding_not_in_document'

export interface CommentInput {
  documentId: number
  body: string
  findingId?: number | null
  blockIndex?: number | null
}

/** A reviewer's remark on the current version, optionally anchored to one of its findings or blocks. */
export async function addReviewComment(
  user: User,
  input: CommentInput
): Promise<Result<ReviewComment, CommentFailure>> {
  const body = input.body?.trim() ?? ''
  const document = await visibleDocument(user, input.documentId)
  if (!document) return fail('not_found')
  if (!(await reviewerRoleFor(user.id, document))) return fail('not_reviewer')
  if (!body) return fail('empty')
  if (input.findingId && !(await findingBelongsTo(input.findingId, document.currentVersionId)))
    return fail('finding_not_in_document')

  const comment = await ReviewComment.create({
    documentId: document.id,
    versionId: document.currentVersionId,
    authorUserId: user.id,
    findingId: input.findingId ?? null,
    blockIndex: input.blockIndex ?? null,
    body,
  })
  return ok(comment)
}

async function findingBelongsTo(findingId: number, versionId: number | null) {
  if (!versionId) return false
  const row = await db
    .from('findings')
    .join('validation_runs', 'validation_runs.id', 'findings.run_id')
    .where('findings.id', findingId)
    .where('validation_runs.version_id', versionId)
    .first()
  return Boolean(row)
}
