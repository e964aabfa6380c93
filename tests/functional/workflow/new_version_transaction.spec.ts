import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Document from '#app/documents/models/document'
import { filesOnDisk, lessonPlanDocx } from '#tests/helpers/documents'
import { eventsOf, givenDocument, givenStaffedSchool, thenStatusIs } from '#tests/helpers/workflow'

/*
 * A new version and its workflow consequence (an approved plan goes back
 * to draft) are one transaction: either both exist or neither, so "an
 * approved plan with a newer unreviewed version" cannot be stored.
 */

async function versionCount(documentId: number) {
  const [row] = await db
    .from('document_versions')
    .where('document_id', documentId)
    .count('* as total')
  return Number(row.total)
}

test.group('A new version and its workflow status, together', () => {
  test('a new version of an approved plan puts it back to draft, logged with that version', async ({
    client,
    assert,
  }) => {
    const { teacher, group, subgroup } = await givenStaffedSchool()
    const document = await givenDocument(teacher, { group, subgroup, status: 'approved' })

    const response = await client
      .post(`/documents/${document.id}/versions`)
      .file('file', await lessonPlanDocx(), { filename: 'v2.docx' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)

    response.assertHeader('location', `/documents/${document.id}/versions/2`)
    const fresh = await thenStatusIs(document, 'draft')
    const events = await eventsOf(document)
    const event = events.find((candidate) => candidate.action === 'new_version')
    assert.deepInclude(event?.serialize(), {
      fromStatus: 'approved',
      toStatus: 'draft',
      versionId: fresh.currentVersionId,
    })
  })

  test('when the workflow step fails, the version is rolled back: no row, no stored file, the approval stands', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { teacher, group, subgroup } = await givenStaffedSchool()
    const document = await givenDocument(teacher, { group, subgroup, status: 'approved' })
    const files = await filesOnDisk()
    /* The audit log cannot be written (as when its table is locked or gone): the workflow's step fails. */
    await db.rawQuery('ALTER TABLE document_events RENAME TO document_events_away')
    cleanup(() => db.rawQuery('ALTER TABLE document_events_away RENAME TO document_events'))

    const response = await client
      .post(`/documents/${document.id}/versions`)
      .file('file', await lessonPlanDocx(), { filename: 'v2.docx' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(500)
    assert.equal(await versionCount(document.id), 1)
    assert.sameMembers(await filesOnDisk(), files)
    const fresh = await Document.findOrFail(document.id)
    assert.equal(fresh.status, 'approved')
    assert.equal(fresh.currentVersionId, document.currentVersionId)
  })
})
