import { test } from '@japa/runner'
import limiter from '@adonisjs/limiter/services/main'
import type { ApiClient } from '@japa/api-client'
import User from '#app/organization/models/user'
import RoleAssignment from '#app/organization/models/role_assignment'
import { TEST_PASSWORD } from '#tests/helpers/users'
import { givenRole, givenSchoolWithAdmin, givenTeacher } from '#tests/helpers/organization'

/*
 * A session is what the browser keeps. With the default cookie store the
 * cookie holds the session's data itself, so a copied cookie works until
 * the server refuses it. Each test signs in (twice when two places are
 * meant, like a school computer and a home one), keeps the session data a
 * browser would send back, and replays it after what should end every
 * session of the account: the kept session must open nothing any more.
 */
type Saved = Record<string, any>

/** Signs in through the login form and returns the session the browser keeps. */
async function signIn(client: ApiClient, user: User): Promise<Saved> {
  const response = await client
    .post('/login')
    .form({ login: user.username, password: TEST_PASSWORD })
    .withCsrfToken()
    .redirects(0)
  response.assertHeader('location', '/')
  return response.session()
}

/** The start page with a kept session: 200 while it lives, a redirect to the login page once it ended. */
async function thenSessionWorks(client: ApiClient, saved: Saved) {
  const response = await client.get('/').withSession(saved).redirects(0)
  response.assertStatus(200)
}

async function thenSessionEnded(client: ApiClient, saved: Saved) {
  const response = await client.get('/').withSession(saved).redirects(0)
  response.assertStatus(302)
  response.assertHeader('location', '/login')
}

test.group('Sessions end when they should', (group) => {
  group.each.setup(() => limiter.clear(['memory']))

  test('signing out ends the other saved sessions of the account too', async ({ client }) => {
    const teacher = await givenTeacher()
    const atSchool = await signIn(client, teacher)
    const atHome = await signIn(client, teacher)
    await thenSessionWorks(client, atSchool)

    const logout = await client.post('/logout').withSession(atHome).withCsrfToken().redirects(0)
    logout.assertHeader('location', '/login')

    await thenSessionEnded(client, atHome)
    await thenSessionEnded(client, atSchool)
  })

  test('a password changed in one session ends the others and keeps that one', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const atSchool = await signIn(client, teacher)
    const atHome = await signIn(client, teacher)

    const change = await client
      .put('/account/password')
      .withSession(atHome)
      .withCsrfToken()
      .form({
        currentPassword: TEST_PASSWORD,
        newPassword: 'mua thu ha noi 2025',
        newPasswordConfirmation: 'mua thu ha noi 2025',
      })
      .redirects(0)
    change.assertHeader('location', '/')
    const storedUser = await User.findOrFail(teacher.id)
    assert.notEqual(storedUser.password, teacher.password)

    await thenSessionEnded(client, atSchool)
    await thenSessionWorks(client, change.session())
  })

  test("the school administrator's password reset ends the person's saved sessions", async ({
    client,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    const teacher = await givenTeacher({ school })
    const kept = await signIn(client, teacher)

    const reset = await client
      .post(`/admin/schools/${school.id}/staff/${teacher.id}/password`)
      .loginAs(admin)
      .withCsrfToken()
    reset.assertStatus(200)

    await thenSessionEnded(client, kept)
  })

  test('a deactivated account can do nothing with a saved session, not even a form post', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    const teacher = await givenTeacher({ school })
    const kept = await signIn(client, teacher)

    const deactivate = await client
      .put(`/admin/schools/${school.id}/staff/${teacher.id}/status`)
      .form({ active: false })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    deactivate.assertStatus(302)
    const storedUser = await User.findOrFail(teacher.id)
    assert.isFalse(storedUser.isActive)

    await thenSessionEnded(client, kept)
    const post = await client
      .post('/notifications/email')
      .withSession(kept)
      .withCsrfToken()
      .redirects(0)
    post.assertStatus(302)
    post.assertHeader('location', '/login')
    const storedTeacher = await User.findOrFail(teacher.id)
    assert.isTrue(storedTeacher.emailNotifications, 'the refused form changed nothing')
  })

  test('removing the last role of the year ends the saved sessions; removing one of two does not', async ({
    client,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    const teacher = await givenTeacher({ school })
    const [first] = await RoleAssignment.query().where('user_id', teacher.id)
    /* A role the school administrator may take away (the principal's office is the department's to change). */
    const second = await givenRole(teacher, 'school_admin', { school })
    const kept = await signIn(client, teacher)
    const remove = (assignment: RoleAssignment) =>
      client
        .delete(`/admin/schools/${school.id}/staff/${teacher.id}/roles/${assignment.id}`)
        .loginAs(admin)
        .withCsrfToken()
        .redirects(0)

    const response = await remove(second)
    response.assertStatus(302)
    await thenSessionWorks(client, kept)
    const firstResponse = await remove(first)
    firstResponse.assertStatus(302)
    await thenSessionEnded(client, kept)
  })

  test('a session that has not ended keeps working after sign-in', async ({ client }) => {
    const teacher = await givenTeacher()
    const kept = await signIn(client, teacher)
    await thenSessionWorks(client, kept)
    await thenSessionWorks(client, kept)
  })
})
