import { test } from '@japa/runner'
import Unit from '#app/organization/models/unit'
import {
  givenDepartment,
  givenDepartmentAdmin,
  givenOffice,
  givenSchoolWithAdmin,
  givenTeacher,
  thenRefused,
} from '#tests/helpers/organization'

test.group('Department administration: renaming offices and divisions', () => {
  test('renames an office after the 2025 reform; its code stays', async ({ client, assert }) => {
    const admin = await givenDepartmentAdmin()
    const office = await givenOffice({ level: 'district', name: 'Phòng GDĐT huyện Thử' })

    const list = await client.get('/admin/department/units').loginAs(admin)
    list.assertTextIncludes(`/admin/department/units/${office.id}/edit`)
    const page = await client.get(`/admin/department/units/${office.id}/edit`).loginAs(admin)
    page.assertTextIncludes('Đổi tên đơn vị Phòng GDĐT huyện Thử')

    const saved = await client
      .put(`/admin/department/units/${office.id}`)
      .form({ name: 'Phòng Văn hoá - Xã hội xã Thử' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    saved.assertFlashMessage('success', 'Đã đổi tên đơn vị thành Phòng Văn hoá - Xã hội xã Thử.')
    const renamed = await Unit.findOrFail(office.id)
    assert.deepEqual([renamed.name, renamed.code], ['Phòng Văn hoá - Xã hội xã Thử', office.code])
  })

  test('renames a division; a too-short name is refused in Vietnamese', async ({
    client,
    assert,
  }) => {
    const admin = await givenDepartmentAdmin()
    const { division } = await givenDepartment()
    const before = division.name
    const short = await client
      .put(`/admin/department/units/${division.id}`)
      .form({ name: 'P' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    assert.deepEqual(short.flashMessages().inputErrorsBag, {
      name: ['tên phải có ít nhất 2 ký tự.'],
    })
    const storedUnit = await Unit.findOrFail(division.id)
    assert.equal(storedUnit.name, before)
  })

  test('the department itself is not renamed here', async ({ client }) => {
    const admin = await givenDepartmentAdmin()
    const { department } = await givenDepartment()
    const response = await client
      .get(`/admin/department/units/${department.id}/edit`)
      .loginAs(admin)
    response.assertStatus(404)
  })

  test('school administrators and teachers are refused; nothing changes', async ({
    client,
    assert,
  }) => {
    const office = await givenOffice({ name: 'Phòng Giữ tên' })
    const { admin: schoolAdmin } = await givenSchoolWithAdmin()
    const teacher = await givenTeacher()
    for (const someone of [schoolAdmin, teacher]) {
      thenRefused(
        await client.get(`/admin/department/units/${office.id}/edit`).loginAs(someone).redirects(0)
      )
      thenRefused(
        await client
          .put(`/admin/department/units/${office.id}`)
          .form({ name: 'Tên lạ' })
          .loginAs(someone)
          .withCsrfToken()
          .redirects(0)
      )
    }
    const storedUnit = await Unit.findOrFail(office.id)
    assert.equal(storedUnit.name, 'Phòng Giữ tên')
  })
})
