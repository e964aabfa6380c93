/*
|--------------------------------------------------------------------------
| cv5512:teacher-plan-follows-group-plan — PL III agrees with the approved PL I
|--------------------------------------------------------------------------
|
| The teacher's education plan (Phụ lục III) for a grade follows the
| group's teaching plan (Phụ lục I) for that grade: the same lessons, the
| same periods, the same total. Both plans' lesson tables are compared as
| summaries (the contract's `lessonTable` reads this document's own table
| the same way the host read the related one). A group plan for every grade (no grade
| declared) is only searched for the teacher's lessons: its extra lessons
| and total belong to other grades.
*/

import {
  definePlugin,
  findLesson,
  lessonTable,
  locateExpected,
  locateTable,
  normalized,
  vine,
  type NormalizedDocument,
  type PlannedLesson,
} from '../contract.js'

export default definePlugin({
  meta: {
    id: 'cv5512:teacher-plan-follows-group-plan',
    version: '1.0.2',
    title: 'Kế hoạch giáo dục của giáo viên theo Kế hoạch dạy học của tổ',
    description:
      'Đối chiếu Kế hoạch giáo dục của giáo viên (Phụ lục III) với Kế hoạch dạy học của tổ chuyên môn (Phụ lục I) đã được duyệt cho khối lớp: đủ bài học, không thêm bài, số tiết từng bài và tổng số tiết khớp.',
    kinds: ['pl3'],
    formats: ['docx', 'pdf'],
    severity: 'warning',
    reference: {
      document: 'Công văn 5512/BGDĐT-GDTrH',
      clause: 'Phụ lục I mục II.1 và Phụ lục III mục I.1 (bài học, số tiết)',
    },
    needs: ['groupPlan'],
    messages: {
      noGroupPlan:
        'Chưa có Kế hoạch dạy học của tổ chuyên môn (Phụ lục I) môn {subject} khối {grade} được duyệt trong năm học {year}, nên chưa đối chiếu được với kế hoạch của tổ.',
      lessonMissing:
        'Bài "{lesson}" ({periods} tiết) của Kế hoạch dạy học của tổ ("{plan}") không có trong kế hoạch này.',
      lessonExtra:
        'Dòng {row}: bài "{lesson}" không có trong Kế hoạch dạy học của tổ ("{plan}"). Các bài gần nhất: {closest}.',
      periodsDiffer:
        'Dòng {row}: bài "{lesson}" có {periods} tiết, Kế hoạch dạy học của tổ ghi {planned} tiết.',
      totalDiffers:
        'Tổng số tiết của kế hoạch là {total}, Kế hoạch dạy học của tổ ("{plan}") là {planned} tiết.',
    },
    options: vine.create({ checkPeriods: vine.boolean(), checkTotal: vine.boolean() }),
    defaultOptions: { checkPeriods: true, checkTotal: true },
  },

  check({ document, submission, related, options, report }) {
    const plan = related.groupPlan
    if (plan === undefined) return
    const view = normalized(document)
    if (plan === null) {
      const location = locateExpected(view, 'start')
      return report({
        messageId: 'noGroupPlan',
        severity: 'info',
        data: {
          subject: submission.subject.name,
          grade: submission.grade,
          year: submission.schoolYear,
        },
        location,
      })
    }
    const own = lessonTable(document)
    if (own.lessons.length === 0) return
    /* Lessons missing and totals are about the programme table as a whole (its header row). */
    const tableLocation = locateLessonTable(view, own.lessons[0].table)
    const forThisGrade = plan.grade !== undefined
    const matched = new Set<PlannedLesson>()
    for (const lesson of own.lessons) {
      const match = findLesson(lesson.title, plan.lessons, (planned) => planned.title)
      const location = locateLessonTable(view, lesson.table, lesson.tableRow)
      if (match.rows.length === 0) {
        const closest =
          match.closest.map((planned) => `"${planned.title}"`).join('; ') || '(không có)'
        if (forThisGrade)
          report({
            messageId: 'lessonExtra',
            data: { row: lesson.row, lesson: lesson.title, plan: plan.title, closest },
            location,
          })
        continue
      }
      match.rows.forEach((row) => matched.add(row))
      const planned = match.rows.length === 1 ? match.rows[0].periods : undefined
      if (
        options.checkPeriods &&
        planned !== undefined &&
        lesson.periods !== undefined &&
        planned !== lesson.periods
      ) {
        report({
          messageId: 'periodsDiffer',
          data: { row: lesson.row, lesson: lesson.title, periods: lesson.periods, planned },
          location: locateLessonTable(view, lesson.table, lesson.tableRow, lesson.periodsCell),
        })
      }
    }
    if (!forThisGrade) return
    for (const planned of plan.lessons) {
      if (
        !matched.has(planned) &&
        findLesson(planned.title, own.lessons, (lesson) => lesson.title).rows.length === 0
      ) {
        report({
          messageId: 'lessonMissing',
          data: { lesson: planned.title, periods: planned.periods ?? '?', plan: plan.title },
          location: tableLocation,
        })
      }
    }
    if (
      options.checkTotal &&
      own.totalPeriods !== undefined &&
      plan.totalPeriods !== undefined &&
      own.totalPeriods !== plan.totalPeriods
    ) {
      report({
        messageId: 'totalDiffers',
        data: { total: own.totalPeriods, planned: plan.totalPeriods, plan: plan.title },
        location: tableLocation,
      })
    }
  },
})

/** Where a lesson row (or the whole table) of this plan is: the table's heading, page and row text. */
function locateLessonTable(view: NormalizedDocument, block: number, row?: number, cell?: number) {
  const table = view.tables.find((candidate) => candidate.block === block)
  return table ? locateTable(view, table, row, cell) : locateExpected(view, 'start')
}
