import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import {
  currentSchoolYear,
  givenNonAdminsOf,
  givenSchoolWithAdmin,
  givenTeacher,
  thenRefused,
} from '#tests/helpers/organization'

async function classNamesOf(schoolId: number) {
  const year = await currentSchoolYear()
  const rows = await db
    .from('classes')
    .where({ school_id: schoolId, school_year_id: year.id })
    .orderBy('id')
    .select('name')
  return rows.map((row) => row.name)
}

test.group('School administration: classes of the year and what teachers teach', () => {
  test('creates N classes per grade at once, twice without duplicates', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin('thcs')
    const empty = await client.get(`/admin/schools/${school.id}/classes`).loginAs(admin)
    empty.assertTextIncludes('Trường chưa có lớp nào trong năm học này.')

    const created = await client
      .post(`/admin/schools/${school.id}/classes/batch`)
      .form({ 'perGrade': 2, 'grades[]': [6, 7, 8, 9] })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    created.assertFlashMessage('success', 'Đã tạo 8 lớp mới.')
    assert.deepEqual(await classNamesOf(school.id), [
      '6A1',
      '6A2',
      '7A1',
      '7A2',
      '8A1',
      '8A2',
      '9A1',
      '9A2',
    ])

    const more = await client
      .post(`/admin/schools/${school.id}/classes/batch`)
      .form({ 'perGrade': 3, 'grades[]': [6] })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    more.assertFlashMessage('success', 'Đã tạo 1 lớp mới.')
    const page = await client.get(`/admin/schools/${school.id}/classes`).loginAs(admin)
    const listed = [...page.text().matchAll(/<summary[^>]*>([^<]+)<\/summary>/g)].map(
      (match) => match[1]
    )
    assert.includeOrderedMembers(listed, ['6A1', '6A2', '6A3', '7A1'])
    page.assertTextIncludes('Khối 9')
  })

  test('adds one class; wrong grade, name or duplicate are refused in Vietnamese', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin('thcs')
    const url = `/admin/schools/${school.id}/classes`
    const added = await client
      .post(url)
      .form({ grade: 6, name: '6a chuyên' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    added.assertFlashMessage('success', 'Đã thêm lớp 6A CHUYÊN.')

    const cases: [Record<string, string | number>, Record<string, string[]>][] = [
      [
        { grade: 6, name: '6A CHUYÊN' },
        { name: ['Trường đã có lớp 6A CHUYÊN trong năm học này.'] },
      ],
      [
        { grade: 6, name: '7A1' },
        { name: ['Tên lớp 7A1 phải bắt đầu bằng số khối 6 (ví dụ 6A1).'] },
      ],
      [{ grade: 10, name: '10A1' }, { grade: ['Trường không dạy khối 10.'] }],
      [{ grade: 13, name: '13A1' }, { grade: ['Khối phải là số từ 6 đến 12.'] }],
      [{ grade: 6, name: '' }, { name: ['Vui lòng nhập tên lớp.'] }],
    ]
    for (const [form, errors] of cases) {
      const response = await client.post(url).form(form).loginAs(admin).withCsrfToken().redirects(0)
      assert.deepEqual(response.flashMessages().inputErrorsBag, errors, JSON.stringify(form))
    }
    const batch = await client
      .post(`${url}/batch`)
      .form({ 'perGrade': 0, 'grades[]': [6] })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    assert.deepEqual(batch.flashMessages().inputErrorsBag, {
      perGrade: ['Số lớp mỗi khối phải từ 1 đến 20.'],
    })
    const noGrade = await client
      .post(`${url}/batch`)
      .form({ perGrade: 2 })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    assert.deepEqual(noGrade.flashMessages().inputErrorsBag, {
      grades: ['Vui lòng chọn ít nhất một khối.'],
    })
    assert.deepEqual(await classNamesOf(school.id), ['6A CHUYÊN'])
  })

  test('assigns a teacher’s subjects and classes for the year, and changes them', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin('thcs')
    const teacher = await givenTeacher({ school, subjects: ['toan'], fullName: 'Ngô Thị Lan' })
    await client
      .post(`/admin/schools/${school.id}/classes/batch`)
      .form({ 'perGrade': 2, 'grades[]': [6, 7] })
      .loginAs(admin)
      .withCsrfToken()
    const classes = await db.from('classes').where('school_id', school.id).orderBy('name')
    const subjects = await db.from('subjects').whereIn('code', ['toan', 'tin_hoc']).orderBy('code')
    const assignment = await db
      .from('role_assignments')
      .where({ user_id: teacher.id, role: 'teacher' })
      .firstOrFail()
    const url = `/admin/schools/${school.id}/staff/${teacher.id}/roles/${assignment.id}/teaching`

    const page = await client.get(`/admin/schools/${school.id}/staff/${teacher.id}`).loginAs(admin)
    page.assertTextIncludes('Môn dạy và lớp dạy năm học 2025-2026')
    page.assertTextIncludes('6A1')

    const saved = await client
      .put(url)
      .form({
        'subjectIds[]': subjects.map((s) => s.id),
        'classIds[]': [classes[0].id, classes[3].id],
      })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    saved.assertFlashMessage('success', 'Đã lưu môn dạy và lớp dạy.')
    const taughtClasses = await db
      .from('role_assignment_classes')
      .where('role_assignment_id', assignment.id)
    assert.sameMembers(
      taughtClasses.map((row) => row.class_id),
      [classes[0].id, classes[3].id]
    )
    const taughtSubjects = await db
      .from('role_assignment_subjects')
      .where('role_assignment_id', assignment.id)
    assert.sameMembers(
      taughtSubjects.map((row) => row.subject_id),
      subjects.map((s) => s.id)
    )

    await client
      .put(url)
      .form({ 'subjectIds[]': [subjects[1].id], 'classIds[]': [classes[1].id] })
      .loginAs(admin)
      .withCsrfToken()
    const after = await db
      .from('role_assignment_classes')
      .where('role_assignment_id', assignment.id)
    assert.deepEqual(
      after.map((row) => row.class_id),
      [classes[1].id]
    )
  })

  test('another school’s class is refused and nothing is saved', async ({ client, assert }) => {
    const { school, admin } = await givenSchoolWithAdmin('thcs')
    const other = await givenSchoolWithAdmin('thcs')
    await client
      .post(`/admin/schools/${other.school.id}/classes/batch`)
      .form({ 'perGrade': 1, 'grades[]': [6] })
      .loginAs(other.admin)
      .withCsrfToken()
    const foreignClass = await db.from('classes').where('school_id', other.school.id).firstOrFail()
    const teacher = await givenTeacher({ school })
    const assignment = await db
      .from('role_assignments')
      .where({ user_id: teacher.id, role: 'teacher' })
      .firstOrFail()

    const response = await client
      .put(`/admin/schools/${school.id}/staff/${teacher.id}/roles/${assignment.id}/teaching`)
      .form({ 'classIds[]': [foreignClass.id] })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    assert.deepEqual(response.flashMessages().inputErrorsBag, {
      'classIds.0': [
        'Có lớp không thuộc trường trong năm học này. Hãy tải lại trang rồi chọn lại.',
      ],
    })
    assert.lengthOf(
      await db.from('role_assignment_classes').where('role_assignment_id', assignment.id),
      0
    )
    /* The administrator reads it beside the classes, on the page the refusal leads back to. */
    const page = await client
      .get(`/admin/schools/${school.id}/staff/${teacher.id}`)
      .loginAs(admin)
      .withFlashMessages(response.flashMessages())
    page.assertStatus(200)
    assert.match(
      page.text(),
      new RegExp(
        `<p class="field-error" id="classIds-error-${assignment.id}">Có lớp không thuộc trường trong năm học này`
      )
    )
    const subjects = await db
      .from('role_assignment_subjects')
      .where('role_assignment_id', assignment.id)
    assert.lengthOf(subjects, 1)
  })

  test('only the school’s administrator manages classes and teaching; a refusal changes nothing', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin('thcs')
    await client
      .post(`/admin/schools/${school.id}/classes/batch`)
      .form({ 'perGrade': 1, 'grades[]': [6] })
      .loginAs(admin)
      .withCsrfToken()
    const { teacher, principal, otherAdmin } = await givenNonAdminsOf(school)
    const assignment = await db
      .from('role_assignments')
      .where({ user_id: teacher.id, role: 'teacher' })
      .firstOrFail()
    const schoolClass = await db.from('classes').where('school_id', school.id).firstOrFail()

    for (const someone of [teacher, principal, otherAdmin]) {
      thenRefused(
        await client.get(`/admin/schools/${school.id}/classes`).loginAs(someone).redirects(0)
      )
      thenRefused(
        await client
          .post(`/admin/schools/${school.id}/classes`)
          .form({ grade: 7, name: '7A9' })
          .loginAs(someone)
          .withCsrfToken()
          .redirects(0)
      )
      thenRefused(
        await client
          .post(`/admin/schools/${school.id}/classes/batch`)
          .form({ 'perGrade': 3, 'grades[]': [8] })
          .loginAs(someone)
          .withCsrfToken()
          .redirects(0)
      )
      thenRefused(
        await client
          .put(`/admin/schools/${school.id}/classes/${schoolClass.id}`)
          .form({ name: '6A9' })
          .loginAs(someone)
          .withCsrfToken()
          .redirects(0)
      )
      thenRefused(
        await client
          .delete(`/admin/schools/${school.id}/classes/${schoolClass.id}`)
          .loginAs(someone)
          .withCsrfToken()
          .redirects(0)
      )
      thenRefused(
        await client
          .put(`/admin/schools/${school.id}/staff/${teacher.id}/roles/${assignment.id}/teaching`)
          .form({ 'classIds[]': [schoolClass.id] })
          .loginAs(someone)
          .withCsrfToken()
          .redirects(0)
      )
    }
    assert.deepEqual(await classNamesOf(school.id), ['6A1'])
    assert.lengthOf(
      await db.from('role_assignment_classes').where('role_assignment_id', assignment.id),
      0
    )
  })

  test('renames a class (a typo), refuses a name of another grade or one taken; removes a class nobody teaches', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin('thcs')
    await client
      .post(`/admin/schools/${school.id}/classes/batch`)
      .form({ 'perGrade': 2, 'grades[]': [6] })
      .loginAs(admin)
      .withCsrfToken()
    const [first, second] = await db.from('classes').where('school_id', school.id).orderBy('name')
    const url = (id: number) => `/admin/schools/${school.id}/classes/${id}`

    const renamed = await client
      .put(url(first.id))
      .form({ name: '6a1 chọn' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    renamed.assertFlashMessage('success', 'Đã đổi tên lớp 6A1 thành 6A1 CHỌN.')
    for (const [name, message] of [
      ['6a1 chọn', 'Trường đã có lớp 6A1 CHỌN trong năm học này.'],
      ['7A1', 'Tên lớp 7A1 phải bắt đầu bằng số khối 6 (ví dụ 6A1).'],
      ['', 'Vui lòng nhập tên lớp.'],
    ]) {
      const refused = await client
        .put(url(second.id))
        .form({ name })
        .loginAs(admin)
        .withCsrfToken()
        .redirects(0)
      refused.assertFlashMessage('error', message)
    }
    assert.deepEqual(await classNamesOf(school.id), ['6A1 CHỌN', '6A2'])

    const removed = await client.delete(url(second.id)).loginAs(admin).withCsrfToken().redirects(0)
    removed.assertFlashMessage('success', 'Đã xoá lớp 6A2.')
    assert.deepEqual(await classNamesOf(school.id), ['6A1 CHỌN'])
    const response = await client.delete(url(second.id)).loginAs(admin).withCsrfToken().redirects(0)
    response.assertStatus(404)
  })

  test('a class a teacher is assigned to is not removed; another school’s class is not found', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin('thcs')
    await client
      .post(`/admin/schools/${school.id}/classes/batch`)
      .form({ 'perGrade': 1, 'grades[]': [6] })
      .loginAs(admin)
      .withCsrfToken()
    const schoolClass = await db.from('classes').where('school_id', school.id).firstOrFail()
    const teacher = await givenTeacher({ school })
    const assignment = await db
      .from('role_assignments')
      .where({ user_id: teacher.id, role: 'teacher' })
      .firstOrFail()
    await client
      .put(`/admin/schools/${school.id}/staff/${teacher.id}/roles/${assignment.id}/teaching`)
      .form({ 'classIds[]': [schoolClass.id] })
      .loginAs(admin)
      .withCsrfToken()

    const refused = await client
      .delete(`/admin/schools/${school.id}/classes/${schoolClass.id}`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    refused.assertFlashMessage(
      'error',
      'Lớp 6A1 đang được phân công cho 1 giáo viên. Hãy bỏ lớp này khỏi phân công dạy của họ trước khi xoá.'
    )
    assert.deepEqual(await classNamesOf(school.id), ['6A1'])

    const other = await givenSchoolWithAdmin('thcs')
    const updateResponse = await client
      .put(`/admin/schools/${other.school.id}/classes/${schoolClass.id}`)
      .form({ name: '6A9' })
      .loginAs(other.admin)
      .withCsrfToken()
      .redirects(0)
    updateResponse.assertStatus(404)
    const deleteResponse = await client
      .delete(`/admin/schools/${other.school.id}/classes/${schoolClass.id}`)
      .loginAs(other.admin)
      .withCsrfToken()
      .redirects(0)
    deleteResponse.assertStatus(404)
    assert.deepEqual(await classNamesOf(school.id), ['6A1'])
  })
})
