import { test } from '@japa/runner'
import { ApiRequest, type ApiClient } from '@japa/api-client'
import { DateTime } from 'luxon'
import ExcelJS from 'exceljs'
import db from '@adonisjs/lucid/services/db'
import SchoolLevel from '#app/organization/models/school_level'
import Unit from '#app/organization/models/unit'
import type School from '#app/organization/models/school'
import type User from '#app/organization/models/user'
import type Document from '#app/documents/models/document'
import {
  currentSchoolYear,
  givenDepartment,
  givenGroup,
  givenPersonWithRole,
  givenTeacher,
} from '#tests/helpers/organization'
import { givenDocument, givenStaffedSchool } from '#tests/helpers/workflow'
import { deadlineDetail } from '#app/workflow/services/deadline_views'
import { settingsFor } from '#app/workflow/services/workflow_settings'
import {
  rawDeadlineRows,
  rawOwed,
  rawTaughtUnapproved,
  weekMonday,
} from './raw_deadline_figures.js'

/*
 * The leaders' deadline views: every figure equals a recount of the raw
 * rows (read from the .xlsx export of each table, which is what the page
 * shows), each figure opens the people and plans it counts, and each
 * leader sees only the schools in scope.
 */
type Row = (string | number)[]
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
ApiRequest.addParser(XLSX, (res: any, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = []
  res.on('data', (chunk: Buffer) => chunks.push(chunk))
  res.on('end', () => done(null, Buffer.concat(chunks)))
})

async function exported(
  client: ApiClient,
  user: User,
  table: string,
  query = ''
): Promise<{ header: Row; rows: Row[] }> {
  const response = await client.get(`/deadlines/export/${table}${query}`).loginAs(user)
  response.assertStatus(200)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(response.body())
  const rows = (workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][]).map(
    (row) => row.slice(1) as Row
  )
  return { header: rows[0], rows: rows.slice(1) }
}

async function approvedOn(document: Document, at: DateTime) {
  await db.table('document_events').insert({
    document_id: document.id,
    action: 'approved',
    from_status: 'submitted',
    to_status: 'approved',
    created_at: at.toFormat(db.connection().dialect.dateTimeFormat),
  })
}

async function officeOf(school: School) {
  const level = await SchoolLevel.query().where('school_id', school.id).firstOrFail()
  return Unit.findOrFail(level.receivingUnitId)
}

/** A school whose yearly plans and lessons are in every state, approved before and after their day. */
async function givenSchoolWithDeadlines() {
  const staff = await givenStaffedSchool('thcs')
  const { school, group, subgroup, teacher, colleague, groupHead, subgroupLead, principal } = staff
  const year = await currentSchoolYear()
  const otherGroup = await givenGroup(school, 'Tổ Ngữ văn')
  const literature = await givenTeacher({ school, group: otherGroup, fullName: 'Vũ Thị Văn' })

  await givenDocument(teacher, { kind: 'pl3', group, subgroup, status: 'approved' })
  await givenDocument(colleague, { kind: 'pl3', group, subgroup, status: 'submitted' })
  await approvedOn(
    await givenDocument(subgroupLead, { kind: 'pl3', group, subgroup, status: 'approved' }),
    year.planDeadline.plus({ days: 5 })
  )
  await givenDocument(literature, { kind: 'pl3', group: otherGroup, status: 'draft' })
  await givenDocument(groupHead, { kind: 'pl1', group, status: 'draft' })
  await approvedOn(
    await givenDocument(groupHead, { kind: 'pl2', group, status: 'approved' }),
    year.planDeadline.minus({ days: 2 })
  )
  await givenDocument(principal, { kind: 'school_plan', school, status: 'submitted' })

  const today = DateTime.now().startOf('day')
  await givenDocument(teacher, {
    group,
    subgroup,
    status: 'submitted',
    teachingDate: today,
    title: 'Bài dạy hôm nay chưa duyệt',
  })
  await givenDocument(colleague, {
    group,
    subgroup,
    status: 'approved',
    teachingDate: today,
    title: 'Bài dạy hôm nay đã duyệt',
  })
  await approvedOn(
    await givenDocument(teacher, {
      group,
      subgroup,
      status: 'approved',
      teachingDate: today,
      title: 'Bài duyệt đúng ngày dạy',
    }),
    DateTime.now()
  )
  await givenDocument(literature, {
    group: otherGroup,
    status: 'returned',
    teachingDate: today.startOf('month'),
    title: 'Bài đầu tháng',
  })
  await givenDocument(teacher, {
    group,
    subgroup,
    status: 'submitted',
    teachingDate: today.plus({ days: 5 }),
    title: 'Bài tuần sau',
  })
  const byWeek = await givenDocument(colleague, {
    group,
    subgroup,
    status: 'submitted',
    title: 'Bài theo tuần 14',
  })
  byWeek.merge({ teachingDate: null, teachingWeek: 14 })
  await byWeek.save()
  const approvedByWeek = await givenDocument(teacher, {
    group,
    subgroup,
    status: 'approved',
    title: 'Bài tuần 14 đã duyệt',
  })
  approvedByWeek.merge({ teachingDate: null, teachingWeek: 14 })
  await approvedByWeek.save()
  await approvedOn(approvedByWeek, weekMonday(14).minus({ days: 3 }))
  await givenDocument(colleague, {
    group,
    subgroup,
    status: 'returned',
    teachingDate: weekMonday(14).plus({ days: 2 }),
    title: 'Bài ngày 3/12/2025',
  })
  return { ...staff, otherGroup }
}

