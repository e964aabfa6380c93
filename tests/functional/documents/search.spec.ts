import { test } from '@japa/runner'
import {
  givenGroup,
  givenPersonWithRole,
  givenSchool,
  givenTeacher,
} from '#tests/helpers/organization'
import { givenLessonPlan } from '#tests/helpers/documents'
import { givenDocument, givenStaffedSchool } from '#tests/helpers/workflow'
import db from '@adonisjs/lucid/services/db'

test.group('Searching documents', () => {
  test('words typed without diacritics find the plan, đ folded to d', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    await givenLessonPlan(teacher, { lessonTitle: 'Bài 12. Đường trung trực của đoạn thẳng' })

    const plain = await client
      .get('/documents/search')
      .qs({ q: 'duong trung truc' })
      .loginAs(teacher)
    plain.assertStatus(200)
    plain.assertTextIncludes('Bài 12. Đường trung trực của đoạn thẳng')

    const byKind = await client
      .get('/documents/search')
      .qs({ q: 'ke hoach bai day doan thang' })
      .loginAs(teacher)
    byKind.assertTextIncludes('Bài 12. Đường trung trực của đoạn thẳng')

    /* Text of the file itself is indexed too (the fixture's activities). */
    const byContent = await client
      .get('/documents/search')
      .qs({ q: 'HOAT DONG hinh thanh kien thuc' })
      .loginAs(teacher)
    byContent.assertTextIncludes('Bài 12. Đường trung trực của đoạn thẳng')
    /* The result shows the passage where the words were found, the words marked. */
    byContent.assertTextIncludes(
      '<mark>Hoạt</mark> <mark>động</mark> 2: <mark>Hình</mark> <mark>thành</mark> <mark>kiến</mark> <mark>thức</mark> mới'
    )

    const none = await client
      .get('/documents/search')
      .qs({ q: 'duong tron noi tiep' })
      .loginAs(teacher)
    assert.notInclude(none.text(), 'Bài 12. Đường trung trực')
    none.assertTextIncludes('Không tìm thấy hồ sơ phù hợp')
  })

  test('results stay inside the searcher scope', async ({ client, assert }) => {
    const school = await givenSchool()
    const group = await givenGroup(school)
    const author = await givenTeacher({ school, group })
    await givenLessonPlan(author, { lessonTitle: 'Bài 3. Lũy thừa với số mũ tự nhiên' })

    const colleague = await givenTeacher({ school, group })
    const head = await givenPersonWithRole('group_head', { school, group })
    const otherSchoolPrincipal = await givenPersonWithRole('principal', {
      school: await givenSchool(),
    })
    const principal = await givenPersonWithRole('principal', { school })

    const find = (user: typeof author) =>
      client.get('/documents/search').qs({ q: 'luy thua' }).loginAs(user)
    const authorResponse = await find(author)
    authorResponse.assertTextIncludes('Lũy thừa với số mũ tự nhiên')
    const headResponse = await find(head)
    headResponse.assertTextIncludes('Lũy thừa với số mũ tự nhiên')
    const principalResponse = await find(principal)
    principalResponse.assertTextIncludes('Lũy thừa với số mũ tự nhiên')
    const colleagueResponse = await find(colleague)
    assert.notInclude(colleagueResponse.text(), 'Lũy thừa với số mũ tự nhiên')
    const otherSchoolPrincipalResponse = await find(otherSchoolPrincipal)
    assert.notInclude(otherSchoolPrincipalResponse.text(), 'Lũy thừa với số mũ tự nhiên')
  })

  test('filters narrow by kind, grade and status', async ({ client, assert }) => {
    const teacher = await givenTeacher()
    await givenLessonPlan(teacher, { lessonTitle: 'Bài 8. Tỉ số phần trăm' })

    const matching = await client
      .get('/documents/search')
      .qs({ q: 'ti so', kind: 'pl4', grade: 6, status: 'draft' })
      .loginAs(teacher)
    matching.assertTextIncludes('Bài 8. Tỉ số phần trăm')
    /* The filters in use stay unfolded and say how many there are; with none, they fold away. */
    matching.assertTextIncludes('<summary>Bộ lọc (3 đang chọn)</summary>')
    assert.match(matching.text(), /<details class="search-filters"\s+open>/)
    const plain = await client.get('/documents/search').qs({ q: 'ti so' }).loginAs(teacher)
    assert.match(plain.text(), /<details class="search-filters"\s*>/)
    for (const filters of [{ kind: 'pl3' }, { grade: 7 }, { status: 'approved' }]) {
      const response = await client
        .get('/documents/search')
        .qs({ q: 'ti so', ...filters })
        .loginAs(teacher)
      assert.notInclude(response.text(), 'Bài 8. Tỉ số phần trăm')
    }
  })

  test('a group plan is found by its group once approved, newest-changed first', async ({
    client,
    assert,
  }) => {
    const { teacher, group, groupHead, principal } = await givenStaffedSchool()
    await givenDocument(groupHead, {
      kind: 'pl1',
      group,
      title: 'Kế hoạch dạy học môn Toán khối 7',
      status: 'approved',
    })
    const pending = await givenDocument(groupHead, {
      kind: 'pl1',
      group,
      title: 'Kế hoạch dạy học môn Toán khối 6',
      status: 'submitted',
    })
    const find = () =>
      client.get('/documents/search').qs({ q: 'ke hoach day hoc mon toan' }).loginAs(teacher)

    const beforeResponse = await find()
    const before = beforeResponse.text()
    assert.include(before, 'Kế hoạch dạy học môn Toán khối 7')
    assert.notInclude(before, 'Kế hoạch dạy học môn Toán khối 6')

    await client
      .post(`/reviews/${pending.id}/approve`)
      .form({ versionId: pending.currentVersionId })
      .loginAs(principal)
      .withCsrfToken()
      .redirects(0)
    const afterResponse = await find()
    const after = afterResponse.text()
    assert.include(after, 'Kế hoạch dạy học môn Toán khối 6')
    assert.isBelow(
      after.indexOf('Kế hoạch dạy học môn Toán khối 6'),
      after.indexOf('Kế hoạch dạy học môn Toán khối 7')
    )
  })

  test('the excerpt of a plan is shown as text, never as markup', async ({ client, assert }) => {
    const { teacher, group } = await givenStaffedSchool()
    const document = await givenDocument(teacher, { group, title: 'Bài 4. Phân số' })
    await db
      .from('document_versions')
      .where('id', document.currentVersionId!)
      .update({ extracted_text: 'Ví dụ <img src=x onerror=alert(1)> về phân số & tỉ số.' })

    const response = await client.get('/documents/search').qs({ q: 'phan so' }).loginAs(teacher)
    assert.notInclude(response.text(), '<img src=x')
    response.assertTextIncludes(
      'Ví dụ &lt;img src=x onerror=alert(1)&gt; về <mark>phân</mark> <mark>số</mark> &amp; tỉ <mark>số</mark>.'
    )
  })
})
