import { test } from '@japa/runner'
import { submitDocument } from '#app/workflow/actions/submit_document'
import { withdrawDocument } from '#app/workflow/actions/withdraw_document'
import { approveDocument } from '#app/workflow/actions/approve_document'
import { returnDocument } from '#app/workflow/actions/return_document'
import { recordNewVersion } from '#app/workflow/actions/record_new_version'
import {
  eventsOf,
  givenDocument,
  givenStaffedSchool,
  givenVersion,
  thenStatusIs,
} from '#tests/helpers/workflow'

test.group('Workflow lifecycle (actions)', () => {
  test('draft → submitted → returned → new version → submitted → approved, each step logged', async ({
    assert,
  }) => {
    const { teacher, group, subgroup, subgroupLead } = await givenStaffedSchool()
    const document = await givenDocument(teacher, { kind: 'pl4', group, subgroup })

    const submitted = await submitDocument(teacher, document.id)
    assert.isTrue(submitted.ok)
    await thenStatusIs(document, 'submitted')

    assert.deepEqual(
      await returnDocument(subgroupLead, { documentId: document.id, comment: '  ' }),
      { ok: false, error: 'comment_required' }
    )
    const returned = await returnDocument(subgroupLead, {
      documentId: document.id,
      comment: 'Bổ sung mục tiêu năng lực.',
    })
    assert.isTrue(returned.ok)
    await thenStatusIs(document, 'returned')

    await givenVersion(document, teacher, 'passed')
    await recordNewVersion(teacher, document.id)
    await thenStatusIs(document, 'draft')
    const teacherSubmitted = await submitDocument(teacher, document.id)
    assert.isTrue(teacherSubmitted.ok)
    const approved = await approveDocument(subgroupLead, { documentId: document.id })
    assert.isTrue(approved.ok)
    await thenStatusIs(document, 'approved')

    const events = await eventsOf(document)
    assert.deepEqual(
      events.map((event) => [event.action, event.fromStatus, event.toStatus]),
      [
        ['submitted', 'draft', 'submitted'],
        ['returned', 'submitted', 'returned'],
        ['new_version', 'returned', 'draft'],
        ['submitted', 'draft', 'submitted'],
        ['approved', 'submitted', 'approved'],
      ]
    )
    assert.equal(events[1].comment, 'Bổ sung mục tiêu năng lực.')
    assert.equal(events[4].actorRole, 'subgroup_lead')
    assert.isNotNull(events[4].validationRunId)
  })

  test('a version with an error finding can be neither submitted nor approved', async ({
    assert,
  }) => {
    const { teacher, group, subgroup, groupHead } = await givenStaffedSchool()
    const document = await givenDocument(teacher, { group, subgroup, check: 'errors' })
    assert.deepEqual(await submitDocument(teacher, document.id), { ok: false, error: 'has_errors' })

    /* Even if it got to "submitted" by another path, approval checks again. */
    const forced = await givenDocument(teacher, {
      group,
      subgroup,
      check: 'errors',
      status: 'submitted',
    })
    assert.deepEqual(await approveDocument(groupHead, { documentId: forced.id }), {
      ok: false,
      error: 'has_errors',
    })
    await thenStatusIs(forced, 'submitted')
  })

  test('warnings never block; an unreadable scan may be submitted', async ({ assert }) => {
    const { teacher, group, subgroup } = await givenStaffedSchool()
    const warned = await givenDocument(teacher, { group, subgroup, check: 'warnings' })
    const scanned = await givenDocument(teacher, { group, subgroup, check: 'unreadable' })
    const unchecked = await givenDocument(teacher, { group, subgroup, check: 'none' })
    const warnedSubmitted = await submitDocument(teacher, warned.id)
    assert.isTrue(warnedSubmitted.ok)
    const scannedSubmitted = await submitDocument(teacher, scanned.id)
    assert.isTrue(scannedSubmitted.ok)
    assert.deepEqual(await submitDocument(teacher, unchecked.id), {
      ok: false,
      error: 'validation_pending',
    })
  })

  test('withdraw before review; not after approval; only the owner', async ({ assert }) => {
    const { teacher, colleague, group, subgroup, groupHead } = await givenStaffedSchool()
    const document = await givenDocument(teacher, { group, subgroup })
    await submitDocument(teacher, document.id)
    /* The group head sees the plan but does not own it; a colleague does not even see it. */
    assert.deepEqual(await withdrawDocument(groupHead, document.id), {
      ok: false,
      error: 'not_owner',
    })
    assert.deepEqual(await withdrawDocument(colleague, document.id), {
      ok: false,
      error: 'not_found',
    })
    const withdrawn = await withdrawDocument(teacher, document.id)
    assert.isTrue(withdrawn.ok)
    await thenStatusIs(document, 'draft')

    await submitDocument(teacher, document.id)
    await approveDocument(groupHead, { documentId: document.id })
    assert.deepEqual(await withdrawDocument(teacher, document.id), {
      ok: false,
      error: 'not_withdrawable',
    })
  })

  test('a new upload on an approved document puts it back to draft', async ({ assert }) => {
    const { teacher, group, subgroup, groupHead } = await givenStaffedSchool()
    const document = await givenDocument(teacher, { group, subgroup })
    await submitDocument(teacher, document.id)
    await approveDocument(groupHead, { documentId: document.id })
    const stored = await thenStatusIs(document, 'approved')
    const approvedVersion = stored.currentVersionId

    await givenVersion(document, teacher, 'passed')
    await recordNewVersion(teacher, document.id)
    const fresh = await thenStatusIs(document, 'draft')
    assert.notEqual(fresh.currentVersionId, approvedVersion)
  })
})
