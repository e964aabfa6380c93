import { test } from '@japa/runner'
import { GUIDES } from '#app/core/guide/guides'
import { GUIDE_ROLES } from '#app/core/guide/guide_roles'
import { givenTeacher } from '#tests/helpers/organization'

test.group('User guide pages', () => {
  test('the guide index and every role guide open without signing in', async ({ client }) => {
    const index = await client.get('/guide')
    index.assertStatus(200)
    for (const role of GUIDE_ROLES) index.assertTextIncludes(GUIDES[role].title)

    for (const role of GUIDE_ROLES) {
      const page = await client.get(`/guide/${role}`)
      page.assertStatus(200)
      for (const step of GUIDES[role].steps) page.assertTextIncludes(step.title)
    }
  })

  test('a signed-in teacher finds the guide meant for them marked first in the index', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const response = await client.get('/guide').loginAs(teacher)
    const html = response.text()
    const mine = html.indexOf('Dành cho bạn')
    assert.isAbove(mine, -1)
    assert.isBelow(mine, html.indexOf(GUIDES.teacher.title))
    assert.isBelow(html.indexOf(GUIDES.teacher.title), html.indexOf(GUIDES['group-head'].title))
  })

  test('every page links to the guide from its footer', async ({ client }) => {
    const login = await client.get('/login')
    login.assertTextIncludes('<a href="/guide" class="footer-guide">Hướng dẫn sử dụng</a>')
  })

  test('an unknown guide or screenshot is a 404, not a file read', async ({ client }) => {
    for (const url of [
      '/guide/hieu-pho',
      '/guide/teacher/screens/..%2F..%2F..%2F.env',
      '/guide/teacher/screens/khong-co-desktop.png',
    ]) {
      const response = await client.get(url)
      response.assertStatus(404)
    }
  })

  test('a screenshot the guide shows is served as a PNG', async ({ client }) => {
    const response = await client.get('/guide/teacher/screens/tai-len-desktop.png')
    response.assertStatus(200)
    response.assertHeader('content-type', 'image/png')
  })

  test('step text is Markdown rendered as HTML', async ({ client }) => {
    const response = await client.get('/guide/teacher')
    response.assertTextIncludes('<strong>Tải lên và kiểm tra</strong>')
  })
})
