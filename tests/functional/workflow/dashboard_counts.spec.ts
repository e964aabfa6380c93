import { test } from '@japa/runner'
import type { Assert } from '@japa/assert'
import { ApiRequest, type ApiClient } from '@japa/api-client'
import { readFile } from 'node:fs/promises'
import { DateTime } from 'luxon'
import ExcelJS from 'exceljs'
import db from '@adonisjs/lucid/services/db'
import app from '@adonisjs/core/services/app'
import SchoolLevel from '#app/organization/models/school_level'
import Unit from '#app/organization/models/unit'
import School from '#app/organization/models/school'
import type User from '#app/organization/models/user'
import type Document from '#app/documents/models/document'
import {
  currentSchoolYear,
  givenDepartment,
  givenPersonWithRole,
} from '#tests/helpers/organization'
import { givenDocument, givenStaffedSchool, givenVersion } from '#tests/helpers/workflow'
import {
  countOf,
  countRow,
  findingTotals,
  latenessRule,
  rawCurrentFindings,
  rawDocuments,
  type RawDocument,
} from './raw_figures.js'

/*
 * Every figure of the department's, the office's and the school's
 * dashboards equals a count over the raw tables (documents, the newest
 * run of each current version, its findings). The pages read summary
 * tables; this proves they say what the raw rows say. Figures are read
 * from the .xlsx export of each table, which renders the page's tables.
 */

type Row = (string | number)[]

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
/* The api client parses JSON and text; the export is a binary workbook. */
ApiRequest.addParser(XLSX, (res: any, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = []
  res.on('data', (chunk: Buffer) => chunks.push(chunk))
  res.on('end', () => done(null, Buffer.concat(chunks)))
})

async function exportedRows(
  client: ApiClient,
  user: User,
  table: string,
  query = ''
): Promise<Row[]> {
  const response = await client.get(`/dashboard/export/${table}${query}`).loginAs(user)
  response.assertStatus(200)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(response.body())
  const rows = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][]
  /* ExcelJS rows are 1-based (index 0 empty); the first row is the header. */
  return rows.slice(1).map((row) => row.slice(1) as Row)
}

async function officeOf(schoolId: number) {
  const level = await SchoolLevel.query().where('school_id', schoolId).firstOrFail()
  return Unit.findOrFail(level.receivingUnitId)
}

async function kindLabels(): Promise<Record<string, string>> {
  return JSON.parse(await readFile(app.makePath('resources/lang/vi/workflow.json'), 'utf8')).kinds
}

/** A school with plans of every kind and status, lesson plans due before and after today, and every check outcome. */
async function givenBusySchool() {
  const staff = await givenStaffedSchool('thcs')
  const { school, group, subgroup, otherSubgroup, teacher, colleague, groupHead, principal } = staff
  const past = DateTime.now().minus({ days: 20 }).startOf('day')
  const soon = DateTime.now().plus({ days: 2 }).startOf('day')
  const later = DateTime.now().plus({ days: 40 }).startOf('day')
  const checks = ['passed', 'warnings', 'errors', 'unreadable', 'none'] as const
  const statuses = ['draft', 'submitted', 'returned', 'approved'] as const

  let n = 0
  for (const status of statuses) {
    for (const teachingDate of [past, soon, later]) {
      const owner = n % 2 ? colleague : teacher
      await givenDocument(owner, {
        kind: 'pl4',
        group,
        subgroup,
        status,
        teachingDate,
        check: checks[n % checks.length],
        title: `Bài ${++n}`,
      })
    }
  }
  await givenDocument(teacher, {
    kind: 'pl3',
    group,
    subgroup,
    status: 'approved',
    check: 'warnings',
  })
  await givenDocument(groupHead, {
    kind: 'pl3',
    group,
    subgroup: otherSubgroup,
    subject: 'tin_hoc',
    status: 'submitted',
    check: 'passed',
  })
  await givenDocument(groupHead, { kind: 'pl1', group, status: 'submitted', check: 'warnings' })
  await givenDocument(principal, { kind: 'school_plan', school, status: 'draft', check: 'errors' })

  /* Superseded checks must not count: a new version, and a newer run of the same version. */
  const revised = await givenDocument(colleague, {
    kind: 'pl4',
    group,
    subgroup,
    status: 'returned',
    check: 'errors',
    title: 'Bài sửa',
  })
  await givenVersion(revised, colleague, 'warnings')
  const rechecked = await givenDocument(colleague, {
    kind: 'pl4',
    group,
    subgroup,
    status: 'draft',
    check: 'warnings',
    title: 'Bài kiểm tra lại',
  })
  await givenNewerRunWithoutFindings(rechecked)

  /* Planned by teaching week only (no date), in weeks already begun: late unless approved. */
  for (const [week, status] of [
    [10, 'submitted'],
    [11, 'draft'],
    [12, 'approved'],
  ] as const) {
    const byWeek = await givenDocument(teacher, {
      kind: 'pl4',
      group,
      subgroup,
      status,
      title: `Bài theo tuần ${week}`,
    })
    byWeek.merge({ teachingDate: null, teachingWeek: week })
    await byWeek.save()
  }
  return staff
}