test.group('Deadline views for leaders', () => {
  test("the principal's figures per group equal the raw rows, and each opens its people and plans", async ({
    client,
    assert,
  }) => {
    const { school, group, otherGroup, principal, groupHead } = await givenSchoolWithDeadlines()
    await givenSchoolWithDeadlines()
    const year = await currentSchoolYear()
    const raw = await rawDeadlineRows(year)
    const today = DateTime.now().startOf('day')

    const yearly = await exported(client, principal, 'yearly')
    assert.lengthOf(
      yearly.header,
      7,
      'group, then PL I, II, III × (not handed in, not approved in time)'
    )
    assert.deepEqual(yearly.rows.map((row) => row[0]).sort(), [group.name, otherGroup.name].sort())
    for (const row of yearly.rows) {
      const place = { school: school.id, group: row[0] === group.name ? group.id : otherGroup.id }
      const expected = (['pl1', 'pl2', 'pl3'] as const).flatMap((kind) =>
        Object.values(rawOwed(raw, kind, place))
      )
      assert.deepEqual(row.slice(1), expected, `${row[0]}`)
    }
    assert.isAbove(
      Number(yearly.rows.find((row) => row[0] === group.name)![6]),
      0,
      'a PL III was approved after the deadline'
    )

    const lessons = await exported(client, principal, 'lessons')
    for (const row of lessons.rows) {
      const place = { school: school.id, group: row[0] === group.name ? group.id : otherGroup.id }
      assert.deepEqual(
        row.slice(1),
        [
          rawTaughtUnapproved(raw, place, today.startOf('week'), today).length,
          rawTaughtUnapproved(raw, place, today.startOf('month'), today).length,
        ],
        `${row[0]}`
      )
    }
    assert.equal(
      lessons.rows.find((row) => row[0] === group.name)![1],
      2,
      'today: one not approved, one approved only on the day'
    )

    const trend = await exported(client, principal, 'trend')
    assert.lengthOf(trend.rows, 35)
    const week14 = trend.rows.find((row) => row[0] === 'Tuần 14')!
    assert.equal(week14[1], '01/12–07/12/2025')
    assert.equal(
      week14[3],
      rawTaughtUnapproved(
        raw,
        { school: school.id },
        weekMonday(14),
        weekMonday(14).plus({ days: 6 })
      ).length
    )
    assert.equal(week14[3], 2, 'the week-only lesson not approved and the dated one returned')

    /* Drill down: who has no PL III handed in, and which lessons of week 14. */
    const page = await client.get('/deadlines').loginAs(principal)
    page.assertStatus(200)
    const link = page
      .text()
      .match(/href="([^"]*figure=not_submitted[^"]*kind=pl3[^"]*group=(\d+)[^"]*)"/g)!
      .map((href) => href.slice(6, -1).replaceAll('&amp;', '&'))
      .find((href) => href.endsWith(`group=${group.id}`))!
    const detail = await client.get(link).loginAs(principal)
    detail.assertStatus(200)
    assert.include(detail.text(), groupHead.fullName)
    assert.notInclude(detail.text(), 'Nguyễn Thị Mai')
    const people = await exported(client, principal, 'detail', link.slice(link.indexOf('?')))
    assert.lengthOf(
      people.rows,
      rawOwed(raw, 'pl3', { school: school.id, group: group.id }).notSubmitted
    )

    const weekDetail = await exported(client, principal, 'detail', `?figure=taught_in_week&week=14`)
    assert.sameMembers(
      weekDetail.rows.map((row) => row[3]),
      ['Bài theo tuần 14', 'Bài ngày 3/12/2025']
    )
    assert.include(
      weekDetail.rows.map((row) => row[4]),
      '01/12/2025'
    )
  })

  test("the office and the department see their schools, each school's figures equal to the raw rows", async ({
    client,
    assert,
  }) => {
    const first = await givenSchoolWithDeadlines()
    const second = await givenSchoolWithDeadlines()
    const year = await currentSchoolYear()
    const raw = await rawDeadlineRows(year)
    const expectedRow = (school: School) => [
      school.name,
      ...(['school_plan', 'pl1', 'pl2', 'pl3'] as const).flatMap((kind) =>
        Object.values(rawOwed(raw, kind, { school: school.id }))
      ),
    ]

    const inspector = await givenPersonWithRole('office_inspector', {
      unit: await officeOf(first.school),
    })
    const office = await exported(client, inspector, 'yearly')
    assert.deepEqual(office.rows, [expectedRow(first.school)])

    const organization = await givenDepartment()
    const leader = await givenPersonWithRole('dept_leader', {
      unit: organization.department,
    })
    const city = await exported(client, leader, 'yearly')
    for (const school of [first.school, second.school])
      assert.deepEqual(
        city.rows.find((row) => row[0] === school.name),
        expectedRow(school)
      )
    const schools = await db.from('schools').where('is_active', true).count('* as total')
    assert.lengthOf(city.rows, Number(schools[0].total))

    /* The office's school row opens that school's groups. */
    const narrowed = await exported(client, inspector, 'yearly', `?school=${first.school.id}`)
    assert.sameMembers(
      narrowed.rows.map((row) => row[0]),
      [first.group.name, first.otherGroup.name]
    )
  })

  test("the department's lessons and trend per school equal the raw rows, and stay so after approvals, returns and deletions", async ({
    client,
    assert,
  }) => {
    const first = await givenSchoolWithDeadlines()
    const second = await givenSchoolWithDeadlines()
    const year = await currentSchoolYear()
    const today = DateTime.now().startOf('day')
    const organization = await givenDepartment()
    const leader = await givenPersonWithRole('dept_leader', { unit: organization.department })
    const schools = [first.school, second.school]

    /* The page's figures (from the per-school summary) against a recount of the rows. */
    async function assertFiguresMatchRows(when: string) {
      const raw = await rawDeadlineRows(year)
      const lessons = await exported(client, leader, 'lessons')
      for (const school of schools)
        assert.deepEqual(
          lessons.rows.find((row) => row[0] === school.name),
          [
            school.name,
            rawTaughtUnapproved(raw, { school: school.id }, today.startOf('week'), today).length,
            rawTaughtUnapproved(raw, { school: school.id }, today.startOf('month'), today).length,
          ],
          `${when}: ${school.name}`
        )
      /* The trend counts every active school's lessons. */
      const everySchool = await db.from('schools').where('is_active', true).select('id')
      const trend = await exported(client, leader, 'trend')
      assert.isNotEmpty(trend.rows)
      for (const row of trend.rows) {
        const week = Number(String(row[0]).replace('Tuần ', ''))
        const unapproved = everySchool.flatMap((school) =>
          rawTaughtUnapproved(
            raw,
            { school: school.id },
            weekMonday(week),
            weekMonday(week).plus({ days: 6 })
          )
        )
        assert.equal(row[3], unapproved.length, `${when}: ${row[0]}`)
      }
    }

    await assertFiguresMatchRows('as seeded')

    /* Week 14's unapproved lessons of the first school: one approved in time, one approved late, then one returned. */
    const unapproved = await db
      .from('documents')
      .where({ school_id: first.school.id, kind: 'pl4' })
      .whereNot('status', 'approved')
      .orderBy('id')
      .select('id', 'teaching_date', 'teaching_week')
    const byWeek = unapproved.find((row) => row.teaching_week === 14 && !row.teaching_date)!
    await db.from('documents').where('id', byWeek.id).update({ status: 'approved' })
    await approvedOn({ id: byWeek.id } as Document, weekMonday(14).minus({ days: 1 }))
    await assertFiguresMatchRows('a week-only lesson approved before its week')

    const dated = unapproved.find((row) => row.id !== byWeek.id && row.teaching_date)!
    await db.from('documents').where('id', dated.id).update({ status: 'approved' })
    await approvedOn({ id: dated.id } as Document, today.plus({ days: 1 }))
    await assertFiguresMatchRows('a dated lesson approved after its day')

    await db.from('documents').where('id', dated.id).update({ status: 'returned' })
    await assertFiguresMatchRows('the late-approved lesson returned')

    const approvedLesson = await db
      .from('documents')
      .where({ school_id: second.school.id, kind: 'pl4', status: 'approved' })
      .first()
    await db.from('documents').where('id', approvedLesson.id).update({ status: 'returned' })
    await assertFiguresMatchRows('an approved lesson returned')
    await db
      .from('documents')
      .where('id', approvedLesson.id)
      .update({ teaching_date: today.minus({ days: 1 }).toISODate() })
    await assertFiguresMatchRows('a lesson moved to yesterday')
    await db.from('documents').where('id', unapproved[0].id).delete()
    await assertFiguresMatchRows('a lesson deleted')
  })

  test('each leader sees only his schools; others are refused', async ({ client, assert }) => {
    const first = await givenSchoolWithDeadlines()
    const second = await givenSchoolWithDeadlines()
    const inspector = await givenPersonWithRole('office_inspector', {
      unit: await officeOf(first.school),
    })

    const own = await client.get('/deadlines').loginAs(first.principal)
    own.assertStatus(200)
    assert.include(own.text(), first.group.name)
    assert.notInclude(own.text(), second.group.name)
    const inspectorView = await client.get('/deadlines').loginAs(inspector)
    assert.notInclude(inspectorView.text(), second.school.name)

    for (const outsider of [first.principal, inspector]) {
      for (const url of [
        `/deadlines?school=${second.school.id}`,
        `/deadlines/detail?figure=taught_week&group=${second.group.id}`,
        `/deadlines/export/yearly?school=${second.school.id}`,
      ]) {
        const response = await client.get(url).loginAs(outsider)
        response.assertStatus(404)
      }
    }
    const schoolAdmin = await givenPersonWithRole('school_admin', { school: first.school })
    const organization = await givenDepartment()
    const departmentAdmin = await givenPersonWithRole('dept_admin', {
      unit: organization.department,
    })
    for (const refused of [
      first.teacher,
      first.groupHead,
      first.subgroupLead,
      schoolAdmin,
      departmentAdmin,
    ]) {
      for (const url of [
        '/deadlines',
        '/deadlines/export/yearly',
        '/deadlines/detail?figure=taught_week',
      ]) {
        const response = await client.get(url).loginAs(refused)
        response.assertStatus(403)
      }
    }
    const anonymous = await client.get('/deadlines').redirects(0)
    anonymous.assertStatus(302)
    /* The menu offers the page to the principal, not to a teacher. */
    const principalHome = await client.get('/').loginAs(first.principal)
    assert.include(principalHome.text(), 'href="/deadlines"')
    const teacherHome = await client.get('/').loginAs(first.teacher)
    assert.notInclude(teacherHome.text(), 'href="/deadlines"')
  })

  test("a department specialist sees every school's figures for the subjects covered only", async ({
    client,
    assert,
  }) => {
    const first = await givenSchoolWithDeadlines()
    const second = await givenSchoolWithDeadlines()
    const literature = await givenSubjectLessons(first)
    const year = await currentSchoolYear()
    const raw = await rawDeadlineRows(year)
    const today = DateTime.now().startOf('day')
    const organization = await givenDepartment()
    const specialist = await givenPersonWithRole('dept_specialist', {
      unit: organization.division,
      subjects: ['toan'],
    })

    const page = await client.get('/deadlines').loginAs(specialist)
    page.assertStatus(200)
    const specialistHome = await client.get('/').loginAs(specialist)
    assert.include(specialistHome.text(), 'href="/deadlines"')

    const lessons = await exported(client, specialist, 'lessons')
    for (const school of [first.school, second.school]) {
      const row = lessons.rows.find((candidate) => candidate[0] === school.name)!
      const math = (from: DateTime) =>
        rawTaughtUnapproved(raw, { school: school.id }, from, today).filter(
          (lesson) => lesson.subject_id === literature.mathId
        ).length
      assert.deepEqual(row.slice(1), [math(today.startOf('week')), math(today.startOf('month'))])
    }
    const all = rawTaughtUnapproved(raw, { school: first.school.id }, today.startOf('month'), today)
    assert.isAbove(all.length, Number(lessons.rows.find((r) => r[0] === first.school.name)![2]))

    /* The detail names no literature lesson; the yearly table has no school plan column. */
    const month = await exported(client, specialist, 'detail', '?figure=taught_month')
    assert.notInclude(
      month.rows.map((row) => row[3]),
      literature.title
    )
    const yearly = await exported(client, specialist, 'yearly')
    assert.lengthOf(yearly.header, 7, 'PL I, II, III; no school plan')
    for (const school of [first.school, second.school])
      assert.deepEqual(
        yearly.rows.find((row) => row[0] === school.name)!.slice(1),
        (['pl1', 'pl2', 'pl3'] as const).flatMap((kind) =>
          Object.values(rawOwed(raw, kind, { school: school.id }, literature.mathId))
        ),
        school.name
      )
    assert.isAbove(
      rawOwed(raw, 'pl3', { school: first.school.id }).notSubmitted,
      rawOwed(raw, 'pl3', { school: first.school.id }, literature.mathId).notSubmitted,
      'the literature teacher owes a PL III the math specialist does not count'
    )
  })

  test('a detail list is paged, every page together equal to the figure and to the export', async ({
    client,
    assert,
  }) => {
    const { school, group, principal, teacher } = await givenSchoolWithDeadlines()
    const year = await currentSchoolYear()
    const subject = await db.from('subjects').where('code', 'toan').firstOrFail()
    await db.table('documents').multiInsert(
      Array.from({ length: 60 }, (_, index) => ({
        kind: 'pl4',
        school_year_id: year.id,
        school_id: school.id,
        group_id: group.id,
        subject_id: subject.id,
        owner_user_id: teacher.id,
        title: `Bài tuần 20 số ${index + 1}`,
        lesson_title: `Bài tuần 20 số ${index + 1}`,
        teaching_week: 20,
        status: index % 3 === 0 ? 'draft' : 'submitted',
        created_at: new Date(),
        updated_at: new Date(),
      }))
    )
    const raw = await rawDeadlineRows(year)
    const expected = rawTaughtUnapproved(
      raw,
      { school: school.id },
      weekMonday(20),
      weekMonday(20).plus({ days: 6 })
    )
    assert.lengthOf(expected, 60)

    const trend = await exported(client, principal, 'trend')
    assert.equal(trend.rows.find((row) => row[0] === 'Tuần 20')![3], 60)

    const seen: string[] = []
    for (const number of [1, 2]) {
      const page = await client
        .get(`/deadlines/detail?figure=taught_in_week&week=20&page=${number}`)
        .loginAs(principal)
      page.assertStatus(200)
      seen.push(...[...page.text().matchAll(/Bài tuần 20 số \d+/g)].map((match) => match[0]))
      assert.include(page.text(), 'Tổng cộng 60 mục')
    }
    assert.lengthOf(seen, 60, '50 on the first page, 10 on the second')
    assert.sameMembers(
      seen,
      expected.map((row: any) => row.lesson_title)
    )
    const all = await exported(client, principal, 'detail', '?figure=taught_in_week&week=20&page=2')
    assert.lengthOf(all.rows, 60, 'the export has every row, whatever the page')
  })

  test("the department's detail list is paged across schools: every page together is the figure, in school order", async ({
    assert,
  }) => {
    const schools = [await givenSchoolWithDeadlines(), await givenSchoolWithDeadlines()]
    const year = await currentSchoolYear()
    const subject = await db.from('subjects').where('code', 'toan').firstOrFail()
    for (const [number, { school, group, teacher }] of schools.entries())
      await db.table('documents').multiInsert(
        Array.from({ length: number === 0 ? 23 : 9 }, (_, index) => ({
          kind: 'pl4',
          school_year_id: year.id,
          school_id: school.id,
          group_id: group.id,
          subject_id: subject.id,
          owner_user_id: teacher.id,
          title: `Bài tuần 21 số ${index + 1}`,
          teaching_week: 21,
          status: index % 4 === 0 ? 'approved' : 'submitted',
          created_at: new Date(),
          updated_at: new Date(),
        }))
      )
    const raw = await rawDeadlineRows(year)
    const everySchool = await db.from('schools').where('is_active', true).select('id', 'name')
    const expected = everySchool.flatMap((school) =>
      rawTaughtUnapproved(
        raw,
        { school: school.id },
        weekMonday(21),
        weekMonday(21).plus({ days: 6 })
      )
    )
    assert.isAtLeast(expected.length, 23, '17 of the first school, 6 of the second')

    const context = {
      year,
      settings: await settingsFor(year.id),
      t: (key: string) => key,
      today: DateTime.now(),
      schoolIds: everySchool.map((school) => school.id),
    }
    const query = { figure: 'taught_in_week' as const, week: 21 }
    const seen: string[][] = []
    for (let page = 1; ; page++) {
      const table = await deadlineDetail(context, query, { page, perPage: 7 })
      assert.equal(table.pagination!.total, expected.length)
      seen.push(...(table.rows as string[][]))
      if (page >= table.pagination!.lastPage) break
    }
    assert.lengthOf(seen, expected.length, 'every page together: the figure')
    const whole = await deadlineDetail(context, query, { page: 1, perPage: 1000 })
    assert.deepEqual(seen, whole.rows, 'pages of 7 in the order of one page of all')
    assert.sameMembers(
      whole.cellLinks.map((row) => Number(String(row[3]).match(/(\d+)$/)![1])),
      expected.map((row) => row.id),
      'each lesson once, none left out'
    )
    const schoolOrder = everySchool
      .map((school) => school.name as string)
      .sort((a, b) => a.localeCompare(b))
    const shown = [...new Set(seen.map((row) => row[0]))]
    assert.deepEqual(
      shown,
      schoolOrder.filter((name) => shown.includes(name)),
      'by school name'
    )
  })
})

/** Lessons of another subject (literature) taught this month, not approved: outside a math specialist's view. */
async function givenSubjectLessons({ school, group }: { school: School; group: { id: number } }) {
  const literatureTeacher = await givenTeacher({
    school,
    group: group as never,
    subjects: ['ngu_van'],
    fullName: 'Đinh Thị Văn',
  })
  const title = 'Bài Ngữ văn chưa duyệt'
  const document = await givenDocument(literatureTeacher, {
    group: group as never,
    subject: 'ngu_van',
    status: 'submitted',
    teachingDate: DateTime.now().startOf('day'),
    title,
  })
  const math = await db.from('subjects').where('code', 'toan').firstOrFail()
  return { title, id: document.id, mathId: math.id as number }
}
