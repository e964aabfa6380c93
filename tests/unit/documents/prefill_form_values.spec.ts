import { test } from '@japa/runner'
import { prefilledForm } from '#app/documents/prefill/form_values'

const SUBJECTS = [
  { id: 1, name: 'Toán' },
  { id: 2, name: 'Khoa học tự nhiên' },
  { id: 3, name: 'Lịch sử' },
  { id: 4, name: 'Lịch sử và Địa lí' },
]

test.group('Confirm page values', () => {
  test('values read from the file fill the empty fields and are marked', ({ assert }) => {
    const form = prefilledForm(
      'pl4',
      { targetId: '7' },
      {
        lessonTitle: 'Oxide',
        periods: 2,
        grade: 8,
        subjectText: 'KHOA HỌC TỰ NHIÊN',
        teachingWeek: 12,
      },
      SUBJECTS
    )
    assert.deepEqual(form.values, {
      targetId: '7',
      lessonTitle: 'Oxide',
      periods: '2',
      grade: '8',
      subjectId: '2',
      teachingWeek: '12',
    })
    assert.sameMembers(form.readFields, [
      'lessonTitle',
      'periods',
      'grade',
      'subjectId',
      'teachingWeek',
    ])
  })

  test('what the teacher typed wins and is not marked', ({ assert }) => {
    const form = prefilledForm(
      'pl4',
      { lessonTitle: 'Bài 3. Oxide', periods: '3' },
      { lessonTitle: 'Oxide', periods: 2 },
      SUBJECTS
    )
    assert.equal(form.values.lessonTitle, 'Bài 3. Oxide')
    assert.equal(form.values.periods, '3')
    assert.deepEqual(form.readFields, [])
  })

  test('the longest subject name wins; a subject outside the choices is left empty', ({
    assert,
  }) => {
    assert.equal(
      prefilledForm('pl4', {}, { subjectText: 'Lịch sử và Địa lí' }, SUBJECTS).values.subjectId,
      '4'
    )
    assert.isUndefined(
      prefilledForm('pl4', {}, { subjectText: 'Tin học' }, SUBJECTS).values.subjectId
    )
  })

  test('only the fields the kind asks are filled', ({ assert }) => {
    const form = prefilledForm(
      'pl1',
      {},
      { lessonTitle: 'Oxide', periods: 2, subjectText: 'Toán' },
      SUBJECTS
    )
    assert.deepEqual(form.values, { subjectId: '1' })
  })
})