async function givenNewerRunWithoutFindings(document: Document) {
  const version = await db
    .from('document_versions')
    .where('id', document.currentVersionId!)
    .firstOrFail()
  await db.table('validation_runs').insert({
    version_id: version.id,
    status: 'passed',
    errors: 0,
    warnings: 0,
    infos: 0,
    plugins: '[]',
    file_sha256: version.sha256,
    created_at: DateTime.now().toFormat(db.connection().dialect.dateTimeFormat),
  })
}

/** The "schools" table of a city or office dashboard against the raw rows. */
async function assertSchoolRows(
  assert: Assert,
  rows: Row[],
  documents: RawDocument[],
  isLate: (d: RawDocument) => boolean
) {
  assert.isAbove(rows.length, 0)
  const schools = await School.query().whereIn(
    'name',
    rows.map((row) => String(row[0]))
  )
  for (const row of rows) {
    const school = schools.find((candidate) => candidate.name === row[0])!
    assert.deepEqual(
      row,
      countRow(
        school.name,
        countOf(
          documents.filter((d) => d.schoolId === school.id),
          isLate
        )
      ),
      `school ${school.name}`
    )
  }
}

/** The "findings" table: the most frequent current findings, with their counts. */
async function assertFindingRows(assert: Assert, rows: Row[], documents: RawDocument[]) {
  const all = findingTotals(await rawCurrentFindings(documents))
  assert.deepEqual(
    rows.map((row) => row[2]),
    all.slice(0, 10).map((entry) => entry.total)
  )
  /* Against every total, not the first ten: findings tied at the tenth count may be cut either way. */
  for (const row of rows) {
    assert.isTrue(
      all.some((entry) => entry.total === row[2] && entry.messages.has(String(row[0]))),
      `finding "${row[0]}" × ${row[2]}`
    )
  }
}

