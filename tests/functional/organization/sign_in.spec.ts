import { test } from '@japa/runner'
import limiter from '@adonisjs/limiter/services/main'
import { givenUser, TEST_PASSWORD } from '#tests/helpers/users'
import { flashOf } from '#tests/helpers/flash'

test.group('Sign in', (group) => {
  group.each.setup(() => limiter.clear(['memory']))

  test('the login page is in Vietnamese and carries a CSRF token', async ({ client }) => {
    const response = await client.get('/login')
    response.assertStatus(200)
    response.assertTextIncludes('Đăng nhập')
    response.assertTextIncludes('Tên đăng nhập hoặc e-mail')
    response.assertTextIncludes("name='_csrf'")
  })

  test('a teacher signs in with the username and reaches the start page', async ({ client }) => {
    const user = await givenUser({ fullName: 'Phạm Thị Hoa' })
    const response = await client
      .post('/login')
      .form({ login: user.username, password: TEST_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/')
    response.assertSession('auth_web', user.id)

    const home = await client.get('/').loginAs(user)
    home.assertTextIncludes('Xin chào, Phạm Thị Hoa')
  })

  test('the e-mail works as login too, in any letter case', async ({ client }) => {
    const user = await givenUser({ email: 'hoa.pham@truong.edu.vn' })
    const response = await client
      .post('/login')
      .form({ login: 'Hoa.Pham@Truong.edu.vn', password: TEST_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/')
    response.assertSession('auth_web', user.id)
  })

  test('a wrong password is refused with a Vietnamese message', async ({ client }) => {
    const user = await givenUser()
    const response = await client
      .post('/login')
      .form({ login: user.username, password: 'sai-mat-khau' })
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage(
      'error',
      'Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra lại (chú ý chữ hoa, chữ thường và bộ gõ tiếng Việt).'
    )
    response.assertSessionMissing('auth_web')
  })

  test('a deactivated account cannot sign in', async ({ client }) => {
    const user = await givenUser({ isActive: false })
    const response = await client
      .post('/login')
      .form({ login: user.username, password: TEST_PASSWORD })
      .withCsrfToken()
    response.assertSessionMissing('auth_web')
  })

  test('six wrong passwords in a row are throttled, even the right one then', async ({
    client,
    assert,
  }) => {
    const user = await givenUser()
    for (let attempt = 1; attempt <= 5; attempt++) {
      await client
        .post('/login')
        .form({ login: user.username, password: `sai-${attempt}` })
        .withCsrfToken()
        .redirects(0)
    }
    const sixth = await client
      .post('/login')
      .form({ login: user.username, password: 'sai-6' })
      .withCsrfToken()
      .redirects(0)
    assert.match(
      flashOf(sixth).error,
      /Bạn đã nhập sai quá nhiều lần\. Vui lòng thử lại sau 15 phút/
    )

    const right = await client
      .post('/login')
      .form({ login: user.username, password: TEST_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    right.assertSessionMissing('auth_web')
    assert.match(flashOf(right).error, /quá nhiều lần/)
  })

  test('a form post without a CSRF token is refused', async ({ client }) => {
    const user = await givenUser()
    const response = await client
      .post('/login')
      .form({ login: user.username, password: TEST_PASSWORD })
      .redirects(0)
    response.assertSessionMissing('auth_web')
    response.assertFlashMessage(
      'error',
      'Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ. Vui lòng tải lại trang rồi gửi lại.'
    )
  })

  test('signing out ends the session', async ({ client }) => {
    const user = await givenUser()
    const response = await client.post('/logout').loginAs(user).withCsrfToken().redirects(0)
    response.assertHeader('location', '/login')
    response.assertSessionMissing('auth_web')
  })

  test('the session cookie is HttpOnly and SameSite', async ({ client, assert }) => {
    const user = await givenUser()
    const response = await client
      .post('/login')
      .form({ login: user.username, password: TEST_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    const sessionCookie = (response.headers()['set-cookie'] as unknown as string[]).find((cookie) =>
      cookie.startsWith('hscm-session=')
    )!
    assert.include(sessionCookie, 'HttpOnly')
    assert.include(sessionCookie, 'SameSite=Lax')
  })

  test('pages require signing in', async ({ client }) => {
    const response = await client.get('/').redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/login')
  })
})
