import { test } from '@japa/runner'
import ExcelJS from 'exceljs'
import { ApiRequest } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import { uploadVersion } from '#app/documents/actions/upload_version'
import { disputeFinding } from '#app/workflow/actions/dispute_finding'
import { givenPersonWithRole, givenRole, givenTeacher } from '#tests/helpers/organization'
import { lessonPlanDocx } from '#tests/helpers/documents'
import { forgetRuleSets, givenLessonPlanIn, givenRuleSetYear } from './helpers.js'
import type SchoolYear from '#app/organization/models/school_year'
import type User from '#app/organization/models/user'
import type Document from '#app/documents/models/document'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/* Read .xlsx responses as bytes. */
ApiRequest.addParser(XLSX, (res: any, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = []
  res.on('data', (chunk: Buffer) => chunks.push(chunk))
  res.on('end', () => done(null, Buffer.concat(chunks)))
})

/** A system administrator of the rule-set year (rights are per school year). */
async function givenSystemAdmin(year: SchoolYear) {
  const user = await givenPersonWithRole('system_admin')
  await givenRole(user, 'system_admin', { schoolYear: year })
  return user
}

const withoutEquipment = { mutations: [{ type: 'dropSection' as const, key: 'II' }] }

interface Counts {
  firedCurrent: number
  firedAll: number
  disputed: number
  overruled: number
}

/** The counts recomputed from the raw rows, in plain code: newest run per version, distinct versions per message. */
async function countsFromRawRows(year: SchoolYear): Promise<Map<string, Counts>> {
  const documents = await db.from('documents').where('school_year_id', year.id)
  const versions = await db.from('document_versions').whereIn(
    'document_id',
    documents.map((row) => row.id)
  )
  const runs = await db.from('validation_runs').whereIn(
    'version_id',
    versions.map((row) => row.id)
  )
  const newest = new Map<number, number>()
  for (const run of runs)
    newest.set(run.version_id, Math.max(newest.get(run.version_id) ?? 0, run.id))
  const current = new Set(documents.map((row) => row.current_version_id))
  const findings = await db.from('findings').whereIn('run_id', [...newest.values()])
  const counts = new Map<string, Counts>()
  const entry = (key: string) =>
    counts.get(key) ??
    counts.set(key, { firedCurrent: 0, firedAll: 0, disputed: 0, overruled: 0 }).get(key)!
  const seen = new Set<string>()
  for (const finding of findings) {
    const run = runs.find((candidate) => candidate.id === finding.run_id)
    const key = `${finding.plugin_id}/${finding.message_id}`
    if (seen.has(`${key}@${run.version_id}`)) continue
    seen.add(`${key}@${run.version_id}`)
    entry(key).firedAll++
    if (current.has(run.version_id)) entry(key).firedCurrent++
  }
  for (const dispute of await db.from('finding_disputes').whereIn(
    'document_id',
    documents.map((row) => row.id)
  )) {
    const counted = entry(`${dispute.plugin_id}/${dispute.message_id}`)
    counted.disputed++
    if (dispute.status === 'accepted') counted.overruled++
  }
  return counts
}

/** The counts as the page shows them, per `plugin/message` row. */
function countsOnPage(html: string): Map<string, Counts> {
  const counts = new Map<string, Counts>()
  for (const [, key, cells] of html.matchAll(/<tr data-evidence="([^"]+)">([\s\S]*?)<\/tr>/g)) {
    const row = { firedCurrent: 0, firedAll: 0, disputed: 0, overruled: 0 }
    for (const [, name, value] of cells.matchAll(/data-count="(\w+)">\s*(?:<a [^>]*>)?(\d+)/g))
      row[name as keyof Counts] = Number(value)
    counts.set(key, row)
  }
  return counts
}

async function disputeFirstError(teacher: User, document: Document, reason: string) {
  const run = await db
    .from('validation_runs')
    .where('version_id', document.currentVersionId!)
    .orderBy('id', 'desc')
    .first()
  const finding = await db
    .from('findings')
    .where('run_id', run.id)
    .where('severity', 'error')
    .orderBy('id')
    .first()
  const result = await disputeFinding(teacher, {
    document,
    versionId: document.currentVersionId!,
    findingId: finding.id,
    reason,
  })
  if (!result.ok) throw new Error(result.error)
  return result.value
}

/** Two plans missing a section (one of them in two versions), one clean, one dispute accepted and one open. */
async function givenEvidence() {
  const year = await givenRuleSetYear()
  const first = await givenTeacher()
  const second = await givenTeacher()
  const { document: twice } = await givenLessonPlanIn(year, first, withoutEquipment)
  const next = await uploadVersion({
    uploader: first,
    bytes: await lessonPlanDocx(withoutEquipment),
    originalName: 'Kế hoạch bài dạy v2.docx',
    target: twice,
  })
  if (!next.ok) throw new Error(next.messageKey)
  await twice.refresh()
  const { document: once } = await givenLessonPlanIn(year, second, withoutEquipment)
  await givenLessonPlanIn(year, second)
  const accepted = await disputeFirstError(second, once, 'Có mục thiết bị ở trang 1.')
  await db.from('finding_disputes').where('id', accepted.id).update({ status: 'accepted' })
  await disputeFirstError(first, twice, 'Mục II có trong bảng.')
  return { year, twice, once }
}

