import { test } from '@japa/runner'
import type { Assert } from '@japa/assert'
import { ApiRequest, type ApiClient } from '@japa/api-client'
import ExcelJS from 'exceljs'
import db from '@adonisjs/lucid/services/db'
import User from '#app/organization/models/user'
import SchoolYear from '#app/organization/models/school_year'
import { DEMO_LOGINS, seedDemo } from '#app/organization/seeding/demo'
import { DEMO_YEAR_SCHOOLS, seedDemoYear, type DemoYearSize } from '#app/workflow/seeding/demo_year'
import { PAGE_SIZE } from '#app/workflow/services/inspection_list'
import { kindDefinition } from '#app/core/registries/kinds'
import { reviewerRoleFor, reviewersOf } from '#app/workflow/services/review_assignment'
import { countOf, countRow, latenessRule, rawDocuments, type RawDocument } from './raw_figures.js'

/*
 * The demo year as a first-time user meets it after `npm start`: a
 * reduced, deterministic version (four demo schools, those of the demo
 * logins) seeded through the real actions, then every demo login's page
 * compared with the raw rows: a teacher's own plans, a reviewer's queue,
 * an inspector's list, the dashboards' figures.
 */

const SIZE: DemoYearSize = { schools: 4, teachersPerGroup: 1, lessonsPerTeacher: 3 }

type Row = (string | number)[]
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
ApiRequest.addParser(XLSX, (res: any, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = []
  res.on('data', (chunk: Buffer) => chunks.push(chunk))
  res.on('end', () => done(null, Buffer.concat(chunks)))
})

async function exportedRows(client: ApiClient, user: User, table: string): Promise<Row[]> {
  const response = await client.get(`/dashboard/export/${table}`).loginAs(user)
  if (response.status() !== 200)
    throw new Error(`${user.username}: /dashboard/export/${table} answered ${response.status()}`)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(response.body())
  const rows = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][]
  return rows.slice(1).map((row) => row.slice(1) as Row)
}

async function login(username: string) {
  return User.findByOrFail('username', username)
}

async function demoSchools() {
  return db
    .from('schools')
    .whereIn('code', DEMO_YEAR_SCHOOLS.slice(0, SIZE.schools))
    .select('id', 'code', 'name')
}

/** The schools table of a dashboard: each demo school's row equals the raw counts of its plans. */
async function assertSchoolFigures(
  assert: Assert,
  rows: Row[],
  documents: RawDocument[],
  isLate: (d: RawDocument) => boolean,
  who: string
) {
  const schools = await demoSchools()
  const shown = rows.filter((row) => schools.some((school) => school.name === row[0]))
  assert.isAbove(shown.length, 0, `${who} sees demo schools`)
  assert.isTrue(
    shown.some((row) => Number(row[1]) > 0),
    `${who} sees plans`
  )
  for (const row of shown) {
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
      `${who}: ${school.name}`
    )
  }
}

async function demoSchoolIds() {
  const schools = await demoSchools()
  return schools.map((school) => school.id)
}

async function demoDocuments(year: SchoolYear, schoolIds: number[]) {
  const documents = await rawDocuments(year)
  return documents.filter((d) => schoolIds.includes(d.schoolId))
}

async function titlesOf(where: (query: any) => void) {
  const query = db.from('documents').select('id', 'title')
  where(query)
  return query
}

/** What the Toán specialist covers: the Toán plans of groups and teachers (the school plan has no subject). */
async function toanPlans(documents: RawDocument[]) {
  const toan = await db.from('subjects').where('code', 'toan').firstOrFail()
  return documents.filter((d) => d.kind !== 'school_plan' && d.subjectId === toan.id)
}

