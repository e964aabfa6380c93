import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Group from '#app/organization/models/group'
import type User from '#app/organization/models/user'
import { givenTeacher, currentSchoolYear } from '#tests/helpers/organization'
import { givenDocument } from '#tests/helpers/workflow'

/** The teacher's own group (givenTeacher made one). */
async function groupOf(teacher: User) {
  const row = await db
    .from('role_assignments')
    .where('user_id', teacher.id)
    .where('role', 'teacher')
    .firstOrFail()
  return Group.findOrFail(row.group_id)
}

/** `count` lesson plans of the teacher, numbered from 1 (the oldest) up. */
async function givenLessonPlans(teacher: User, count: number, title: (n: number) => string) {
  const group = await groupOf(teacher)
  for (let n = 1; n <= count; n++) await givenDocument(teacher, { group, title: title(n) })
}

/**
 * `count` bare document rows of the teacher (no version): enough for lists
 * that only show documents, written in one statement so a test can hold
 * more than a page's count cap.
 */
async function givenManyDocuments(teacher: User, count: number) {
  const group = await groupOf(teacher)
  const year = await currentSchoolYear()
  const at = DateTime.now().toFormat(db.connection().dialect.dateTimeFormat)
  const rows = Array.from({ length: count }, (_, i) => ({
    kind: 'pl4',
    school_year_id: year.id,
    school_id: group.schoolId,
    group_id: group.id,
    owner_user_id: teacher.id,
    title: `Bài ${i + 1}. Ôn tập`,
    status: 'draft',
    created_at: at,
    updated_at: at,
  }))
  for (let start = 0; start < rows.length; start += 500)
    await db.table('documents').multiInsert(rows.slice(start, start + 500))
}

test.group('Long lists are paged', () => {
  test('own plans: 30 a page, newest first, with links to the next and the previous page', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    await givenLessonPlans(teacher, 31, (n) => `Bài ${n}. Luyện tập số ${n}`)

    const first = await client.get('/documents').loginAs(teacher)
    first.assertStatus(200)
    first.assertTextIncludes('Bài 31. Luyện tập số 31')
    assert.notInclude(first.text(), 'Bài 1. Luyện tập số 1<')
    first.assertTextIncludes('Trang 1/2')
    assert.include(first.text(), 'href="?page=2"')
    assert.notInclude(first.text(), 'Trang trước')

    const second = await client.get('/documents').qs({ page: 2 }).loginAs(teacher)
    second.assertTextIncludes('Bài 1. Luyện tập số 1<')
    assert.notInclude(second.text(), 'Bài 31. Luyện tập số 31')
    second.assertTextIncludes('Trang 2/2')
    assert.include(second.text(), 'href="?page=1"')
    assert.notInclude(second.text(), 'Trang sau')
  })

  test('search results: 20 a page, the exact count, and a pager keeping the words typed', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    await givenLessonPlans(teacher, 21, (n) => `Bài ${n}. Hình học phẳng`)

    const first = await client.get('/documents/search').qs({ q: 'hinh hoc' }).loginAs(teacher)
    first.assertTextIncludes('21 kết quả')
    assert.equal(first.text().match(/class="card document-item"/g)?.length, 20)
    assert.include(first.text(), 'href="?q=hinh+hoc&amp;page=2"')

    const second = await client
      .get('/documents/search')
      .qs({ q: 'hinh hoc', page: 2 })
      .loginAs(teacher)
    assert.equal(second.text().match(/class="card document-item"/g)?.length, 1)
    second.assertTextIncludes('Bài 1. Hình học phẳng')
    second.assertTextIncludes('Trang trước')
  })

  test('more than a thousand matches are counted as "more than 1,000", and still paged', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    await givenManyDocuments(teacher, 1005)

    const page = await client.get('/documents/search').loginAs(teacher)
    page.assertTextIncludes('Hơn 1.000 kết quả')
    assert.include(page.text(), 'href="?page=2"')

    const last = await client.get('/documents/search').qs({ page: 51 }).loginAs(teacher)
    assert.equal(last.text().match(/class="card document-item"/g)?.length, 5)
    assert.notInclude(last.text(), 'Trang sau')
  })
})
