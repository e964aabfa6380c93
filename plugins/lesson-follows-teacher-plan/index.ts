/*
|--------------------------------------------------------------------------
| cv5512:lesson-follows-teacher-plan — PL IV agrees with the approved PL III
|--------------------------------------------------------------------------
|
| A lesson plan teaches a lesson of the teacher's approved education plan
| (Phụ lục III), with the periods and in the weeks planned there. The host
| passes a summary of that plan (`related.teacherPlan`); titles are
| compared with the contract's tolerant lesson matching (numbering,
| punctuation, accents, abbreviations). Warnings by default: the teacher
| may have a reason the group head accepts.
*/

import {
  definePlugin,
  findLesson,
  normalized,
  locate,
  locateExpected,
  vine,
  type FindingLocation,
  type PlannedLesson,
  type DocumentModel,
} from '../contract.js'

const TITLE_LINE_RE = /^(?:ten bai (?:day|hoc)|bai day|chu de)\s*[:.-]?\s*/
const PERIODS_LINE_RE = /thoi (?:gian|luong) thuc hien\s*[:.-]?\s*0*(\d{1,2})\s*tiet/

export default definePlugin({
  meta: {
    id: 'cv5512:lesson-follows-teacher-plan',
    version: '1.0.2',
    title: 'Bài dạy theo Kế hoạch giáo dục của giáo viên',
    description:
      'Đối chiếu kế hoạch bài dạy với Kế hoạch giáo dục của giáo viên (Phụ lục III) đã được duyệt cùng năm học: bài học có trong kế hoạch, số tiết và tuần dạy khớp với kế hoạch.',
    kinds: ['pl4'],
    formats: ['docx', 'pdf'],
    severity: 'warning',
    reference: {
      document: 'Công văn 5512/BGDĐT-GDTrH',
      clause: 'Phụ lục III mục I.1 (bài học, số tiết, thời điểm) và Phụ lục IV',
    },
    needs: ['teacherPlan'],
    messages: {
      noTeacherPlan:
        'Chưa có Kế hoạch giáo dục của giáo viên (Phụ lục III) môn {subject} lớp {grade} được duyệt trong năm học {year}, nên chưa đối chiếu được bài dạy với kế hoạch.',
      lessonNotPlanned:
        'Bài "{lesson}" không có trong Kế hoạch giáo dục của giáo viên đã duyệt ("{plan}"). Các bài gần nhất trong kế hoạch: {closest}.',
      periodsDiffer:
        'Bài "{lesson}" có {periods} tiết, nhưng Kế hoạch giáo dục của giáo viên ghi {planned} tiết ({planLesson}).',
      weekOutside:
        'Bài "{lesson}" dạy tuần {week}, ngoài thời điểm trong Kế hoạch giáo dục của giáo viên: tuần {planWeeks} ({planLesson}), cho phép lệch {margin} tuần.',
    },
    /** weekMargin: weeks a lesson may be taught before or after its planned weeks. */
    options: vine.create({
      weekMargin: vine.number().withoutDecimals().min(0).max(10),
      checkPeriods: vine.boolean(),
      checkWeeks: vine.boolean(),
    }),
    defaultOptions: { weekMargin: 1, checkPeriods: true, checkWeeks: true },
  },

  check({ document, submission, related, options, report }) {
    const plan = related.teacherPlan
    /* undefined: the host could not look (command line); nothing to say. */
    if (plan === undefined) return
    const title = lessonTitleOf(document)
    /* Every finding is about the lesson: it points at its title, or the top of the document without one. */
    const location: FindingLocation = title
      ? locate(title.line)
      : locateExpected(normalized(document), 'start')
    if (plan === null) {
      return report({
        messageId: 'noTeacherPlan',
        severity: 'info',
        data: {
          subject: submission.subject.name,
          grade: submission.grade,
          year: submission.schoolYear,
        },
        location,
      })
    }
    const lesson = submission.lessonTitle?.trim() || title?.text
    if (!lesson) return
    const match = findLesson(lesson, plan.lessons, (planned) => planned.title)
    if (match.rows.length === 0) {
      const closest =
        match.closest.map((planned) => `"${planned.title}"`).join('; ') ||
        '(không có bài nào gần giống)'
      return report({
        messageId: 'lessonNotPlanned',
        data: { lesson, plan: plan.title, closest },
        location,
      })
    }
    const planLesson = describe(match.rows)
    const planned = sumPeriods(match.rows)
    const periods = submission.periods ?? periodsOf(document)
    if (
      options.checkPeriods &&
      planned !== undefined &&
      periods !== undefined &&
      periods !== planned
    ) {
      report({
        messageId: 'periodsDiffer',
        data: { lesson, periods, planned, planLesson },
        location,
      })
    }
    const weeks = weekSpan(match.rows)
    const week = submission.teachingWeek
    if (
      options.checkWeeks &&
      weeks &&
      week !== undefined &&
      (week < weeks.from - options.weekMargin || week > weeks.to + options.weekMargin)
    ) {
      const planWeeks = weeks.from === weeks.to ? String(weeks.from) : `${weeks.from}–${weeks.to}`
      report({
        messageId: 'weekOutside',
        data: { lesson, week, planWeeks, planLesson, margin: options.weekMargin },
        location,
      })
    }
  },
})

/** The `TÊN BÀI DẠY: …` line (its text after the label) in the first lines of the plan. */
function lessonTitleOf(document: DocumentModel) {
  const lines = normalized(document).lines
  for (const line of lines.slice(0, 40)) {
    const label = TITLE_LINE_RE.exec(line.key)
    if (label && line.key.length > label[0].length)
      return { line, text: line.text.replace(/^[^:]*:\s*/, '') }
  }
  return undefined
}

/** `Thời gian thực hiện: 02 tiết` when the form did not declare the periods. */
function periodsOf(document: DocumentModel): number | undefined {
  for (const line of normalized(document).lines.slice(0, 60)) {
    const match = PERIODS_LINE_RE.exec(line.key)
    if (match) return Number(match[1])
  }
  return undefined
}

function sumPeriods(rows: readonly PlannedLesson[]): number | undefined {
  return rows.every((row) => row.periods !== undefined)
    ? rows.reduce((sum, row) => sum + row.periods!, 0)
    : undefined
}

function weekSpan(rows: readonly PlannedLesson[]) {
  const weeks = rows.flatMap((row) => (row.weeks ? [row.weeks] : []))
  if (weeks.length === 0) return undefined
  return { from: Math.min(...weeks.map((w) => w.from)), to: Math.max(...weeks.map((w) => w.to)) }
}

function describe(rows: readonly PlannedLesson[]): string {
  return rows.map((row) => `dòng ${row.row}: "${row.title}"`).join(', ')
}