test.group('Demo school year', (group) => {
  let year: SchoolYear
  /*
   * Rolled back at the end: the run's database is shared, and hundreds of
   * demo plans left behind would fill later tests' queues and dashboards.
   */
  group.setup(async () => {
    await db.beginGlobalTransaction()
    if (!(await User.findBy('username', 'gv.toan'))) await seedDemo()
    year = (await SchoolYear.current())!
    await seedDemoYear(SIZE)
    return () => db.rollbackGlobalTransaction()
  })

  test('holds plans of every kind in every state, with their histories, dated over the year', async ({
    assert,
  }) => {
    const demo = await demoSchools()
    const schools = demo.map((school) => school.id)
    const yearDocuments = await rawDocuments(year)
    const documents = yearDocuments.filter((d) => schools.includes(d.schoolId))
    assert.sameMembers(
      [...new Set(documents.map((d) => d.kind))],
      ['school_plan', 'pl1', 'pl2', 'pl3', 'pl4']
    )
    assert.includeMembers(
      [...new Set(documents.map((d) => d.status))],
      ['draft', 'submitted', 'returned', 'approved']
    )

    const ids = documents.map((d) => d.id)
    const actions = await db
      .from('document_events')
      .whereIn('document_id', ids)
      .select('document_id', 'action', 'created_at')
      .orderBy('id')
    const returned = new Set(
      actions.filter((e) => e.action === 'returned').map((e) => e.document_id)
    )
    const resubmitted = documents.filter((d) => returned.has(d.id) && d.status === 'approved')
    assert.isAbove(resubmitted.length, 0, 'returned, corrected and approved')
    const reports = await db
      .from('school_plan_reports')
      .whereIn('document_id', ids)
      .count('* as n')
      .first()
    assert.isAbove(Number(reports.n), 0, 'school plans reported upward')
    const notes = await db
      .from('inspection_notes')
      .whereIn('document_id', ids)
      .count('* as n')
      .first()
    assert.isAbove(Number(notes.n), 0, 'inspection notes')
    const disputes = await db
      .from('finding_disputes')
      .join('document_versions', 'document_versions.id', 'finding_disputes.version_id')
      .whereIn('document_versions.document_id', ids)
      .count('* as n')
      .first()
    assert.isAbove(Number(disputes.n), 0, 'disputed findings')

    const severities = await db
      .from('findings')
      .join('validation_runs', 'validation_runs.id', 'findings.run_id')
      .join('documents', 'documents.current_version_id', 'validation_runs.version_id')
      .whereIn('documents.id', ids)
      .distinct('findings.severity')
    assert.includeMembers(
      severities.map((row) => row.severity),
      ['error', 'warning']
    )

    /* Back-dated: the first uploads are before the school year starts, approvals happen before and after the plan deadline. */
    const approvals = actions
      .filter((e) => e.action === 'approved')
      .map((e) => new Date(e.created_at).getTime())
    const deadline = year.planDeadline.endOf('day').toMillis()
    assert.isTrue(
      approvals.some((at) => at <= deadline) && approvals.some((at) => at > deadline),
      'approved before and after the deadline'
    )
    const firstUpload = await db
      .from('document_versions')
      .whereIn('document_id', ids)
      .min('created_at as at')
      .first()
    assert.isBelow(new Date(firstUpload.at).getTime(), year.startsOn.toMillis())
  })

  test('seeding again adds nothing', async ({ assert }) => {
    const before = await db.from('document_versions').count('* as n').first()
    assert.equal(await seedDemoYear(SIZE), 0)
    const after = await db.from('document_versions').count('* as n').first()
    assert.equal(Number(after.n), Number(before.n))
  })

  test('a submitted plan notifies exactly the people who may approve or return it', async ({
    assert,
  }) => {
    const schools = await demoSchoolIds()
    const documents = await demoDocuments(year, schools)
    /* Whoever reviews anything in a school: its group heads, subgroup leads and principal's office. */
    const everyone = await db
      .from('role_assignments')
      .where('school_year_id', year.id)
      .whereIn('school_id', schools)
      .whereIn('role', ['group_head', 'subgroup_lead', 'principal', 'vice_principal'])
      .select('user_id', 'school_id')
    for (const document of documents) {
      const inSchool = [
        ...new Set(
          everyone.filter((row) => row.school_id === document.schoolId).map((row) => row.user_id)
        ),
      ]
      const mayReview: number[] = []
      for (const userId of inSchool)
        if (await reviewerRoleFor(userId, { id: document.id, schoolYearId: year.id }))
          mayReview.push(userId)
      const target = { ...document, schoolYearId: year.id }
      assert.sameMembers(await reviewersOf(target), mayReview, `document ${document.id}`)
    }
  })

  test('teachers see their own plans', async ({ client, assert }) => {
    for (const username of ['gv.toan', 'gv.vatli']) {
      const user = await login(username)
      const own = await titlesOf((q) =>
        q.where({ owner_user_id: user.id, school_year_id: year.id })
      )
      assert.isAbove(own.length, 0, username)
      const response = await client.get('/documents').loginAs(user)
      const page = response.text()
      for (const document of own)
        assert.include(page, `/documents/${document.id}`, `${username}: ${document.title}`)
    }
  })

  test('a subgroup lead’s queue holds exactly the submitted plans of the subgroup', async ({
    client,
    assert,
  }) => {
    const lead = await login('nt.toan')
    const role = await db
      .from('role_assignments')
      .where({ user_id: lead.id, role: 'subgroup_lead', school_year_id: year.id })
      .firstOrFail()
    const waiting = await titlesOf((q) =>
      q
        .where({ subgroup_id: role.subgroup_id, status: 'submitted', school_year_id: year.id })
        .whereIn('kind', ['pl3', 'pl4'])
        .whereNot('owner_user_id', lead.id)
        /* A group head's own plans go to the principal's office. */
        .whereNotIn(
          'owner_user_id',
          db
            .from('role_assignments')
            .where({ role: 'group_head', group_id: role.group_id, school_year_id: year.id })
            .select('user_id')
        )
    )
    assert.isAbove(waiting.length, 0)
    const response = await client.get('/reviews').loginAs(lead)
    const page = response.text()
    const listed = new Set([...page.matchAll(/\/reviews\/(\d+)/g)].map((match) => Number(match[1])))
    assert.sameMembers(
      [...listed],
      waiting.map((document) => document.id)
    )
  })

  test('every demo login lands on pages with figures that match the rows', async ({
    client,
    assert,
  }) => {
    const documents = await rawDocuments(year)
    const isLate = await latenessRule(year)
    /* The dashboard each login gets: the city's schools, the principal's school, the group's teachers, or the teacher's own deadlines. */
    const dashboards: Record<string, 'schools' | 'school' | 'teachers' | 'deadlines'> = {
      'gv.toan': 'deadlines',
      'gv.vatli': 'deadlines',
      'tp.toantin': 'deadlines',
      'qt.chuvanan': 'teachers',
      'nt.toan': 'teachers',
      'tt.toantin': 'teachers',
      'ht.chuvanan': 'school',
      'pht.chuvanan': 'school',
      'ht.ngoquyen': 'school',
      'pgd.lechan': 'schools',
      'vhxh.ngoquyen': 'schools',
      'cv.toan': 'schools',
      'ld.gdtrh': 'schools',
      'bgd.so': 'schools',
    }
    /* The administrators manage the organization, not plans: their home lists the department's schools. */
    const administrators = ['qt.so', 'qt.hethong']
    assert.sameMembers(
      [...Object.keys(dashboards), ...administrators],
      DEMO_LOGINS.map((demo) => demo.username)
    )
    /* Each demo school, found by its code (other tests of the run add schools of their own; the list shows 200). */
    const schools = await demoSchools()
    for (const username of administrators) {
      for (const school of schools) {
        const page = await client
          .get('/admin/department')
          .qs({ q: school.code })
          .loginAs(await login(username))
        page.assertStatus(200)
        assert.include(page.text(), school.name, username)
      }
    }
    for (const [username, table] of Object.entries(dashboards)) {
      const user = await login(username)
      const response = await client.get('/dashboard').loginAs(user)
      response.assertStatus(200)
      const rows = await exportedRows(client, user, table)
      const roles = await db
        .from('role_assignments')
        .where({ user_id: user.id, school_year_id: year.id })
      if (table === 'schools') {
        const covered = username === 'cv.toan' ? await toanPlans(documents) : documents
        await assertSchoolFigures(assert, rows, covered, isLate, username)
        /* The inspection list holds the plans of the schools the dashboard shows (first page of 50). */
        const names = new Set(rows.map((row) => row[0]))
        const schoolsRows = await db.from('schools').select('id', 'name')
        const schoolIds = schoolsRows
          .filter((school) => names.has(school.name))
          .map((school) => school.id)
        const inScope = covered.filter((d) => schoolIds.includes(d.schoolId))
        const list = await client.get('/inspection').loginAs(user)
        list.assertStatus(200)
        const listed = new Set(
          [...list.text().matchAll(/\/inspection\/(\d+)/g)].map((match) => Number(match[1]))
        )
        assert.equal(
          listed.size,
          Math.min(PAGE_SIZE, inScope.length),
          `${username}'s inspection list`
        )
        for (const id of listed)
          assert.isTrue(
            inScope.some((d) => d.id === id),
            `${username} lists document ${id}`
          )
      } else if (table === 'school') {
        const school = await db
          .from('schools')
          .where('id', roles.find((role) => role.school_id)!.school_id)
          .firstOrFail()
        const counts = countOf(
          documents.filter((d) => d.schoolId === school.id),
          isLate
        )
        assert.isAbove(counts.total, 0, username)
        assert.deepEqual(rows, [countRow(school.name, counts)], username)
      } else if (table === 'teachers') {
        const head = roles.find((role) => role.role === 'group_head')
        const lead = roles.find((role) => role.role === 'subgroup_lead')
        const groupId = (head ?? lead)!.group_id
        /*
         * A group head's table counts the group's plans; a subgroup lead's the
         * subgroup's, and the group's own (PL I, PL II) once approved, as every
         * member of the group sees them (access_scope.ts).
         */
        const inScope = (d: RawDocument) =>
          d.groupId === groupId &&
          (head !== undefined ||
            d.subgroupId === lead!.subgroup_id ||
            (d.subgroupId === null &&
              kindDefinition(d.kind).level === 'group' &&
              d.status === 'approved'))
        /* Each person the table lists has the counts of the plans they own there. */
        assert.isTrue(
          rows.some((row) => Number(row[1]) > 0),
          `${username} sees plans`
        )
        const people = await db
          .from('users')
          .whereIn(
            'id',
            db
              .from('role_assignments')
              .where({ group_id: groupId, school_year_id: year.id })
              .select('user_id')
          )
          .select('id', 'full_name')
        for (const row of rows) {
          const person = people.find((candidate) => candidate.full_name === row[0])!
          const expected = countRow(
            person.full_name,
            countOf(
              documents.filter((d) => inScope(d) && d.ownerUserId === person.id),
              isLate
            )
          )
          assert.deepEqual(row, expected, `${username}: ${person.full_name}`)
        }
      } else {
        const open = documents.filter((d) => d.ownerUserId === user.id && d.status !== 'approved')
        assert.isAbove(open.length, 0, username)
        assert.lengthOf(rows, open.length, username)
      }
    }
  })
})
