import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import type User from '#app/organization/models/user'
import type School from '#app/organization/models/school'
import {
  givenDepartment,
  givenDepartmentAdmin,
  givenGroup,
  givenPersonWithRole,
  givenRole,
  givenSchoolWithAdmin,
  givenSubgroup,
  givenTeacher,
} from '#tests/helpers/organization'

/*
 * An administrator acts only on people of his own school, decided from
 * their current assignments: the staff import never updates another
 * school's (or the department's) account, and neither the import nor the
 * staff screens reach accounts holding a role he may not grant.
 */

let codes = 0
const nextCode = () => `79${process.pid}${String(++codes).padStart(4, '0')}`

async function withStaffCode(user: User) {
  user.staffCode = nextCode()
  user.email = `${user.username}@truong-khac.edu.vn`
  await user.save()
  return user
}

/** Everything an import or an admin could change about an account, to compare before and after. */
async function snapshot(user: User) {
  const row = await db
    .from('users')
    .where('id', user.id)
    .select('full_name', 'email', 'phone', 'password', 'is_active', 'must_change_password')
    .first()
  const roles = await db
    .from('role_assignments')
    .where('user_id', user.id)
    .orderBy('id')
    .select('role', 'school_id', 'group_id', 'unit_id')
  return { row, roles }
}

/** Uploads a CSV list at the school, returns the preview page and confirms it. */
async function importList(client: any, admin: User, school: School, lines: string[]) {
  const csv = ['Mã định danh,Họ và tên,E-mail,Tổ chuyên môn,Môn dạy,Chức vụ', ...lines].join('\n')
  const upload = await client
    .post(`/admin/schools/${school.id}/imports`)
    .file('file', Buffer.from(csv, 'utf8'), { filename: 'ds.csv' })
    .loginAs(admin)
    .withCsrfToken()
    .redirects(0)
  const location = upload.header('location')
  const preview = await client.get(location).loginAs(admin)
  const done = await client.post(`${location}/confirm`).loginAs(admin).withCsrfToken()
  return { preview, done, location }
}

const OTHER_SCHOOL = 'Mã định danh đã thuộc về cán bộ của trường khác'

