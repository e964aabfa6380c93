import { test } from '@japa/runner'
import { givenTeacher } from '#tests/helpers/organization'
import { givenUser } from '#tests/helpers/users'

test.group('Welcome panel on the start page', () => {
  test('a teacher sees the first steps of the teacher guide until they close it', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const first = await client.get('/').loginAs(teacher)
    first.assertTextIncludes('Bắt đầu nhanh')
    first.assertTextIncludes('Tải lên kế hoạch bài dạy hoặc kế hoạch giáo dục của bạn.')
    first.assertTextIncludes('href="/guide/teacher"')

    const dismissed = await client
      .post('/guide/welcome/dismiss')
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    dismissed.assertStatus(302)
    dismissed.assertHeader('location', '/')

    const later = await client.get('/').loginAs(teacher)
    assert.notInclude(later.text(), 'Bắt đầu nhanh')
    later.assertTextIncludes('Xem lại hướng dẫn nhanh')

    const again = await client.get('/?welcome=1').loginAs(teacher)
    again.assertTextIncludes('Bắt đầu nhanh')
  })

  test('closing it is remembered per person', async ({ client }) => {
    const one = await givenTeacher()
    const other = await givenTeacher()
    await client.post('/guide/welcome/dismiss').loginAs(one).withCsrfToken().redirects(0)
    const response = await client.get('/').loginAs(other)
    response.assertTextIncludes('Bắt đầu nhanh')
  })

  test('someone without any role gets no panel', async ({ client, assert }) => {
    const nobody = await givenUser()
    const response = await client.get('/').loginAs(nobody)
    response.assertStatus(200)
    assert.notInclude(response.text(), 'Bắt đầu nhanh')
  })
})
