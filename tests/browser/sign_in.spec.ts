import { test } from '@japa/runner'
import { givenUser, TEST_PASSWORD } from '#tests/helpers/users'

test.group('Sign in (browser)', () => {
  test('a teacher signs in on a phone-size screen and signs out', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const user = await givenUser({ fullName: 'Lê Thị Minh Thư' })
    await browserContext.clearCookies()

    const page = await visit('/login')
    await page.setViewportSize({ width: 360, height: 740 })
    await page.getByLabel('Tên đăng nhập hoặc e-mail').fill(user.username)
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD)
    const sessionId = async () => {
      const cookies = await browserContext.cookies()
      return cookies.find((c) => c.name === 'hscm-session')?.value
    }
    const before = await sessionId()
    await page.getByRole('button', { name: 'Đăng nhập' }).click()

    await page.assertTextContains('h1', 'Xin chào, Lê Thị Minh Thư')
    // A new session id at sign-in: a session fixed before login is worthless.
    assert.notEqual(await sessionId(), before)

    await page.locator('details.menu summary').click()
    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await page.assertTextContains('body', 'Bạn đã đăng xuất.')
    await page.assertPath('/login')
  })

  test('a wrong password shows the Vietnamese message beside the form', async ({ visit }) => {
    const user = await givenUser()
    const page = await visit('/login')
    await page.getByLabel('Tên đăng nhập hoặc e-mail').fill(user.username)
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau')
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.assertTextContains('[role=alert]', 'Tên đăng nhập hoặc mật khẩu không đúng')
  })
})
