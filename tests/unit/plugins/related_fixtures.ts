/*
|--------------------------------------------------------------------------
| A PL I / PL III / PL IV triple that agree, and summaries as the host makes them
|--------------------------------------------------------------------------
|
| Made-up lessons. The summaries are built by the host's own extraction
| (summarizeLessons) from the generated plans, so a test exercises the
| same path as a validation does.
*/
import type { PlanSummary } from '#plugins/contract'
import { summarizeLessons } from '#app/documents/validation/plan_summary'
import { buildPlan, type PlanOptions } from '#tests/fixtures/plans'
import type { ProgrammeLesson } from '#tests/fixtures/plans/plan_options'
import { fromSpec } from './model_helpers.js'

export const PROGRAMME: ProgrammeLesson[] = [
  { title: 'Bài 10. Tập hợp các số nguyên', periods: 2, week: 'Tuần 12' },
  { title: 'Bài 11. Phép cộng và phép trừ số nguyên', periods: 3, week: 'Tuần 13' },
  { title: 'Bài 12. Quy tắc dấu ngoặc', periods: 2, week: 'Tuần 14, 15' },
  { title: 'Bài 13. Phép nhân số nguyên', periods: 2, week: 'Tuần 16' },
  { title: 'Ôn tập chương III', periods: 1, week: 'Tuần 17' },
]

/** The lesson plan of `Bài 12` taught in week 14, as planned. */
export const LESSON: PlanOptions = { lessonTitle: 'Bài 12. Quy tắc dấu ngoặc', lessonPeriods: 2 }
export const LESSON_SUBMISSION = {
  kind: 'pl4',
  lessonTitle: 'Bài 12. Quy tắc dấu ngoặc',
  periods: 2,
  teachingWeek: 14,
}

export function summaryOf(
  kind: 'pl1' | 'pl3',
  lessons: ProgrammeLesson[] = PROGRAMME,
  ids = { documentId: 7, versionId: 70 }
): PlanSummary {
  const table = summarizeLessons(fromSpec(buildPlan(kind, { lessons })))
  return {
    ...ids,
    title: kind === 'pl3' ? 'Kế hoạch giáo dục Toán 6' : 'Kế hoạch dạy học Toán 6',
    grade: 6,
    ...table,
  }
}
