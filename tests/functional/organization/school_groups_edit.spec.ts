import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Group from '#app/organization/models/group'
import Subgroup from '#app/organization/models/subgroup'
import {
  givenGroup,
  givenNonAdminsOf,
  givenRole,
  givenSchoolWithAdmin,
  givenSubgroup,
  givenTeacher,
  thenRefused,
} from '#tests/helpers/organization'
import { givenDocument } from '#tests/helpers/workflow'

test.group('School administration: renaming, moving and deactivating groups and subgroups', () => {
  test('renames a group; a name another group has is refused in Vietnamese', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    const group = await givenGroup(school, 'Tổ Tự nhiên')
    await givenGroup(school, 'Tổ Xã hội')

    const page = await client
      .get(`/admin/schools/${school.id}/groups/${group.id}/edit`)
      .loginAs(admin)
    page.assertStatus(200)
    page.assertTextIncludes('Sửa tổ Tổ Tự nhiên')
    page.assertTextIncludes('Tổ chưa có nhóm chuyên môn nào.')

    const renamed = await client
      .put(`/admin/schools/${school.id}/groups/${group.id}`)
      .form({ name: 'Tổ Khoa học tự nhiên' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    renamed.assertFlashMessage('success', 'Đã đổi tên tổ thành “Tổ Khoa học tự nhiên”.')
    await group.refresh()
    assert.equal(group.name, 'Tổ Khoa học tự nhiên')

    const clash = await client
      .put(`/admin/schools/${school.id}/groups/${group.id}`)
      .form({ name: 'tổ xã hội' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    assert.deepEqual(clash.flashMessages().inputErrorsBag, {
      name: ['Trường đã có tổ “tổ xã hội”.'],
    })
    const empty = await client
      .put(`/admin/schools/${school.id}/groups/${group.id}`)
      .form({ name: '' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    assert.deepEqual(empty.flashMessages().inputErrorsBag, { name: ['Vui lòng nhập tên.'] })
    await group.refresh()
    assert.equal(group.name, 'Tổ Khoa học tự nhiên')
  })

  test('a deactivated group leaves the choice lists, its documents stay readable, nothing is deleted', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    const closing = await givenGroup(school, 'Tổ Công nghệ cũ')
    await givenGroup(school, 'Tổ Ngữ văn')
    const teacher = await givenTeacher({ group: closing })
    const document = await givenDocument(teacher, { group: closing, title: 'Kế hoạch của tổ cũ' })

    const off = await client
      .put(`/admin/schools/${school.id}/groups/${closing.id}/status`)
      .form({ active: 'false' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    off.assertFlashMessage(
      'success',
      'Tổ “Tổ Công nghệ cũ” đã ngừng hoạt động. Tổ không còn trong các danh sách chọn; hồ sơ của tổ vẫn được giữ và xem được.'
    )
    await closing.refresh()
    assert.isFalse(closing.isActive)

    const staffPage = await client.get(`/admin/schools/${school.id}/staff`).loginAs(admin)
    assert.notInclude(staffPage.text(), `<option value="${closing.id}">`)
    assert.include(staffPage.text(), 'Tổ Ngữ văn')
    const groupsPage = await client.get(`/admin/schools/${school.id}`).loginAs(admin)
    groupsPage.assertTextIncludes('Ngừng hoạt động')

    const refusedRole = await client
      .post(`/admin/schools/${school.id}/staff/${teacher.id}/roles`)
      .form({ role: 'group_head', groupId: closing.id })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    assert.deepEqual(refusedRole.flashMessages().inputErrorsBag, {
      groupId: ['Hãy chọn một tổ đang hoạt động của trường.'],
    })

    const read = await client.get(`/documents/${document.id}`).loginAs(teacher)
    read.assertStatus(200)
    read.assertTextIncludes('Kế hoạch của tổ cũ')
    assert.isNotNull(await Group.find(closing.id))

    const on = await client
      .put(`/admin/schools/${school.id}/groups/${closing.id}/status`)
      .form({ active: 'true' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    on.assertFlashMessage('success', 'Tổ “Tổ Công nghệ cũ” đã hoạt động trở lại.')
  })

  test('moves a subgroup to another group; this year’s teachers of the subgroup follow it', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    const from = await givenGroup(school, 'Tổ Toán - Lý')
    const to = await givenGroup(school, 'Tổ Toán - Tin')
    const subgroup = await givenSubgroup(from, { name: 'Nhóm Tin học', subject: 'tin_hoc' })
    const teacher = await givenTeacher({ group: from, subgroup, subjects: ['tin_hoc'] })

    const page = await client
      .get(`/admin/schools/${school.id}/groups/${from.id}/subgroups/${subgroup.id}/edit`)
      .loginAs(admin)
    page.assertTextIncludes('Sửa nhóm Nhóm Tin học')

    const moved = await client
      .put(`/admin/schools/${school.id}/groups/${from.id}/subgroups/${subgroup.id}`)
      .form({ name: 'Nhóm Tin học', groupId: to.id, subjectId: subgroup.subjectId! })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    moved.assertFlashMessage('success', 'Đã chuyển nhóm “Nhóm Tin học” sang Tổ Toán - Tin.')
    moved.assertHeader('location', `/admin/schools/${school.id}/groups/${to.id}/edit`)
    await subgroup.refresh()
    assert.equal(subgroup.groupId, to.id)
    const assignment = await db
      .from('role_assignments')
      .where({ user_id: teacher.id, role: 'teacher' })
      .firstOrFail()
    assert.equal(assignment.group_id, to.id)
  })

  test('refuses a move to another school’s group or onto a name the target group has', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    const from = await givenGroup(school)
    const to = await givenGroup(school)
    const subgroup = await givenSubgroup(from, { name: 'Nhóm Hoá' })
    await givenSubgroup(to, { name: 'Nhóm Hoá' })
    const other = await givenSchoolWithAdmin()
    const elsewhere = await givenGroup(other.school)
    const url = `/admin/schools/${school.id}/groups/${from.id}/subgroups/${subgroup.id}`

    const foreign = await client
      .put(url)
      .form({ name: 'Nhóm Hoá', groupId: elsewhere.id })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    assert.deepEqual(foreign.flashMessages().inputErrorsBag, {
      groupId: ['Hãy chọn một tổ đang hoạt động của trường.'],
    })
    const clash = await client
      .put(url)
      .form({ name: 'nhóm hoá', groupId: to.id })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    assert.deepEqual(clash.flashMessages().inputErrorsBag, {
      name: [`${to.name} đã có nhóm “nhóm hoá”.`],
    })
    const missing = await client
      .put(url)
      .form({ name: 'Nhóm Hoá' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    assert.deepEqual(missing.flashMessages().inputErrorsBag, {
      groupId: ['Vui lòng chọn tổ chuyên môn.'],
    })

    await subgroup.refresh()
    assert.equal(subgroup.groupId, from.id)
  })

  test('a deactivated subgroup is no longer offered, and no subgroup can be added to a closed group', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    const group = await givenGroup(school)
    const subgroup = await givenSubgroup(group, { name: 'Nhóm Âm nhạc cũ' })
    const off = await client
      .put(`/admin/schools/${school.id}/groups/${group.id}/subgroups/${subgroup.id}/status`)
      .form({ active: 'false' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    off.assertFlashMessage(
      'success',
      'Nhóm “Nhóm Âm nhạc cũ” đã ngừng hoạt động. Hồ sơ của nhóm vẫn được giữ và xem được.'
    )
    const staffPage = await client.get(`/admin/schools/${school.id}/staff`).loginAs(admin)
    assert.notInclude(staffPage.text(), 'Nhóm Âm nhạc cũ')
    assert.isNotNull(await Subgroup.find(subgroup.id))

    await client
      .put(`/admin/schools/${school.id}/groups/${group.id}/status`)
      .form({ active: 'false' })
      .loginAs(admin)
      .withCsrfToken()
    const added = await client
      .post(`/admin/schools/${school.id}/groups/${group.id}/subgroups`)
      .form({ name: 'Nhóm Mới' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    added.assertStatus(404)
    assert.isNull(await Subgroup.findBy('name', 'Nhóm Mới'))
  })

  test('only the school’s administrator may change its groups; a refusal changes nothing', async ({
    client,
    assert,
  }) => {
    const { school } = await givenSchoolWithAdmin()
    const group = await givenGroup(school, 'Tổ Giữ nguyên')
    const subgroup = await givenSubgroup(group, { name: 'Nhóm Giữ nguyên' })
    const { teacher, principal, otherAdmin } = await givenNonAdminsOf(school)
    const lead = await givenTeacher({ group, subgroup })
    await givenRole(lead, 'group_head', { school, group })
    const base = `/admin/schools/${school.id}/groups/${group.id}`

    for (const someone of [teacher, principal, otherAdmin, lead]) {
      thenRefused(await client.get(`${base}/edit`).loginAs(someone).redirects(0))
      thenRefused(
        await client
          .put(base)
          .form({ name: 'Tổ Đổi' })
          .loginAs(someone)
          .withCsrfToken()
          .redirects(0)
      )
      thenRefused(
        await client
          .put(`${base}/status`)
          .form({ active: 'false' })
          .loginAs(someone)
          .withCsrfToken()
          .redirects(0)
      )
      thenRefused(
        await client
          .put(`${base}/subgroups/${subgroup.id}`)
          .form({ name: 'Nhóm Đổi', groupId: group.id })
          .loginAs(someone)
          .withCsrfToken()
          .redirects(0)
      )
      thenRefused(
        await client
          .put(`${base}/subgroups/${subgroup.id}/status`)
          .form({ active: 'false' })
          .loginAs(someone)
          .withCsrfToken()
          .redirects(0)
      )
      thenRefused(
        await client
          .post(`${base}/subgroups`)
          .form({ name: 'Nhóm Lạ' })
          .loginAs(someone)
          .withCsrfToken()
          .redirects(0)
      )
    }
    await group.refresh()
    await subgroup.refresh()
    assert.deepEqual(
      [group.name, group.isActive, subgroup.name, subgroup.isActive],
      ['Tổ Giữ nguyên', true, 'Nhóm Giữ nguyên', true]
    )
    assert.isNull(await Subgroup.findBy('name', 'Nhóm Lạ'))
  })

  test('another school’s group is not found from this school’s screens', async ({ client }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    const other = await givenSchoolWithAdmin()
    const foreign = await givenGroup(other.school)
    const response = await client
      .get(`/admin/schools/${school.id}/groups/${foreign.id}/edit`)
      .loginAs(admin)
    response.assertStatus(404)
  })
})
