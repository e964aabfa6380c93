import plugin from '#plugins/lesson-follows-teacher-plan/index'
import { test } from '@japa/runner'
import { buildPlan } from '#tests/fixtures/plans'
import { findLesson, lessonKey } from '#plugins/contract'
import { fromSpec } from './model_helpers.js'
import { asDocx, pluginTester } from './plugin_tester.js'
import { LESSON, LESSON_SUBMISSION, PROGRAMME, summaryOf } from './related_fixtures.js'

const lessonPlan = (options = LESSON) => fromSpec(buildPlan('pl4', options))
const teacherPlan = summaryOf('pl3')

pluginTester(plugin, {
  valid: [
    {
      name: 'the lesson, periods and week of the approved PL III',
      document: lessonPlan(),
      submission: LESSON_SUBMISSION,
      related: { teacherPlan },
    },
    {
      name: 'the same through a real DOCX of both plans',
      document: asDocx(buildPlan('pl4', LESSON)),
      submission: LESSON_SUBMISSION,
      related: { teacherPlan },
    },
    {
      name: 'title written differently: "BAI 12: QUY TAC DAU NGOAC", one week late within the margin',
      document: lessonPlan(),
      submission: {
        ...LESSON_SUBMISSION,
        lessonTitle: 'BAI 12: QUY TAC DAU NGOAC',
        teachingWeek: 16,
      },
      related: { teacherPlan },
    },
    {
      name: 'an abbreviation: "ÔT chương 3" is "Ôn tập chương III"',
      document: lessonPlan(),
      submission: {
        ...LESSON_SUBMISSION,
        lessonTitle: 'ÔT chương 3',
        periods: 1,
        teachingWeek: 17,
      },
      related: { teacherPlan },
    },
    {
      name: 'the command line (no database): nothing to compare, nothing said',
      document: lessonPlan(),
      submission: LESSON_SUBMISSION,
    },
  ],
  invalid: [
    {
      name: 'no approved PL III yet: one info',
      document: lessonPlan(),
      submission: LESSON_SUBMISSION,
      related: { teacherPlan: null },
      errors: [{ messageId: 'noTeacherPlan', severity: 'info' }],
    },
    {
      name: 'a lesson that is not in the PL III',
      document: lessonPlan(),
      submission: { ...LESSON_SUBMISSION, lessonTitle: 'Bài 20. Hình chữ nhật' },
      related: { teacherPlan },
      errors: [{ messageId: 'lessonNotPlanned', severity: 'warning' }],
    },
    {
      name: '3 periods where the PL III plans 2',
      document: lessonPlan(),
      submission: { ...LESSON_SUBMISSION, periods: 3 },
      related: { teacherPlan },
      errors: ['periodsDiffer'],
    },
    {
      name: 'taught in week 20, planned in weeks 14–15',
      document: lessonPlan(),
      submission: { ...LESSON_SUBMISSION, teachingWeek: 20 },
      related: { teacherPlan },
      errors: ['weekOutside'],
    },
    {
      name: 'no margin: week 16 is outside',
      document: lessonPlan(),
      submission: { ...LESSON_SUBMISSION, teachingWeek: 16 },
      related: { teacherPlan },
      options: { weekMargin: 0 },
      errors: ['weekOutside'],
    },
  ],
})

test.group('lesson-follows-teacher-plan findings', () => {
  test('a lesson not planned names the closest planned lessons', async ({ assert }) => {
    const { runPlugin } = await import('./plugin_tester.js')
    const [finding] = await runPlugin(plugin, {
      name: 'x',
      document: lessonPlan(),
      submission: { ...LESSON_SUBMISSION, lessonTitle: 'Quy tắc chuyển vế' },
      related: { teacherPlan },
    })
    assert.equal(finding.messageId, 'lessonNotPlanned')
    assert.include(String(finding.data.closest), 'Bài 12. Quy tắc dấu ngoặc')
    assert.isDefined(finding.location.block, 'the finding points at the lesson title line')
  })
})

test.group('lesson title matching', () => {
  test('numbering, punctuation, accents and case do not matter; another lesson does', ({
    assert,
  }) => {
    const titles = PROGRAMME.map((lesson) => lesson.title)
    const at = (title: string) => findLesson(title, titles, (t) => t).rows
    assert.deepEqual(at('Bài 12: Quy tắc dấu ngoặc'), ['Bài 12. Quy tắc dấu ngoặc'])
    assert.deepEqual(at('bai 12 - quy tac dau ngoac'), ['Bài 12. Quy tắc dấu ngoặc'])
    assert.deepEqual(at('Quy tắc dấu ngoặc'), ['Bài 12. Quy tắc dấu ngoặc'])
    assert.deepEqual(at('Bài 12'), ['Bài 12. Quy tắc dấu ngoặc'])
    assert.deepEqual(at('Bài 12. Phép chia hết'), [])
    assert.deepEqual(
      at('Bài 9. Phép nhân số nguyên'),
      ['Bài 13. Phép nhân số nguyên'],
      'another book numbering, the same name'
    )
    assert.deepEqual(at('Bài 9. Phép nhân'), [], 'another number and only part of the name')
    assert.deepEqual(
      findLesson('Bài 8. Số thập phân', ['Bài 4. Phân số'], (t) => t).rows,
      [],
      'another number, and the shorter name is only a part of the other'
    )
    assert.deepEqual(lessonKey('ÔN TẬP CHƯƠNG III').tokens, lessonKey('ÔT chương 3').tokens)
  })
})