test.group('Cross-school administration: the staff import', () => {
  test('a staff code of another school’s principal is a row error; her account, roles and e-mail stay', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    await givenGroup(school, 'Tổ Toán - Tin')
    const other = await givenSchoolWithAdmin()
    const principal = await withStaffCode(
      await givenPersonWithRole('principal', { school: other.school }, 'Hoàng Thị Lan')
    )
    const before = await snapshot(principal)

    const { preview, done } = await importList(client, admin, school, [
      `${principal.staffCode},Kẻ Giả Danh,attacker@evil.test,Tổ Toán - Tin,Toán,"Giáo viên, Tổ trưởng"`,
    ])
    preview.assertTextIncludes(OTHER_SCHOOL)
    done.assertTextIncludes('Tạo mới 0 tài khoản, cập nhật 0, giữ nguyên 0, bỏ qua 1 dòng lỗi.')
    assert.deepEqual(await snapshot(principal), before)

    // Nor does the password reset accept her as staff of this school.
    const reset = await client
      .post(`/admin/schools/${school.id}/staff/${principal.id}/password`)
      .loginAs(admin)
      .withCsrfToken()
    reset.assertStatus(404)
    assert.deepEqual(await snapshot(principal), before)
  })

  test('a department specialist’s staff code is refused the same way', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    await givenGroup(school, 'Tổ Toán - Tin')
    const { division } = await givenDepartment()
    const specialist = await withStaffCode(
      await givenPersonWithRole('dept_specialist', { unit: division, subjects: ['toan'] })
    )
    const before = await snapshot(specialist)

    const { preview } = await importList(client, admin, school, [
      `${specialist.staffCode},Tên Khác,,Tổ Toán - Tin,Toán,Giáo viên`,
    ])
    preview.assertTextIncludes(OTHER_SCHOOL)
    assert.deepEqual(await snapshot(specialist), before)
  })

  test('a teacher at this school and another school is not changed by this school’s import', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    const group = await givenGroup(school, 'Tổ Toán - Tin')
    const other = await givenSchoolWithAdmin()
    const shared = await withStaffCode(await givenTeacher({ school: other.school }))
    await givenRole(shared, 'teacher', { school, group })
    const before = await snapshot(shared)

    const { preview } = await importList(client, admin, school, [
      `${shared.staffCode},Tên Khác,khac@evil.test,Tổ Toán - Tin,Toán,Giáo viên`,
    ])
    preview.assertTextIncludes(OTHER_SCHOOL)
    assert.deepEqual(await snapshot(shared), before)
  })

  test('the owner is decided again at confirmation: a code taken by another school meanwhile is not applied', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    await givenGroup(school, 'Tổ Toán - Tin')
    const code = nextCode()
    const csv = [
      'Mã định danh,Họ và tên,E-mail,Tổ chuyên môn,Môn dạy,Chức vụ',
      `${code},Người Mới,,Tổ Toán - Tin,Toán,Giáo viên`,
    ].join('\n')
    const upload = await client
      .post(`/admin/schools/${school.id}/imports`)
      .file('file', Buffer.from(csv, 'utf8'), { filename: 'ds.csv' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    const location = upload.header('location') ?? ''
    const response = await client.get(location).loginAs(admin)
    response.assertTextIncludes('1 dòng: 1 dòng hợp lệ, 0 dòng có lỗi.')

    const other = await givenSchoolWithAdmin()
    const meanwhile = await givenTeacher({ school: other.school, fullName: 'Đinh Văn Sơn' })
    meanwhile.staffCode = code
    await meanwhile.save()
    const before = await snapshot(meanwhile)

    const done = await client.post(`${location}/confirm`).loginAs(admin).withCsrfToken()
    done.assertTextIncludes('bỏ qua 1 dòng lỗi')
    assert.deepEqual(await snapshot(meanwhile), before)
  })

  test('own account, the principal’s account and the principal’s position are not the school administrator’s to import', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    await givenGroup(school, 'Tổ Toán - Tin')
    await withStaffCode(admin)
    const principal = await withStaffCode(
      await givenPersonWithRole('principal', { school }, 'Hoàng Văn Thái')
    )
    const beforeAdmin = await snapshot(admin)
    const beforePrincipal = await snapshot(principal)
    const newcomer = nextCode()

    const { preview, done } = await importList(client, admin, school, [
      `${admin.staffCode},${admin.fullName},,,,Hiệu trưởng`,
      `${principal.staffCode},Hoàng Văn Thái,doi-email@evil.test,Tổ Toán - Tin,Toán,Giáo viên`,
      `${newcomer},Người Mới,,,,Phó hiệu trưởng`,
    ])
    preview.assertTextIncludes('Đây là tài khoản của chính bạn')
    preview.assertTextIncludes('Tài khoản này giữ vai trò bạn không được quản lý')
    preview.assertTextIncludes('Bạn không được giao chức vụ “Phó hiệu trưởng”')
    done.assertTextIncludes('bỏ qua 3 dòng lỗi')
    assert.deepEqual(await snapshot(admin), beforeAdmin)
    assert.deepEqual(await snapshot(principal), beforePrincipal)
    assert.isNull(await db.from('users').where('staff_code', newcomer).first())
  })

  test('the department administrator may import the principal of a school', async ({
    client,
    assert,
  }) => {
    const { school } = await givenSchoolWithAdmin()
    const deptAdmin = await givenDepartmentAdmin()
    const code = nextCode()
    const { done } = await importList(client, deptAdmin, school, [
      `${code},Người Mới,,,,Hiệu trưởng`,
    ])
    done.assertTextIncludes('Tạo mới 1 tài khoản')
    const user = await db.from('users').where('staff_code', code).firstOrFail()
    const roles = await db
      .from('role_assignments')
      .where('user_id', user.id)
      .select('role', 'school_id')
    assert.deepEqual(
      roles.map((r) => [r.role, r.school_id]),
      [['principal', school.id]]
    )
  })
})

