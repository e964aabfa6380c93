import { test } from '@japa/runner'
import type { Assert } from '@japa/assert'
import db from '@adonisjs/lucid/services/db'
import type Document from '#app/documents/models/document'
import { uploadVersion } from '#app/documents/actions/upload_version'
import { submitDocument } from '#app/workflow/actions/submit_document'
import { returnDocument } from '#app/workflow/actions/return_document'
import { approveDocument } from '#app/workflow/actions/approve_document'
import { rebuildSummaries } from '#app/workflow/stats/rebuild_summaries'
import { currentSchoolYear } from '#tests/helpers/organization'
import { givenDocument, givenStaffedSchool } from '#tests/helpers/workflow'
import { lessonPlanDocx } from '#tests/helpers/documents'
import { isoDate, rawCurrentFindings, rawDocuments } from '#tests/functional/workflow/raw_figures'

/*
 * The summary tables (document_counts, finding_counts) follow every step
 * of a plan's life in the same transaction: after each step they equal
 * the same figures counted from the raw tables.
 */

type Figures = Record<string, number>

/** The school's summary rows as "key → count" (rows that dropped to zero left out). */
async function summaryOf(schoolId: number) {
  const documents: Figures = {}
  for (const row of await db
    .from('document_counts')
    .where('school_id', schoolId)
    .whereNot('document_count', 0)) {
    documents[`${row.kind}/${row.status}/${row.group_id}/${row.subgroup_id}/${row.subject_id}`] =
      Number(row.document_count)
  }
  const findings: Figures = {}
  for (const row of await db
    .from('finding_counts')
    .where('school_id', schoolId)
    .whereNot('finding_count', 0)) {
    findings[`${row.kind}/${row.status}/${row.plugin_id}/${row.message_id}/${row.severity}`] =
      Number(row.finding_count)
  }
  const openLessons: Figures = {}
  for (const row of await db
    .from('open_lesson_counts')
    .where('school_id', schoolId)
    .whereNot('document_count', 0)) {
    openLessons[isoDate(row.teaching_date)] = Number(row.document_count)
  }
  return { documents, findings, openLessons }
}

/** The same figures counted from documents, runs and findings. */
async function rawOf(schoolId: number) {
  const yearDocuments = await rawDocuments(await currentSchoolYear())
  const all = yearDocuments.filter((document) => document.schoolId === schoolId)
  const documents: Figures = {}
  for (const d of all) {
    const key = `${d.kind}/${d.status}/${d.groupId ?? 0}/${d.subgroupId ?? 0}/${d.subjectId ?? 0}`
    documents[key] = (documents[key] ?? 0) + 1
  }
  const findings: Figures = {}
  for (const finding of await rawCurrentFindings(all)) {
    const document = all.find((d) => d.id === finding.documentId)!
    const key = `${document.kind}/${document.status}/${finding.key}`
    findings[key] = (findings[key] ?? 0) + 1
  }
  const openLessons: Figures = {}
  for (const d of all.filter(
    (candidate) =>
      candidate.kind === 'pl4' && candidate.status !== 'approved' && candidate.teachingDate !== null
  )) {
    openLessons[d.teachingDate!] = (openLessons[d.teachingDate!] ?? 0) + 1
  }
  return { documents, findings, openLessons }
}

async function thenSummaryMatches(assert: Assert, schoolId: number, step: string) {
  assert.deepEqual(await summaryOf(schoolId), await rawOf(schoolId), step)
}

function statusesIn(figures: Figures) {
  const statuses: Figures = {}
  for (const [key, count] of Object.entries(figures))
    statuses[key.split('/')[1]] = (statuses[key.split('/')[1]] ?? 0) + count
  return statuses
}

async function uploadNewVersion(document: Document, teacherId: number) {
  const { default: User } = await import('#app/organization/models/user')
  const uploader = await User.findOrFail(teacherId)
  const result = await uploadVersion({
    uploader,
    bytes: await lessonPlanDocx(),
    originalName: 'Kế hoạch bài dạy (sửa).docx',
    target: document,
  })
  if (!result.ok) throw new Error(`upload refused: ${result.messageKey}`)
}

