import { test } from '@japa/runner'
import { givenUser } from '#tests/helpers/users'

test.group('Forbidden page', () => {
  test("a page outside the user's rights shows the Vietnamese 403 page", async ({ client }) => {
    const user = await givenUser()
    const response = await client.get('/admin/validators').loginAs(user)
    response.assertStatus(403)
    response.assertTextIncludes('Bạn không có quyền truy cập trang này')
  })
})
