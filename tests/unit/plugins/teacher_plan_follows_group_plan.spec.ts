import plugin from '#plugins/teacher-plan-follows-group-plan/index'
import { buildPlan } from '#tests/fixtures/plans'
import { fromSpec } from './model_helpers.js'
import { asDocx, asPdf, pluginTester } from './plugin_tester.js'
import { PROGRAMME, summaryOf } from './related_fixtures.js'

const SUBMISSION = { kind: 'pl3' }
const teacherPlan = (lessons = PROGRAMME) => fromSpec(buildPlan('pl3', { lessons }))
const groupPlan = summaryOf('pl1')
const everyGrade = {
  ...groupPlan,
  grade: undefined,
  lessons: [...groupPlan.lessons, { title: 'Bài 1. Tia', periods: 2, row: 6 }],
  totalPeriods: undefined,
}

pluginTester(plugin, {
  valid: [
    {
      name: 'the lessons and periods of the group plan for the grade',
      document: teacherPlan(),
      submission: SUBMISSION,
      related: { groupPlan },
    },
    {
      name: 'the same through a real DOCX',
      document: asDocx(buildPlan('pl3', { lessons: PROGRAMME })),
      submission: SUBMISSION,
      related: { groupPlan },
    },
    {
      name: 'the same through a real PDF',
      document: asPdf(buildPlan('pl3', { lessons: PROGRAMME })),
      submission: SUBMISSION,
      related: { groupPlan },
    },
    {
      name: 'titles written differently (no number, upper case, no accents)',
      document: teacherPlan(
        PROGRAMME.map((lesson) => ({
          ...lesson,
          title: lesson.title.replace(/^Bài \d+\. /, '').toUpperCase(),
        }))
      ),
      submission: SUBMISSION,
      related: { groupPlan },
    },
    {
      name: 'a group plan for every grade: its other lessons are not missing here',
      document: teacherPlan(),
      submission: SUBMISSION,
      related: { groupPlan: everyGrade },
    },
  ],
  invalid: [
    {
      name: 'no approved PL I yet: one info',
      document: teacherPlan(),
      submission: SUBMISSION,
      related: { groupPlan: null },
      errors: [{ messageId: 'noGroupPlan', severity: 'info' }],
    },
    {
      name: 'a PL I lesson left out (and so the total differs)',
      document: teacherPlan(PROGRAMME.filter((lesson) => !lesson.title.startsWith('Bài 11'))),
      submission: SUBMISSION,
      related: { groupPlan },
      errors: [{ messageId: 'lessonMissing', severity: 'warning' }, 'totalDiffers'],
    },
    {
      name: 'a PL I lesson left out of a PDF (no total is read from a PDF)',
      document: asPdf(
        buildPlan('pl3', {
          lessons: PROGRAMME.filter((lesson) => !lesson.title.startsWith('Bài 11')),
        })
      ),
      submission: SUBMISSION,
      related: { groupPlan },
      errors: ['lessonMissing'],
    },
    {
      name: 'a lesson the PL I does not have (and so the total differs)',
      document: teacherPlan([
        ...PROGRAMME,
        { title: 'Bài 30. Đo độ dài', periods: 1, week: 'Tuần 18' },
      ]),
      submission: SUBMISSION,
      related: { groupPlan },
      errors: ['lessonExtra', 'totalDiffers'],
    },
    {
      name: 'different periods for a lesson (and so the total differs)',
      document: teacherPlan(
        PROGRAMME.map((lesson, i) => (i === 2 ? { ...lesson, periods: 3 } : lesson))
      ),
      submission: SUBMISSION,
      related: { groupPlan },
      errors: ['periodsDiffer', 'totalDiffers'],
    },
    {
      name: 'only the totals differ',
      document: teacherPlan(PROGRAMME),
      submission: SUBMISSION,
      related: { groupPlan: { ...groupPlan, totalPeriods: 12 } },
      errors: ['totalDiffers'],
    },
  ],
})
