import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import School from '#app/organization/models/school'
import SchoolYear from '#app/organization/models/school_year'
import {
  currentSchoolYear,
  givenDepartment,
  givenOffice,
  givenPersonWithRole,
  givenTeacher,
} from '#tests/helpers/organization'

async function givenDeptAdmin() {
  await currentSchoolYear()
  const { department } = await givenDepartment()
  return givenPersonWithRole('dept_admin', { unit: department }, 'Trịnh Thu Trang')
}

let counter = 0
const code = (prefix: string) => `${prefix}${++counter}${process.pid}`

test.group('Department administration', () => {
  test('only department or system administrators reach it', async ({ client }) => {
    const admin = await givenDeptAdmin()
    const ok = await client.get('/admin/department').loginAs(admin)
    ok.assertStatus(200)
    ok.assertTextIncludes('Quản trị của Sở')
    const teacher = await givenTeacher()
    const denied = await client.get('/admin/department').loginAs(teacher)
    denied.assertStatus(403)
  })

  test('adds a multi-level school routed to an office (THCS) and the division (THPT)', async ({
    client,
    assert,
  }) => {
    const admin = await givenDeptAdmin()
    const { division } = await givenDepartment()
    const office = await givenOffice({ level: 'commune' })
    const schoolCode = code('PT')
    const response = await client
      .post('/admin/department/schools')
      .form({
        code: schoolCode,
        name: 'Trường THCS và THPT Thử',
        type: 'multi',
        officeId: office.id,
      })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage('success', 'Đã thêm trường Trường THCS và THPT Thử.')
    const school = await School.query().where('code', schoolCode).preload('levels').firstOrFail()
    const routes = Object.fromEntries(
      school.levels.map((level) => [level.level, level.receivingUnitId])
    )
    assert.deepEqual(routes, { thcs: office.id, thpt: division.id })
  })

  test('reroutes a school’s THCS reports after the 2025 reform', async ({ client, assert }) => {
    const admin = await givenDeptAdmin()
    const district = await givenOffice({ level: 'district' })
    const commune = await givenOffice({ level: 'commune' })
    const schoolCode = code('THCS')
    await client
      .post('/admin/department/schools')
      .form({ code: schoolCode, name: 'Trường THCS Cũ', type: 'thcs', officeId: district.id })
      .loginAs(admin)
      .withCsrfToken()
    const school = await School.findByOrFail('code', schoolCode)

    await client
      .put(`/admin/department/schools/${school.id}`)
      .form({ code: schoolCode, name: 'Trường THCS Cũ', type: 'thcs', officeId: commune.id })
      .loginAs(admin)
      .withCsrfToken()
    const levels = await db.from('school_levels').where('school_id', school.id)
    assert.deepEqual(
      levels.map((l) => [l.level, l.receiving_unit_id]),
      [['thcs', commune.id]]
    )
  })

  test('adds an office with its one inspection account', async ({ client, assert }) => {
    const admin = await givenDeptAdmin()
    const officeCode = code('VHXH')
    const response = await client
      .post('/admin/department/units')
      .form({
        code: officeCode,
        name: 'Phòng Văn hoá - Xã hội xã Thử',
        kind: 'office',
        officeLevel: 'commune',
      })
      .loginAs(admin)
      .withCsrfToken()
    response.assertTextIncludes(`kt.${officeCode.toLowerCase()}`)
    const roles = await db
      .from('role_assignments')
      .join('units', 'units.id', 'role_assignments.unit_id')
      .where('units.code', officeCode)
      .select('role')
    assert.deepEqual(
      roles.map((r) => r.role),
      ['office_inspector']
    )
  })

  test('adds a specialist for Toán and changes the covered subjects', async ({
    client,
    assert,
  }) => {
    const admin = await givenDeptAdmin()
    const { division } = await givenDepartment()
    const subjects = await db.from('subjects').whereIn('code', ['toan', 'tin_hoc']).orderBy('code')
    const username = code('cv.thu')
    const created = await client
      .post('/admin/department/specialists')
      .form({
        'fullName': 'Mai Văn Tiến',
        username,
        'unitId': division.id,
        'subjectIds[]': [subjects.find((s) => s.code === 'toan').id],
      })
      .loginAs(admin)
      .withCsrfToken()
    created.assertTextIncludes('Mật khẩu chỉ hiển thị một lần')
    const assignment = await db
      .from('role_assignments')
      .join('users', 'users.id', 'role_assignments.user_id')
      .where('users.username', username)
      .select('role_assignments.id')
      .firstOrFail()

    await client
      .put(`/admin/department/specialists/${assignment.id}`)
      .form({ 'subjectIds[]': subjects.map((s) => s.id) })
      .loginAs(admin)
      .withCsrfToken()
    const covered = await db
      .from('role_assignment_subjects')
      .where('role_assignment_id', assignment.id)
    assert.sameMembers(
      covered.map((row) => row.subject_id),
      subjects.map((s) => s.id)
    )
    /* The list shows each specialist on one line with the subjects covered. */
    const list = await client.get('/admin/department/specialists').loginAs(admin)
    assert.match(
      list.text(),
      /<strong>Mai Văn Tiến<\/strong>[\s\S]*?Toán, Tin học<\/span>\s*<\/summary>/
    )
  })

  test('adds a school year with the default deadline 15/9', async ({ client, assert }) => {
    const admin = await givenDeptAdmin()
    const response = await client
      .post('/admin/department/school-years')
      .form({
        name: '2031-2032',
        startsOn: '2031-09-05',
        endsOn: '2032-05-31',
        weeksTerm1: 18,
        weeksTerm2: 17,
      })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage('success', 'Đã thêm năm học 2031-2032.')
    const year = await SchoolYear.findByOrFail('name', '2031-2032')
    assert.equal(year.planDeadline.toISODate(), '2031-09-15')
    assert.equal(year.totalWeeks, 35)
    assert.isFalse(year.isCurrent)

    const wrong = await client
      .post('/admin/department/school-years')
      .form({
        name: '2031-2033',
        startsOn: '2031-09-05',
        endsOn: '2032-05-31',
        weeksTerm1: 18,
        weeksTerm2: 17,
      })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    assert.deepEqual(wrong.flashMessages().inputErrorsBag, {
      name: ['Năm học ghi dạng 2025-2026 (hai năm liền nhau).'],
    })
  })
})

test.group('Login page', () => {
  test('demo logins are not shown outside development', async ({ client, assert }) => {
    const response = await client.get('/login')
    response.assertStatus(200)
    assert.notInclude(response.text(), 'Tài khoản dùng thử')
  })
})