test.group('Dashboard figures equal the raw tables', () => {
  test('department, office and school dashboards count what the tables hold', async ({
    client,
    assert,
  }) => {
    const { school, group, principal } = await givenBusySchool()
    await givenBusySchool()
    const year = await currentSchoolYear()
    const documents = await rawDocuments(year)
    const isLate = await latenessRule(year)
    assert.isAbove(documents.filter(isLate).length, 0, 'the scenario has late plans')

    /* The department: every school of the city. */
    const organization = await givenDepartment()
    const leader = await givenPersonWithRole('dept_leader', {
      unit: organization.department,
    })
    const citySchools = await exportedRows(client, leader, 'schools')
    const activeSchools = await db.from('schools').where('is_active', true).count('* as n').first()
    assert.equal(citySchools.length, Number(activeSchools.n))
    await assertSchoolRows(assert, citySchools, documents, isLate)
    await assertFindingRows(assert, await exportedRows(client, leader, 'findings'), documents)

    /* The office: its schools only. */
    const inspector = await givenPersonWithRole('office_inspector', {
      unit: await officeOf(school.id),
    })
    const officeSchools = await exportedRows(client, inspector, 'schools')
    assert.deepEqual(
      officeSchools.map((row) => row[0]),
      [school.name]
    )
    await assertSchoolRows(assert, officeSchools, documents, isLate)

    /* The school drill-down, from the department and as the principal. */
    const ofSchool = documents.filter((d) => d.schoolId === school.id)
    const labels = await kindLabels()
    const teachers = await db
      .from('role_assignments')
      .where({ school_year_id: year.id, group_id: group.id, role: 'teacher' })
      .countDistinct('user_id as n')
      .first()
    for (const [viewer, query] of [
      [leader, `?school=${school.id}`],
      [principal, ''],
    ] as const) {
      const groupRows = await exportedRows(client, viewer, 'groups', query)
      for (const kind of ['pl1', 'pl2', 'pl3', 'pl4']) {
        const ofKind = ofSchool.filter((d) => d.groupId === group.id && d.kind === kind)
        const counts = countOf(ofKind, isLate)
        const withPlan = new Set(ofKind.map((d) => d.ownerUserId)).size
        const missing =
          kind === 'pl3'
            ? Math.max(0, Number(teachers!.n) - withPlan)
            : kind === 'pl4'
              ? '–'
              : counts.total === 0
                ? 1
                : 0
        const row = groupRows.find(
          (candidate) => candidate[0] === group.name && candidate[1] === labels[kind]
        )
        assert.deepEqual(
          row,
          [
            group.name,
            labels[kind],
            counts.submitted,
            counts.approved,
            counts.returned,
            counts.late,
            missing,
          ],
          `${kind} of ${group.name}`
        )
      }
      assert.deepEqual(await exportedRows(client, viewer, 'school', query), [
        countRow(school.name, countOf(ofSchool, isLate)),
      ])
      await assertFindingRows(
        assert,
        await exportedRows(client, viewer, 'findings', query),
        ofSchool
      )
    }
  })

  test('a specialist sees the subjects covered, plus the own plans nobody else shows', async ({
    client,
    assert,
  }) => {
    const { school, group, subgroup } = await givenBusySchool()
    const year = await currentSchoolYear()
    const organization = await givenDepartment()
    const specialist = await givenPersonWithRole('dept_specialist', {
      unit: organization.department,
      subjects: ['tin_hoc'],
    })
    /* The specialist also teaches (Toán) in that school: an own plan outside the covered subjects. */
    const own = await givenDocument(specialist, {
      kind: 'pl4',
      group,
      subgroup,
      subject: 'toan',
      status: 'submitted',
      check: 'warnings',
      title: 'Bài của chuyên viên',
    })

    const documents = await rawDocuments(year)
    const isLate = await latenessRule(year)
    const subjectsRows = await db.from('subjects').where('code', 'tin_hoc').firstOrFail()
    const tinHoc = subjectsRows.id
    const plans = ['pl1', 'pl2', 'pl3', 'pl4']
    const documentsRows = await db
      .from('documents')
      .where('school_year_id', year.id)
      .select('id', 'subject_id')
    const subjects = new Map(documentsRows.map((row) => [row.id, row.subject_id]))
    const visible = documents.filter(
      (d) => d.id === own.id || (plans.includes(d.kind) && subjects.get(d.id) === tinHoc)
    )

    const rows = await exportedRows(client, specialist, 'schools')
    const row = rows.find((candidate) => candidate[0] === school.name)
    assert.deepEqual(
      row,
      countRow(
        school.name,
        countOf(
          visible.filter((d) => d.schoolId === school.id),
          isLate
        )
      )
    )
    await assertFindingRows(assert, await exportedRows(client, specialist, 'findings'), visible)
  })
})
