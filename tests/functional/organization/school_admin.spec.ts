import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#app/organization/models/user'
import Group from '#app/organization/models/group'
import {
  currentSchoolYear,
  givenGroup,
  givenPersonWithRole,
  givenSchool,
  givenSubgroup,
  givenTeacher,
} from '#tests/helpers/organization'

async function givenSchoolAdmin() {
  await currentSchoolYear()
  const school = await givenSchool({ type: 'thcs' })
  const admin = await givenPersonWithRole('school_admin', { school }, 'Đỗ Minh Quân')
  return { school, admin }
}

test.group('School administration: groups, accounts, roles', () => {
  test('only the school’s own administrator reaches its screens', async ({ client }) => {
    const { school, admin } = await givenSchoolAdmin()
    const teacher = await givenTeacher({ school })
    const other = await givenSchoolAdmin()
    const otherAdmin = other.admin
    const principal = await givenPersonWithRole('principal', { school })

    const page = await client.get(`/admin/schools/${school.id}`).loginAs(admin)
    page.assertStatus(200)
    page.assertTextIncludes('Tổ và nhóm chuyên môn')
    for (const someone of [teacher, otherAdmin, principal]) {
      const denied = await client.get(`/admin/schools/${school.id}/staff`).loginAs(someone)
      denied.assertStatus(403)
    }
  })

  test('/admin takes a school administrator to the school, the menu shows the entry', async ({
    client,
  }) => {
    const { school, admin } = await givenSchoolAdmin()
    const response = await client.get('/admin').loginAs(admin).redirects(0)
    response.assertHeader('location', `/admin/schools/${school.id}`)
    const home = await client.get('/').loginAs(admin)
    home.assertTextIncludes('Quản trị nhà trường')
  })

  test('adds a group and a subgroup', async ({ client, assert }) => {
    const { school, admin } = await givenSchoolAdmin()
    const created = await client
      .post(`/admin/schools/${school.id}/groups`)
      .form({ name: 'Tổ Toán - Tin' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    created.assertFlashMessage('success', 'Đã thêm tổ “Tổ Toán - Tin”.')
    const group = await Group.query()
      .where('school_id', school.id)
      .where('name', 'Tổ Toán - Tin')
      .firstOrFail()

    const duplicate = await client
      .post(`/admin/schools/${school.id}/groups`)
      .form({ name: 'tổ toán - tin' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    assert.deepEqual(duplicate.flashMessages().inputErrorsBag, {
      name: ['Trường đã có tổ “tổ toán - tin”.'],
    })

    await client
      .post(`/admin/schools/${school.id}/groups/${group.id}/subgroups`)
      .form({ name: 'Nhóm Toán' })
      .loginAs(admin)
      .withCsrfToken()
    const page = await client.get(`/admin/schools/${school.id}`).loginAs(admin)
    page.assertTextIncludes('Nhóm Toán')
    const rows = await db.from('subgroups').where('group_id', group.id)
    assert.equal(rows.length, 1)
  })

  test('creates an account whose generated password is shown once and must be changed', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolAdmin()
    const group = await givenGroup(school, 'Tổ Ngữ văn')
    const response = await client
      .post(`/admin/schools/${school.id}/staff`)
      .form({
        fullName: 'Vũ Thị Hằng',
        username: 'hang.vt',
        staffCode: '3100999001',
        groupId: group.id,
      })
      .loginAs(admin)
      .withCsrfToken()
    response.assertStatus(200)
    response.assertTextIncludes('Mật khẩu chỉ hiển thị một lần')
    const password = /class="secret">([^<]+)</.exec(response.text())![1]

    const user = await User.findByOrFail('username', 'hang.vt')
    assert.isTrue(user.mustChangePassword)
    const signIn = await client
      .post('/login')
      .form({ login: 'hang.vt', password })
      .withCsrfToken()
      .redirects(0)
    signIn.assertHeader('location', '/account/password')
  })

  test('resets a password and deactivates an account without deleting it', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolAdmin()
    const teacher = await givenTeacher({ school, fullName: 'Phan Văn Long' })

    const reset = await client
      .post(`/admin/schools/${school.id}/staff/${teacher.id}/password`)
      .loginAs(admin)
      .withCsrfToken()
    reset.assertTextIncludes('Mật khẩu mới của Phan Văn Long')
    const password = /class="secret">([^<]+)</.exec(reset.text())![1]
    await teacher.refresh()
    assert.isTrue(teacher.mustChangePassword)

    const off = await client
      .put(`/admin/schools/${school.id}/staff/${teacher.id}/status`)
      .form({ active: 'false' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    off.assertFlashMessage(
      'success',
      'Đã khoá tài khoản Phan Văn Long. Hồ sơ của người này vẫn được giữ nguyên.'
    )
    const signIn = await client
      .post('/login')
      .form({ login: teacher.username, password })
      .withCsrfToken()
      .redirects(0)
    signIn.assertSessionMissing('auth_web')
    assert.isNotNull(await User.find(teacher.id))
  })

  test('an administrator cannot act on people of another school', async ({ client }) => {
    const { school, admin } = await givenSchoolAdmin()
    const stranger = await givenTeacher()
    const response = await client
      .post(`/admin/schools/${school.id}/staff/${stranger.id}/password`)
      .loginAs(admin)
      .withCsrfToken()
    response.assertStatus(404)
  })

  test('gives a teacher the subgroup lead role, which then lets him review', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolAdmin()
    const group = await givenGroup(school)
    const subgroup = await givenSubgroup(group, { name: 'Nhóm Toán', subject: 'toan' })
    const teacher = await givenTeacher({ group, subgroup })

    const missing = await client
      .post(`/admin/schools/${school.id}/staff/${teacher.id}/roles`)
      .form({ role: 'subgroup_lead', groupId: group.id })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    missing.assertFlashMessage('error', 'Nhóm trưởng cần chọn nhóm chuyên môn.')

    const added = await client
      .post(`/admin/schools/${school.id}/staff/${teacher.id}/roles`)
      .form({ role: 'subgroup_lead', groupId: group.id, subgroupId: subgroup.id })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    added.assertFlashMessage('success', 'Đã thêm vai trò.')
    const roles = await db.from('role_assignments').where('user_id', teacher.id).select('role')
    assert.sameMembers(
      roles.map((r) => r.role),
      ['teacher', 'subgroup_lead']
    )

    const page = await client.get(`/admin/schools/${school.id}/staff/${teacher.id}`).loginAs(admin)
    page.assertTextIncludes('Nhóm trưởng chuyên môn')
  })
})

test.group('School administration: importing a staff list', () => {
  test('upload → preview with Vietnamese errors → confirm → passwords downloadable once', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolAdmin()
    await givenGroup(school, 'Tổ Toán - Tin')
    const csv = [
      'Mã định danh,Họ và tên,E-mail,Tổ chuyên môn,Môn dạy,Chức vụ',
      '3100777001,Nguyễn Văn An,an@truong.edu.vn,Tổ Toán - Tin,Toán,Giáo viên',
      '3100777002,,binh@truong.edu.vn,Tổ Toán - Tin,Toán,Giáo viên',
      '3100777003,Lê Thị Cúc,cuc-at-truong,Tổ Hoá,Toán,Giáo viên',
    ].join('\n')

    const template = await client.get(`/admin/schools/${school.id}/imports/template`).loginAs(admin)
    template.assertStatus(200)
    template.assertHeader(
      'content-type',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    )

    const upload = await client
      .post(`/admin/schools/${school.id}/imports`)
      .file('file', Buffer.from(csv, 'utf8'), { filename: 'danh-sach.csv' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    const location = upload.header('location') ?? ''
    assert.match(location, new RegExp(`^/admin/schools/${school.id}/imports/\\d+$`))

    const preview = await client.get(location).loginAs(admin)
    preview.assertTextIncludes('3 dòng: 1 dòng hợp lệ, 2 dòng có lỗi.')
    preview.assertTextIncludes('Thiếu họ và tên.')
    preview.assertTextIncludes('E-mail “cuc-at-truong” không hợp lệ.')
    preview.assertTextIncludes('Tổ chuyên môn “Tổ Hoá” chưa có trong trường.')

    const done = await client.post(`${location}/confirm`).loginAs(admin).withCsrfToken()
    done.assertTextIncludes('Tạo mới 1 tài khoản, cập nhật 0, giữ nguyên 0, bỏ qua 2 dòng lỗi.')
    done.assertTextIncludes('3100777001')

    const sheet = await client.get(`${location}/passwords`).loginAs(admin)
    sheet.assertStatus(200)
    sheet.assertHeader(
      'content-type',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    )
    const again = await client.get(`${location}/passwords`).loginAs(admin).redirects(0)
    again.assertFlashMessage(
      'error',
      'Danh sách mật khẩu đã được tải về trước đó và đã xoá khỏi hệ thống. Nếu bị mất, hãy cấp lại mật khẩu cho từng người.'
    )

    const twice = await client
      .post(`${location}/confirm`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    twice.assertFlashMessage('error', 'Tệp này đã được nhập.')
  })

  test('a file that is not a spreadsheet is refused with a Vietnamese message', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolAdmin()
    const response = await client
      .post(`/admin/schools/${school.id}/imports`)
      .file('file', Buffer.from('not a zip'), { filename: 'ds.xlsx' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    assert.deepEqual(response.flashMessages().inputErrorsBag, {
      file: ['tệp danh sách phải là tệp .xlsx hoặc .csv.'],
    })
  })

  test('a spreadsheet without the expected columns is refused with a Vietnamese message', async ({
    client,
  }) => {
    const { school, admin } = await givenSchoolAdmin()
    const response = await client
      .post(`/admin/schools/${school.id}/imports`)
      .file('file', Buffer.from('Cột A,Cột B\n1,2\n', 'utf8'), { filename: 'ds.csv' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage(
      'error',
      'Không tìm thấy dòng tiêu đề (cần có ít nhất các cột Mã định danh và Họ và tên).'
    )
  })
})
