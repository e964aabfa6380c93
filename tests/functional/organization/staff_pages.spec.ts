import { test } from '@japa/runner'
import {
  givenGroup,
  givenRole,
  givenSchoolWithAdmin,
  givenNonAdminsOf,
  thenRefused,
} from '#tests/helpers/organization'
import { givenUser } from '#tests/helpers/users'
import { STAFF_PER_PAGE } from '#app/organization/services/school_staff'

/** Names that sort in the order they are made: "Giáo viên 001", "Giáo viên 002"… */
const teacherName = (n: number) => `Giáo viên ${String(n).padStart(3, '0')}`

test.group('School administration: the staff list in pages', () => {
  test('shows the staff 30 at a time with previous / next links, a search keeps its pages', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    const group = await givenGroup(school)
    const count = STAFF_PER_PAGE + 5
    for (let n = 1; n <= count; n++) {
      const user = await givenUser({ fullName: teacherName(n) })
      await givenRole(user, 'teacher', { school, group })
    }
    const url = `/admin/schools/${school.id}/staff`

    const first = await client.get(url).loginAs(admin)
    first.assertTextIncludes(`${count + 1} người`) // the administrator is staff too
    first.assertTextIncludes('Trang 1/2')
    first.assertTextIncludes('Trang sau')
    assert.include(first.text(), teacherName(1))
    assert.notInclude(first.text(), teacherName(count))
    assert.include(first.text(), `href="?page=2"`)

    const second = await client.get(`${url}?page=2`).loginAs(admin)
    second.assertTextIncludes('Trang 2/2')
    second.assertTextIncludes('Trang trước')
    assert.include(second.text(), teacherName(count))
    assert.notInclude(second.text(), teacherName(1) + '<')

    const beyond = await client.get(`${url}?page=99`).loginAs(admin)
    beyond.assertTextIncludes('Trang 2/2')

    const search = await client.get(`${url}?q=${encodeURIComponent('Giáo viên 03')}`).loginAs(admin)
    search.assertTextIncludes(`${count - 29} người`)
    assert.notInclude(search.text(), 'Trang 1/')
  })

  test('other roles are refused the staff list', async ({ client }) => {
    const { school } = await givenSchoolWithAdmin()
    const { teacher, principal, otherAdmin } = await givenNonAdminsOf(school)
    for (const someone of [teacher, principal, otherAdmin]) {
      thenRefused(
        await client.get(`/admin/schools/${school.id}/staff?page=2`).loginAs(someone).redirects(0)
      )
    }
  })
})