test.group('Cross-school administration: accounts', () => {
  test('the school administrator cannot reset, lock or unlock the principal’s or his own account', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    const principal = await givenPersonWithRole('principal', { school }, 'Hoàng Văn Thái')
    for (const person of [principal, admin]) {
      const before = await snapshot(person)
      const reset = await client
        .post(`/admin/schools/${school.id}/staff/${person.id}/password`)
        .loginAs(admin)
        .withCsrfToken()
        .redirects(0)
      reset.assertStatus(302)
      assert.notInclude(reset.text(), 'Mật khẩu mới')
      const lock = await client
        .put(`/admin/schools/${school.id}/staff/${person.id}/status`)
        .form({ active: 'false' })
        .loginAs(admin)
        .withCsrfToken()
        .redirects(0)
      lock.assertStatus(302)
      assert.deepEqual(await snapshot(person), before, person.fullName)
    }
  })

  test('a person working at another school too is left to the department', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    const group = await givenGroup(school)
    const other = await givenSchoolWithAdmin()
    const shared = await givenTeacher({ school: other.school })
    await givenRole(shared, 'teacher', { school, group })
    const before = await snapshot(shared)

    const reset = await client
      .post(`/admin/schools/${school.id}/staff/${shared.id}/password`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    reset.assertFlashMessage(
      'error',
      'Người này còn thuộc trường khác hoặc thuộc Sở: chỉ quản trị của Sở được thay đổi tài khoản này.'
    )
    assert.deepEqual(await snapshot(shared), before)

    const deptAdmin = await givenDepartmentAdmin()
    const byDepartment = await client
      .post(`/admin/schools/${school.id}/staff/${shared.id}/password`)
      .loginAs(deptAdmin)
      .withCsrfToken()
    byDepartment.assertTextIncludes('Mật khẩu mới')
  })
})

/*
 * The grant table, as the product owner states it: a school's software
 * administrator gives the group roles and the administrator role, never
 * the principal's office; the department administrator gives every school
 * role; nobody gives himself a role.
 */
const GRANTS: [actor: 'school_admin' | 'dept_admin', role: string, allowed: boolean][] = [
  ['school_admin', 'teacher', true],
  ['school_admin', 'group_head', true],
  ['school_admin', 'group_deputy', true],
  ['school_admin', 'subgroup_lead', true],
  ['school_admin', 'school_admin', true],
  ['school_admin', 'principal', false],
  ['school_admin', 'vice_principal', false],
  ['dept_admin', 'teacher', true],
  ['dept_admin', 'group_head', true],
  ['dept_admin', 'group_deputy', true],
  ['dept_admin', 'subgroup_lead', true],
  ['dept_admin', 'school_admin', true],
  ['dept_admin', 'principal', true],
  ['dept_admin', 'vice_principal', true],
]

test.group('Cross-school administration: who may grant what', () => {
  test('{0} giving {1}: allowed = {2}')
    .with(GRANTS)
    .run(async ({ client, assert }, [actor, role, allowed]) => {
      const { school, admin } = await givenSchoolWithAdmin()
      const group = await givenGroup(school)
      const subgroup = await givenSubgroup(group)
      const subgroupId = subgroup.id
      const teacher = await givenTeacher({ school, group })
      const granter = actor === 'school_admin' ? admin : await givenDepartmentAdmin()

      const count = async () => {
        const rows = await db
          .from('role_assignments')
          .where({ user_id: teacher.id, school_id: school.id, role })
        return rows.length
      }
      const before = await count()
      const response = await client
        .post(`/admin/schools/${school.id}/staff/${teacher.id}/roles`)
        .form({ role, groupId: group.id, subgroupId })
        .loginAs(granter)
        .withCsrfToken()
        .redirects(0)
      if (allowed) {
        response.assertFlashMessage('success', 'Đã thêm vai trò.')
        assert.equal(await count(), before + 1)
      } else {
        response.assertFlashMessage(
          'error',
          'Bạn không được giao hay gỡ vai trò này; hãy nhờ quản trị của Sở.'
        )
        assert.equal(await count(), before)
      }
    })

  test('nobody gives a role to himself, and the school administrator cannot take the principal’s role away', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    const group = await givenGroup(school)
    const self = await client
      .post(`/admin/schools/${school.id}/staff/${admin.id}/roles`)
      .form({ role: 'group_head', groupId: group.id })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    self.assertFlashMessage(
      'error',
      'Bạn không thể tự thay đổi tài khoản hay vai trò của chính mình ở đây.'
    )
    assert.lengthOf(await db.from('role_assignments').where('user_id', admin.id), 1)

    const principal = await givenPersonWithRole('principal', { school })
    const assignment = await db
      .from('role_assignments')
      .where('user_id', principal.id)
      .firstOrFail()
    const removal = await client
      .delete(`/admin/schools/${school.id}/staff/${principal.id}/roles/${assignment.id}`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    removal.assertFlashMessage(
      'error',
      'Bạn không được giao hay gỡ vai trò này; hãy nhờ quản trị của Sở.'
    )
    assert.isNotNull(await db.from('role_assignments').where('id', assignment.id).first())
  })
})
