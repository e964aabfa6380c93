import { test } from '@japa/runner'
import hash from '@adonisjs/core/services/hash'
import User from '#app/organization/models/user'
import { givenUser, TEST_PASSWORD } from '#tests/helpers/users'
import { flashOf } from '#tests/helpers/flash'

test.group('Change password', () => {
  test('an admin-created account must set its own password before anything else', async ({
    client,
  }) => {
    const user = await givenUser({ mustChangePassword: true })
    const response = await client.get('/').loginAs(user).redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/account/password')

    const form = await client.get('/account/password').loginAs(user)
    form.assertTextIncludes('Đây là lần đăng nhập đầu tiên')
  })

  test('a new password replaces the old one and lifts the requirement', async ({
    client,
    assert,
  }) => {
    const user = await givenUser({ mustChangePassword: true })
    const response = await client
      .put('/account/password')
      .form({
        currentPassword: TEST_PASSWORD,
        newPassword: 'mat-khau-moi-2025',
        newPasswordConfirmation: 'mat-khau-moi-2025',
      })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/')

    const saved = await User.findOrFail(user.id)
    assert.isFalse(saved.mustChangePassword)
    assert.isTrue(await hash.verify(saved.password, 'mat-khau-moi-2025'))
    assert.notEqual(saved.password, 'mat-khau-moi-2025')
  })

  test('a wrong current password changes nothing', async ({ client, assert }) => {
    const user = await givenUser()
    const response = await client
      .put('/account/password')
      .form({
        currentPassword: 'khong-dung',
        newPassword: 'mat-khau-moi-2025',
        newPasswordConfirmation: 'mat-khau-moi-2025',
      })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage('inputErrorsBag', {
      currentPassword: ['Mật khẩu hiện tại không đúng.'],
    })
    const saved = await User.findOrFail(user.id)
    assert.isTrue(await hash.verify(saved.password, TEST_PASSWORD))
  })

  test('a too short, unconfirmed password gets Vietnamese field errors', async ({
    client,
    assert,
  }) => {
    const user = await givenUser()
    const response = await client
      .put('/account/password')
      .form({
        currentPassword: TEST_PASSWORD,
        newPassword: 'ngan',
        newPasswordConfirmation: 'khac',
      })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    const errors = flashOf(response).inputErrorsBag
    assert.include(errors.newPassword.join(' '), 'Mật khẩu mới phải có ít nhất 10 ký tự')
  })
})
