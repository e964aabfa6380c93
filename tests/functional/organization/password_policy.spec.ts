import { test } from '@japa/runner'
import hash from '@adonisjs/core/services/hash'
import limiter from '@adonisjs/limiter/services/main'
import type { ApiClient } from '@japa/api-client'
import User from '#app/organization/models/user'
import { givenUser, TEST_PASSWORD } from '#tests/helpers/users'
import { flashOf } from '#tests/helpers/flash'

const TOO_SHORT = 'Mật khẩu mới phải có ít nhất 10 ký tự (một câu ngắn dễ nhớ là lựa chọn tốt).'
const HAS_NAME =
  'Mật khẩu mới không được trùng hoặc chứa tên đăng nhập (hay tên e-mail) của bạn, vì người khác dễ đoán ra.'
const COMMON =
  'Mật khẩu này quá phổ biến nên rất dễ bị đoán. Vui lòng chọn mật khẩu khác, ví dụ một câu ngắn chỉ bạn biết.'

function changePassword(
  client: ApiClient,
  user: User,
  currentPassword: string,
  newPassword: string
) {
  return client
    .put('/account/password')
    .form({ currentPassword, newPassword, newPasswordConfirmation: newPassword })
    .loginAs(user)
    .withCsrfToken()
    .redirects(0)
}

function signIn(client: ApiClient, login: string, password: string) {
  return client.post('/login').form({ login, password }).withCsrfToken().redirects(0)
}

async function thenPasswordIs(user: User, password: string) {
  const saved = await User.findOrFail(user.id)
  if (!(await hash.verify(saved.password, password)))
    throw new Error(`the password of ${user.username} changed`)
  return saved
}

test.group('Password policy', (group) => {
  // Counters are per IP too, and every test request comes from 127.0.0.1: leave none behind for other files.
  group.each.setup(() => limiter.clear(['memory']))
  group.each.teardown(() => limiter.clear(['memory']))

  const weak = [
    { why: 'shorter than 10 characters', password: () => 'Ha#noi9x', message: TOO_SHORT },
    { why: 'the username itself', password: (user: User) => user.username, message: HAS_NAME },
    {
      why: 'containing the username, in other letter case',
      password: (user: User) => `Xin-${user.username.toUpperCase()}-2025`,
      message: HAS_NAME,
    },
    { why: 'containing the e-mail name', password: () => 'toi-la-HOA.PHAM-nhe', message: HAS_NAME },
    { why: 'a common Vietnamese password', password: () => 'matkhau123', message: COMMON },
    { why: 'a common password in capitals', password: () => 'PASSWORD123', message: COMMON },
    {
      why: "the demo accounts' password made longer",
      password: () => 'hscm@20252025',
      message: COMMON,
    },
  ]
  for (const row of weak) {
    test(`a password ${row.why} is refused with a Vietnamese explanation`, async ({
      client,
      assert,
    }) => {
      const user = await givenUser({ email: `hoa.pham@truong-${weak.indexOf(row)}.edu.vn` })
      const response = await changePassword(client, user, TEST_PASSWORD, row.password(user))
      assert.deepEqual(flashOf(response).inputErrorsBag?.newPassword, [row.message])
      await thenPasswordIs(user, TEST_PASSWORD)
    })
  }

  test('the forced change at first sign-in follows the same rule and keeps the requirement', async ({
    client,
    assert,
  }) => {
    const user = await givenUser({ mustChangePassword: true })
    const response = await changePassword(client, user, TEST_PASSWORD, 'giaovien123')
    assert.deepEqual(flashOf(response).inputErrorsBag?.newPassword, [COMMON])
    const saved = await thenPasswordIs(user, TEST_PASSWORD)
    assert.isTrue(saved.mustChangePassword)
  })

  test('a demo account signs in with hscm@2025, and a change must pick a strong password', async ({
    client,
    assert,
  }) => {
    const user = await givenUser({ mustChangePassword: true })
    user.password = 'hscm@2025'
    await user.save()

    const login = await signIn(client, user.username, 'hscm@2025')
    login.assertHeader('location', '/account/password')
    login.assertSession('auth_web', user.id)

    // The browser's own session from that sign-in (the password set above raised the account's session version).
    const change = (newPassword: string) =>
      client
        .put('/account/password')
        .form({ currentPassword: 'hscm@2025', newPassword, newPasswordConfirmation: newPassword })
        .withSession(login.session())
        .withCsrfToken()
        .redirects(0)
    const weakOne = await change('hscm@2026')
    assert.deepEqual(flashOf(weakOne).inputErrorsBag?.newPassword, [TOO_SHORT])
    const strongOne = await change('Sen hồng nở muộn 2025')
    strongOne.assertHeader('location', '/')
    const saved = await thenPasswordIs(user, 'Sen hồng nở muộn 2025')
    assert.isFalse(saved.mustChangePassword)
  })

  test('wrong current passwords on the change form are throttled, even the right one then', async ({
    client,
    assert,
  }) => {
    const user = await givenUser()
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await changePassword(
        client,
        user,
        `sai-mat-khau-${attempt}`,
        'mua thu ha noi 2025'
      )
      assert.deepEqual(flashOf(wrong).inputErrorsBag?.currentPassword, [
        'Mật khẩu hiện tại không đúng.',
      ])
    }
    const right = await changePassword(client, user, TEST_PASSWORD, 'mua thu ha noi 2025')
    assert.match(
      flashOf(right).inputErrorsBag?.currentPassword?.[0] ?? '',
      /Bạn đã nhập sai mật khẩu hiện tại quá nhiều lần\. Vui lòng thử lại sau 15 phút/
    )
    await thenPasswordIs(user, TEST_PASSWORD)
  })
})

test.group('Login throttling', (group) => {
  // Counters are per IP too, and every test request comes from 127.0.0.1: leave none behind for other files.
  group.each.setup(() => limiter.clear(['memory']))
  group.each.teardown(() => limiter.clear(['memory']))

  test('wrong passwords by username and by e-mail count together for the one account', async ({
    client,
    assert,
  }) => {
    const user = await givenUser({ email: 'lan.nguyen@truong.edu.vn' })
    for (let attempt = 1; attempt <= 3; attempt++)
      await signIn(client, user.username, `sai-${attempt}`)
    for (let attempt = 4; attempt <= 5; attempt++)
      await signIn(client, 'Lan.Nguyen@truong.edu.vn', `sai-${attempt}`)

    for (const login of [user.username, 'lan.nguyen@truong.edu.vn']) {
      const right = await signIn(client, login, TEST_PASSWORD)
      right.assertSessionMissing('auth_web')
      assert.match(flashOf(right).error, /Bạn đã nhập sai quá nhiều lần/)
    }
  })

  test("one account's block does not lock out another account", async ({ client }) => {
    const target = await givenUser()
    const other = await givenUser()
    for (let attempt = 1; attempt <= 5; attempt++)
      await signIn(client, target.username, `sai-${attempt}`)
    const response = await signIn(client, other.username, TEST_PASSWORD)
    response.assertSession('auth_web', other.id)
  })

  test('many wrong passwords from one address block that address for every account', async ({
    client,
    assert,
  }) => {
    const user = await givenUser()
    // 30 failures spread over ten names: no single account reaches its own limit.
    for (let attempt = 0; attempt < 30; attempt++)
      await signIn(client, `khong.co.${attempt % 10}`, 'sai-mat-khau')
    const right = await signIn(client, user.username, TEST_PASSWORD)
    right.assertSessionMissing('auth_web')
    assert.match(flashOf(right).error, /Bạn đã nhập sai quá nhiều lần/)
  })
})
