import { test } from '@japa/runner'
import { givenUser } from '#tests/helpers/users'
import { givenPersonWithRole, givenSchool } from '#tests/helpers/organization'

test.group('Health and error pages', () => {
  test('/health answers while the process lives', async ({ client }) => {
    const response = await client.get('/health')
    response.assertStatus(200)
    response.assertBodyContains({ status: 'ok' })
  })

  test('/health/ready tells anyone only ok; the system administrator sees the checks', async ({
    client,
    assert,
  }) => {
    const anonymous = await client.get('/health/ready')
    anonymous.assertStatus(200)
    assert.deepEqual(anonymous.body(), { status: 'ok' })
    const teacher = await client
      .get('/health/ready')
      .loginAs(await givenPersonWithRole('teacher', { school: await givenSchool() }))
    assert.deepEqual(teacher.body(), { status: 'ok' })

    const response = await client
      .get('/health/ready')
      .loginAs(await givenPersonWithRole('system_admin'))
    response.assertStatus(200)
    const names = response.body().checks.map((check: { name: string }) => check.name)
    assert.includeMembers(names, ['Storage check'])
    assert.isTrue(names.some((name: string) => name.startsWith('Database health check')))
  })

  test('an unknown page shows the Vietnamese 404 page', async ({ client }) => {
    const user = await givenUser()
    const response = await client.get('/khong-co-trang-nay').loginAs(user)
    response.assertStatus(404)
    response.assertTextIncludes('Không tìm thấy trang')
  })

  test('security headers are sent', async ({ client, assert }) => {
    const response = await client.get('/login')
    response.assertHeader('x-content-type-options', 'nosniff')
    response.assertHeader('x-frame-options', 'SAMEORIGIN')
    assert.include(response.header('content-security-policy'), "default-src 'self'")
    assert.include(response.header('content-security-policy'), "script-src 'self'")
  })
})