test.group('Summary tables follow the workflow', () => {
  test('upload → submit → return → new version → submit → approve: counts equal the raw tables at every step', async ({
    assert,
  }) => {
    const { school, teacher, group, subgroup, subgroupLead } = await givenStaffedSchool()
    const document = await givenDocument(teacher, {
      kind: 'pl4',
      group,
      subgroup,
      check: 'warnings',
    })
    await thenSummaryMatches(assert, school.id, 'uploaded')
    const uploaded = await summaryOf(school.id)
    assert.deepEqual(statusesIn(uploaded.documents), { draft: 1 })
    assert.deepEqual(
      statusesIn(uploaded.findings),
      { draft: 1 },
      'the warning of the current check counts'
    )
    assert.deepEqual(
      Object.values(uploaded.openLessons),
      [1],
      'an open lesson plan on its teaching date'
    )

    const teacherSubmitted = await submitDocument(teacher, document.id)
    assert.isTrue(teacherSubmitted.ok)
    await thenSummaryMatches(assert, school.id, 'submitted')
    const summary = await summaryOf(school.id)
    assert.deepEqual(
      statusesIn(summary.findings),
      { submitted: 1 },
      'the warning moves with the status'
    )

    const subgroupLeadReturned = await returnDocument(subgroupLead, {
      documentId: document.id,
      comment: 'Bổ sung mục tiêu.',
    })
    assert.isTrue(subgroupLeadReturned.ok)
    await thenSummaryMatches(assert, school.id, 'returned')
    const schoolSummary = await summaryOf(school.id)
    assert.deepEqual(statusesIn(schoolSummary.documents), { returned: 1 })

    await uploadNewVersion(document, teacher.id)
    await thenSummaryMatches(assert, school.id, 'new version')
    const revised = await summaryOf(school.id)
    assert.deepEqual(statusesIn(revised.documents), { draft: 1 })
    assert.notProperty(
      revised.findings,
      'pl4/draft/test:structure/missing/warning',
      "the old version's warning no longer counts"
    )

    const submission = await submitDocument(teacher, document.id)
    assert.isTrue(submission.ok)
    await thenSummaryMatches(assert, school.id, 'submitted again')
    const subgroupLeadApproved = await approveDocument(subgroupLead, { documentId: document.id })
    assert.isTrue(subgroupLeadApproved.ok)
    await thenSummaryMatches(assert, school.id, 'approved')
    const approved = await summaryOf(school.id)
    assert.deepEqual(statusesIn(approved.documents), { approved: 1 })
    assert.deepEqual(approved.openLessons, {}, 'an approved lesson plan is never late')
  })

  test('rebuilding from the raw tables repairs a drifted summary and changes nothing else', async ({
    assert,
  }) => {
    const { school, teacher, group, subgroup } = await givenStaffedSchool()
    await givenDocument(teacher, {
      kind: 'pl4',
      group,
      subgroup,
      status: 'submitted',
      check: 'warnings',
    })
    await givenDocument(teacher, {
      kind: 'pl3',
      group,
      subgroup,
      status: 'approved',
      check: 'errors',
    })
    const before = await db
      .from('document_counts')
      .whereNot('document_count', 0)
      .orderBy([
        'school_year_id',
        'school_id',
        'group_id',
        'subgroup_id',
        'subject_id',
        'kind',
        'status',
      ])

    await db.from('document_counts').where('school_id', school.id).update({ document_count: 99 })
    await db.from('finding_counts').where('school_id', school.id).delete()
    const totals = await rebuildSummaries()

    await thenSummaryMatches(assert, school.id, 'rebuilt')
    const after = await db
      .from('document_counts')
      .whereNot('document_count', 0)
      .orderBy([
        'school_year_id',
        'school_id',
        'group_id',
        'subgroup_id',
        'subject_id',
        'kind',
        'status',
      ])
    assert.deepEqual(after, before)
    const documents = await db.from('documents').count('* as n').first()
    assert.equal(totals.documents, Number(documents.n))
  })
})
