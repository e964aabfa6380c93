import { test } from '@japa/runner'
import ExcelJS from 'exceljs'
import { ApiRequest } from '@japa/api-client'
import SchoolLevel from '#app/organization/models/school_level'
import Unit from '#app/organization/models/unit'
import { givenPersonWithRole } from '#tests/helpers/organization'
import { givenDocument, givenStaffedSchool, thenStatusIs } from '#tests/helpers/workflow'

async function officeOf(schoolId: number) {
  const level = await SchoolLevel.query().where('school_id', schoolId).firstOrFail()
  return Unit.findOrFail(level.receivingUnitId)
}

test.group('Inspection by offices and the department', () => {
  test('an office inspector lists, filters and reads plans of its schools, and leaves a note the school sees', async ({
    client,
    assert,
  }) => {
    const { school, teacher, group, subgroup } = await givenStaffedSchool('thcs')
    const inspector = await givenPersonWithRole(
      'office_inspector',
      { unit: await officeOf(school.id) },
      'Vũ Thanh Tra'
    )
    const flawed = await givenDocument(teacher, {
      group,
      subgroup,
      check: 'warnings',
      title: 'Bài 9. Tỉ số phần trăm',
    })
    await givenDocument(teacher, { group, subgroup, title: 'Bài 10. Biểu đồ cột' })

    const list = await client.get(`/inspection?school=${school.id}&findings=1`).loginAs(inspector)
    list.assertTextIncludes('Bài 9. Tỉ số phần trăm')
    assert.notInclude(list.text(), 'Bài 10. Biểu đồ cột')

    const page = await client.get(`/inspection/${flawed.id}`).loginAs(inspector)
    page.assertTextIncludes('Tên hoạt động khác mẫu.')

    const saved = await client
      .post(`/inspection/${flawed.id}/notes`)
      .form({ body: 'Mục tiêu cần gắn với năng lực đặc thù.' })
      .loginAs(inspector)
      .withCsrfToken()
      .redirects(0)
    saved.assertHeader('location', `/inspection/${flawed.id}`)

    const seenBySchool = await client.get(`/documents/${flawed.id}`).loginAs(teacher)
    seenBySchool.assertTextIncludes('Nhận xét kiểm tra')
    seenBySchool.assertTextIncludes('Mục tiêu cần gắn với năng lực đặc thù.')
    seenBySchool.assertTextIncludes('Vũ Thanh Tra')
  })

  test('inspectors cannot approve or return', async ({ client, assert }) => {
    const { school, teacher, group, subgroup } = await givenStaffedSchool('thpt')
    const specialist = await givenPersonWithRole('dept_specialist', {
      unit: await officeOf(school.id),
      subjects: ['toan'],
    })
    const leader = await givenPersonWithRole('dept_leader', { unit: await officeOf(school.id) })
    const document = await givenDocument(teacher, { group, subgroup, status: 'submitted' })
    for (const inspector of [specialist, leader]) {
      const approve = await client
        .post(`/reviews/${document.id}/approve`)
        .loginAs(inspector)
        .withCsrfToken()
        .redirects(0)
      assert.oneOf(approve.status(), [403, 404])
      const sendBack = await client
        .post(`/reviews/${document.id}/return`)
        .form({ comment: 'x' })
        .loginAs(inspector)
        .withCsrfToken()
        .redirects(0)
      assert.oneOf(sendBack.status(), [403, 404])
    }
    await thenStatusIs(document, 'submitted')
  })

  test('school staff cannot open the inspection pages', async ({ client }) => {
    const { teacher, groupHead } = await givenStaffedSchool()
    for (const user of [teacher, groupHead]) {
      const response = await client.get('/inspection').loginAs(user)
      response.assertStatus(403)
    }
  })
})

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/* Read .xlsx responses as bytes. */
ApiRequest.addParser(XLSX, (res: any, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = []
  res.on('data', (chunk: Buffer) => chunks.push(chunk))
  res.on('end', () => done(null, Buffer.concat(chunks)))
})

test.group('Dashboards', () => {
  test("a teacher sees deadlines and returned plans with the reviewer's comment", async ({
    client,
  }) => {
    const { teacher, group, subgroup, groupHead } = await givenStaffedSchool()
    const document = await givenDocument(teacher, {
      group,
      subgroup,
      status: 'submitted',
      title: 'Bài 11. Góc',
    })
    await client
      .post(`/reviews/${document.id}/return`)
      .form({ comment: 'Sửa mục tiêu.' })
      .loginAs(groupHead)
      .withCsrfToken()
      .redirects(0)
    const page = await client.get('/dashboard').loginAs(teacher)
    page.assertTextIncludes('Hạn nộp của tôi')
    page.assertTextIncludes('Bài 11. Góc')
    page.assertTextIncludes('Sửa mục tiêu.')
  })

  test('the principal sees each group and kind, and exports the table to .xlsx', async ({
    client,
    assert,
  }) => {
    const { teacher, colleague, group, subgroup, principal } = await givenStaffedSchool()
    await givenDocument(teacher, { kind: 'pl3', group, subgroup, status: 'approved' })
    await givenDocument(colleague, {
      kind: 'pl4',
      group,
      subgroup,
      status: 'submitted',
      check: 'warnings',
    })
    const page = await client.get('/dashboard').loginAs(principal)
    page.assertTextIncludes(group.name)
    page.assertTextIncludes('Còn thiếu')
    page.assertTextIncludes('Tên hoạt động khác mẫu.')

    const response = await client.get('/dashboard/export/groups').loginAs(principal)
    response.assertStatus(200)
    response.assertHeader('content-type', XLSX)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.body())
    const sheet = workbook.worksheets[0]
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][]
    const pl3 = rows.find((row) => row[1] === group.name && String(row[2]).startsWith('PL III'))
    assert.exists(pl3)
    /* Columns: group, kind, submitted, approved, returned, late, missing (teachers without PL3). */
    assert.equal(pl3![4], 1)
    assert.isAtLeast(Number(pl3![7]), 1)
  })

  test('an office sees a row per school with rates and drills down to groups', async ({
    client,
  }) => {
    const { school, teacher, group, subgroup } = await givenStaffedSchool('thcs')
    const inspector = await givenPersonWithRole('office_inspector', {
      unit: await officeOf(school.id),
    })
    await givenDocument(teacher, { group, subgroup, status: 'approved' })
    const page = await client.get('/dashboard').loginAs(inspector)
    page.assertTextIncludes('Tình hình theo trường')
    page.assertTextIncludes(school.name)
    page.assertTextIncludes(`/dashboard?school=${school.id}`)
    page.assertTextIncludes('<svg class="bars"')

    const drill = await client.get(`/dashboard?school=${school.id}`).loginAs(inspector)
    drill.assertTextIncludes(group.name)
  })
})