test.group('Evidence on the rule set page (/admin/validators)', (group) => {
  group.each.teardown(async () => {
    await forgetRuleSets()
  })

  test('the counts per plugin and message match the counts from the raw rows', async ({
    client,
    assert,
  }) => {
    const { year } = await givenEvidence()
    const admin = await givenPersonWithRole('dept_admin')
    const page = await client.get(`/admin/validators?year=${year.id}`).loginAs(admin)
    page.assertStatus(200)
    const shown = countsOnPage(page.text())
    const expected = await countsFromRawRows(year)

    assert.isAbove(shown.size, 5)
    for (const [key, counts] of shown)
      assert.deepEqual(
        counts,
        expected.get(key) ?? { firedCurrent: 0, firedAll: 0, disputed: 0, overruled: 0 },
        key
      )
    for (const key of expected.keys()) assert.isTrue(shown.has(key), `${key} is not on the page`)
    /* The scenario itself: two current plans and three versions miss the section; two disputes, one overruled. */
    assert.deepEqual(shown.get('cv5512:structure/sectionMissing'), {
      firedCurrent: 2,
      firedAll: 3,
      disputed: 2,
      overruled: 1,
    })
  }).timeout(90_000)

  test('the cases behind a count: listed only when the viewer may read the plan', async ({
    client,
    assert,
  }) => {
    const { year, twice, once } = await givenEvidence()
    const url = `/admin/validators/cases?year=${year.id}&plugin=cv5512%3Astructure&message=sectionMissing&filter=`
    const systemAdmin = await givenSystemAdmin(year)
    const current = await client.get(`${url}current`).loginAs(systemAdmin)
    current.assertStatus(200)
    current.assertTextIncludes(`href="/documents/${twice.id}/versions/2"`)
    current.assertTextIncludes(`href="/documents/${once.id}/versions/1"`)
    assert.notInclude(current.text(), `/documents/${twice.id}/versions/1"`)
    const overruled = await client.get(`${url}overruled`).loginAs(systemAdmin)
    overruled.assertTextIncludes('Có mục thiết bị ở trang 1.')
    assert.notInclude(overruled.text(), 'Mục II có trong bảng.')

    /* The department's account administrator sees the count, not the teachers' plans. */
    const deptAdmin = await givenPersonWithRole('dept_admin')
    const hidden = await client.get(`${url}current`).loginAs(deptAdmin)
    hidden.assertTextIncludes('2 trường hợp; hiển thị 0 trường hợp bạn được phép xem')
    assert.notInclude(hidden.text(), `/documents/${once.id}/versions`)

    const teacher = await givenTeacher()
    const response = await client.get(`${url}current`).loginAs(teacher)
    response.assertStatus(403)
    const teacherResponse = await client
      .get(`/admin/validators/evidence.xlsx?year=${year.id}`)
      .loginAs(teacher)
    teacherResponse.assertStatus(403)
  }).timeout(90_000)

  test("the .xlsx export holds the page's counts and the disputes the viewer may read, with excerpts", async ({
    client,
    assert,
  }) => {
    const { year } = await givenEvidence()
    const systemAdmin = await givenSystemAdmin(year)
    const response = await client
      .get(`/admin/validators/evidence.xlsx?year=${year.id}`)
      .loginAs(systemAdmin)
    response.assertStatus(200)
    response.assertHeader('content-type', XLSX)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.body())
    const [counts, disputes] = workbook.worksheets
    const row = counts
      .getRows(2, counts.rowCount - 1)!
      .find(
        (candidate) =>
          candidate.getCell(1).value === 'cv5512:structure' &&
          candidate.getCell(3).value === 'sectionMissing'
      )!
    assert.deepEqual(
      [5, 6, 7, 8].map((column) => row.getCell(column).value),
      [2, 3, 2, 1]
    )
    assert.equal(disputes.rowCount, 3)
    const reasons = disputes.getRows(2, 2)!.map((line) => line.getCell(8).value)
    assert.sameMembers(reasons, ['Có mục thiết bị ở trang 1.', 'Mục II có trong bảng.'])

    const deptAdmin = await givenPersonWithRole('dept_admin')
    const limited = await client
      .get(`/admin/validators/evidence.xlsx?year=${year.id}`)
      .loginAs(deptAdmin)
    const other = new ExcelJS.Workbook()
    await other.xlsx.load(limited.body())
    assert.equal(other.worksheets[1].rowCount, 1)
  }).timeout(90_000)
})
