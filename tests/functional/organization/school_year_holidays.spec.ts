import { test } from '@japa/runner'
import ExcelJS from 'exceljs'
import { ApiRequest } from '@japa/api-client'
import SchoolYear from '#app/organization/models/school_year'
import {
  currentSchoolYear,
  givenDepartment,
  givenPersonWithRole,
  givenTeacher,
} from '#tests/helpers/organization'
import { givenStaffedSchool } from '#tests/helpers/workflow'

/*
 * The department's administrator sets a school year's breaks on a form;
 * the school calendar skips a week spent wholly on a break, which the
 * deadline views' week dates show. The test year starts on Friday
 * 5/9/2025: teaching week n is the calendar week n − 1 after 1/9/2025.
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
ApiRequest.addParser(XLSX, (res: any, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = []
  res.on('data', (chunk: Buffer) => chunks.push(chunk))
  res.on('end', () => done(null, Buffer.concat(chunks)))
})

async function givenDepartmentAdmin() {
  await currentSchoolYear()
  const { department } = await givenDepartment()
  return givenPersonWithRole('dept_admin', { unit: department }, 'Trịnh Thu Trang')
}

async function holidaysOf(year: SchoolYear) {
  const fresh = await SchoolYear.findOrFail(year.id)
  return fresh.holidays
}

const holidaysUrl = (year: SchoolYear) => `/admin/department/school-years/${year.id}/holidays`

test.group('School year holidays', () => {
  test('the department admin sets a break; the teaching weeks after it move a week later', async ({
    client,
    assert,
  }) => {
    const admin = await givenDepartmentAdmin()
    const year = await currentSchoolYear()
    const { principal } = await givenStaffedSchool('thcs')

    const page = await client.get(holidaysUrl(year)).loginAs(admin)
    page.assertStatus(200)
    page.assertTextIncludes('Ngày nghỉ của năm học')
    const saved = await client
      .put(holidaysUrl(year))
      .form({
        'holidays[0][name]': 'Nghỉ Tết Nguyên đán',
        'holidays[0][from]': '2026-02-16',
        'holidays[0][to]': '2026-02-21',
        'holidays[1][name]': '',
        'holidays[1][from]': '',
        'holidays[1][to]': '',
      })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    saved.assertFlashMessage('success', `Đã lưu ngày nghỉ của năm học ${year.name}.`)
    const fresh = await SchoolYear.findOrFail(year.id)
    assert.deepEqual(fresh.holidays, [
      { name: 'Nghỉ Tết Nguyên đán', from: '2026-02-16', to: '2026-02-21' },
    ])
    const again = await client.get(holidaysUrl(year)).loginAs(admin)
    again.assertTextIncludes('value="Nghỉ Tết Nguyên đán"')

    /* The principal's weekly trend: week 24 before Tết, week 25 the week after it. */
    const response = await client.get('/deadlines/export/trend').loginAs(principal)
    response.assertStatus(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.body())
    const rows = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][]
    const dates = (week: number) => rows.find((row) => row[1] === `Tuần ${week}`)?.[2]
    assert.equal(dates(24), '09/02–15/02/2026')
    assert.equal(dates(25), '23/02–01/03/2026')
  })

  test('a break ending before it starts, without a name or outside the year is refused beside its field', async ({
    client,
    assert,
  }) => {
    const admin = await givenDepartmentAdmin()
    const year = await currentSchoolYear()
    const before = await holidaysOf(year)

    const reversed = await client
      .put(holidaysUrl(year))
      .form({
        'holidays[0][name]': '',
        'holidays[0][from]': '2026-02-21',
        'holidays[0][to]': '2026-02-16',
      })
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', holidaysUrl(year))
      .redirects(0)
    const errors = reversed.flashMessages().inputErrorsBag as Record<string, string[]>
    assert.deepEqual(errors['holidays.0.name'], ['Vui lòng nhập tên đợt nghỉ.'])
    assert.deepEqual(errors['holidays.0.to'], ['Ngày kết thúc nghỉ phải từ ngày bắt đầu trở đi.'])
    const page = await client
      .get(holidaysUrl(year))
      .loginAs(admin)
      .withFlashMessages(reversed.flashMessages())
    page.assertTextIncludes('Ngày kết thúc nghỉ phải từ ngày bắt đầu trở đi.')

    const outside = await client
      .put(holidaysUrl(year))
      .form({
        'holidays[0][name]': 'Nghỉ hè',
        'holidays[0][from]': '2026-06-01',
        'holidays[0][to]': '2026-08-31',
      })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    assert.match(
      (outside.flashMessages().inputErrorsBag as Record<string, string[]>)['holidays.0.from'][0],
      /^Đợt nghỉ phải nằm trong năm học/
    )
    assert.deepEqual(await holidaysOf(year), before)
  })

  test('nobody but the department or system administrator sees or sets the breaks', async ({
    client,
    assert,
  }) => {
    await givenDepartmentAdmin()
    const year = await currentSchoolYear()
    const before = await holidaysOf(year)
    const { department } = await givenDepartment()
    const staff = await givenStaffedSchool('thcs')
    const refused = [
      await givenTeacher(),
      staff.principal,
      await givenPersonWithRole('school_admin', { school: staff.school }),
      await givenPersonWithRole('dept_leader', { unit: department }),
      await givenPersonWithRole('dept_specialist', { unit: department, subjects: ['toan'] }),
    ]
    for (const user of refused) {
      const page = await client.get(holidaysUrl(year)).loginAs(user)
      page.assertStatus(403)
      /* A refused form is sent back with the refusal (the application's handler), nothing saved. */
      const put = await client
        .put(holidaysUrl(year))
        .form({
          'holidays[0][name]': 'Nghỉ',
          'holidays[0][from]': '2026-02-16',
          'holidays[0][to]': '2026-02-21',
        })
        .loginAs(user)
        .withCsrfToken()
        .redirects(0)
      put.assertStatus(302)
      put.assertFlashMessage('error', 'Bạn không có quyền thực hiện thao tác này.')
    }
    const system = await givenPersonWithRole('system_admin', {})
    const allowed = await client.get(holidaysUrl(year)).loginAs(system)
    allowed.assertStatus(200)
    assert.deepEqual(await holidaysOf(year), before)
    const unknown = await client
      .get(`/admin/department/school-years/${year.id + 100000}/holidays`)
      .loginAs(system)
    unknown.assertStatus(404)
  })
})
