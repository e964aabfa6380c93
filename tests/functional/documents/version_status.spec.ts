import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#app/organization/models/user'
import {
  givenGroup,
  givenPersonWithRole,
  givenSchool,
  givenTeacher,
} from '#tests/helpers/organization'
import { givenLessonPlan } from '#tests/helpers/documents'
import { rebuildSummaries } from '#app/workflow/stats/rebuild_summaries'

/*
 * The report of a version not checked yet polls /documents/:id/versions/:n/status
 * (version_status.js); the upload form polls /documents/uploads/progress while
 * the server reads the file. Both answer only about what the asker may see.
 */

async function givenPlanOfGroup() {
  const school = await givenSchool()
  const group = await givenGroup(school)
  const teacher = await givenTeacher({ school, group })
  const { document, version } = await givenLessonPlan(teacher)
  return { school, group, teacher, document, version }
}

/** A version whose check has not run yet (as after a crash, or while it waits in the queue). */
async function withoutRun(versionId: number) {
  await db.from('validation_runs').where('version_id', versionId).delete()
  await rebuildSummaries()
}

const statusUrl = (documentId: number, number = 1) =>
  `/documents/${documentId}/versions/${number}/status`

test.group('Where a version check stands (status endpoint)', () => {
  test('the owner learns the check is done, with the same words as the report', async ({
    client,
    assert,
  }) => {
    const { teacher, document } = await givenPlanOfGroup()
    const response = await client
      .get(statusUrl(document.id))
      .header('Accept', 'application/json')
      .loginAs(teacher)
    response.assertStatus(200)
    assert.equal(response.body().state, 'checked')
    assert.equal(response.body().text, 'Đạt')
  })

  test('a version waiting for its check says "đang chờ xử lý" with its place, on the report and in the JSON; never a failure', async ({
    client,
    assert,
  }) => {
    const { teacher, document, version } = await givenPlanOfGroup()
    await withoutRun(version.id)
    const status = await client
      .get(statusUrl(document.id))
      .header('Accept', 'application/json')
      .loginAs(teacher)
    status.assertStatus(200)
    assert.equal(status.body().state, 'waiting')
    assert.isAtLeast(status.body().position, 1)
    assert.equal(
      status.body().text,
      `Đang chờ xử lý: phiên bản này đứng thứ ${status.body().position} trong hàng chờ kiểm tra tự động.`
    )

    /* Without JavaScript a reload shows the same sentence; the page polls the same address with it. */
    const page = await client.get(`/documents/${document.id}/versions/1`).loginAs(teacher)
    page.assertTextIncludes(status.body().text)
    page.assertTextIncludes(`data-version-status="${statusUrl(document.id)}"`)
    assert.notInclude(page.text(), 'quá thời gian')
    assert.notInclude(page.text(), 'Tệp chưa được lưu')
  })

  test('the group head and the principal of the school may ask; their answer is the owner’s', async ({
    client,
    assert,
  }) => {
    const { school, group, document } = await givenPlanOfGroup()
    for (const reader of [
      await givenPersonWithRole('group_head', { school, group }),
      await givenPersonWithRole('principal', { school }),
    ]) {
      const response = await client
        .get(statusUrl(document.id))
        .header('Accept', 'application/json')
        .loginAs(reader)
      response.assertStatus(200)
      assert.equal(response.body().state, 'checked')
    }
  })

  test('a colleague, another school’s principal or group head get what a missing version gets', async ({
    client,
    assert,
  }) => {
    const { school, document, version } = await givenPlanOfGroup()
    await withoutRun(version.id)
    const otherSchool = await givenSchool()
    const strangers = [
      await givenTeacher({ school }),
      await givenPersonWithRole('principal', { school: otherSchool }),
      await givenPersonWithRole('group_head', {
        school: otherSchool,
        group: await givenGroup(otherSchool),
      }),
    ]
    for (const stranger of strangers) {
      const hidden = await client
        .get(statusUrl(document.id))
        .header('Accept', 'application/json')
        .loginAs(stranger)
      const missingDocument = await client
        .get(statusUrl(document.id + 100000))
        .header('Accept', 'application/json')
        .loginAs(stranger)
      hidden.assertStatus(404)
      missingDocument.assertStatus(404)
      assert.deepEqual(hidden.body(), missingDocument.body())
      assert.notProperty(hidden.body(), 'state')
    }
    const owner = await db
      .from('documents')
      .where('id', document.id)
      .select('owner_user_id')
      .first()
    const missingVersion = await client
      .get(statusUrl(document.id, 7))
      .header('Accept', 'application/json')
      .loginAs(await User.findOrFail(owner.owner_user_id))
    missingVersion.assertStatus(404)
  })

  test('nobody signed out learns anything', async ({ client, assert }) => {
    const { document } = await givenPlanOfGroup()
    for (const url of [statusUrl(document.id), '/documents/uploads/progress']) {
      const response = await client.get(url).header('Accept', 'application/json').redirects(0)
      assert.include([401, 302], response.status(), url)
      assert.notProperty(response.body() ?? {}, 'state')
    }
  })

  test('the upload progress answers about one’s own files only: nothing being read is "idle"', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const response = await client
      .get('/documents/uploads/progress')
      .header('Accept', 'application/json')
      .loginAs(teacher)
    response.assertStatus(200)
    assert.deepEqual(response.body(), { state: 'idle', ahead: 0, text: null })
  })
})
