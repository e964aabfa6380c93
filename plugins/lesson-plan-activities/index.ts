/*
|--------------------------------------------------------------------------
| cv5512:lesson-plan-activities — the four activities and their a)–d)
|--------------------------------------------------------------------------
|
| Phụ lục IV, mục III: Hoạt động 1 (Mở đầu), 2 (Hình thành kiến thức), 3
| (Luyện tập), 4 (Vận dụng), each with a) Mục tiêu, b) Nội dung, c) Sản
| phẩm, d) Tổ chức thực hiện, and d) in four steps (Ghi chú 4).
*/

import {
  compileMatcher,
  definePlugin,
  locate,
  locateExpected,
  normalized,
  vine,
  type Matcher,
  type NormalizedDocument,
  type ReportInput,
  type TextLine,
} from '../contract.js'
import {
  findLessons,
  leaves,
  numberingRestartsPerPeriod,
  type Activity,
  type Lesson,
} from './activities.js'

const ACTIVITY_NAMES = [
  'Hoạt động 1 (Mở đầu)',
  'Hoạt động 2 (Hình thành kiến thức mới)',
  'Hoạt động 3 (Luyện tập)',
  'Hoạt động 4 (Vận dụng)',
]
/** HĐ1 is required by the frame; HĐ2 may be absent in review lessons, HĐ3 is "warn if missing", HĐ4 is conditional (Ghi chú 1). */
const MISSING_ACTIVITY_SEVERITY = ['error', 'warning', 'warning', 'warning'] as const
/**
 * A process section this short is empty (certain: error); a longer one
 * whose activities were not recognised is written in a way the checker
 * does not know (uncertain: warning).
 */
const EMPTY_PROCESS_LINES = 8

interface Part {
  id: 'a' | 'b' | 'c' | 'd'
  label: string
  matcher: Matcher
  /** The part named inside a line, after a bullet: `… * Mục tiêu: … * Tổ chức: …` (one-paragraph activities). */
  inline: RegExp
}

/**
 * `* Mục tiêu:`, `• Sản phẩm:`, `; Tổ chức:`, ` - Nội dung:` inside a line
 * (a PDF text layer joins a typed `- ` bullet line to the line before); the
 * colon makes it a part name, not prose.
 */
function inlinePart(names: string[]): RegExp {
  return new RegExp(`(?:^|[*•▪●+;]|\\s[-–]\\s)\\s*(?:${names.join('|')})\\s*:`)
}

const PARTS: Part[] = [
  // English names: Tiếng Anh plans are written in English (a. Aims, b. Content, c. Products, d. Organization).
  {
    id: 'a',
    label: 'a) Mục tiêu',
    matcher: compileMatcher({
      variants: [
        'Mục tiêu',
        'Mục đích',
        'Yêu cầu cần đạt',
        'Aims',
        'Aim',
        'Objectives',
        'Objective',
      ],
    }),
    inline: inlinePart(['muc tieu', 'muc dich', 'aims?', 'objectives?']),
  },
  {
    id: 'b',
    label: 'b) Nội dung',
    matcher: compileMatcher({ variants: ['Nội dung', 'Content', 'Contents'] }),
    inline: inlinePart(['noi dung', 'contents?']),
  },
  {
    id: 'c',
    label: 'c) Sản phẩm',
    matcher: compileMatcher({
      variants: [
        'Sản phẩm',
        'Dự kiến sản phẩm',
        'Products',
        'Product',
        'Expected outcomes',
        'Expected outcome',
        'Outcomes',
      ],
    }),
    inline: inlinePart(['san pham', 'du kien san pham', 'products?', 'expected outcomes?']),
  },
  {
    id: 'd',
    label: 'd) Tổ chức thực hiện',
    matcher: compileMatcher({
      variants: [
        'Tổ chức thực hiện',
        'Tổ chức hoạt động',
        'Cách thức tổ chức',
        'Cách tổ chức',
        'Phương thức tổ chức',
        'Tiến trình tổ chức',
        'Tiến trình hoạt động',
        'Tiến trình thực hiện',
        'Cách tiến hành',
        'Organization',
        'Organisation',
        'Procedure',
      ],
    }),
    inline: inlinePart([
      'to chuc thuc hien',
      'to chuc hoat dong',
      'to chuc',
      'cach thuc to chuc',
      'cach to chuc',
      'cach tien hanh',
      'organi[sz]ation',
    ]),
  },
]

/** PDF extraction may drop the `)` and leave `a Mục tiêu`. */
const BARE_LETTER_RE = /^[abcd]\s+/
/** A list marker typed before a part name (`* Mục tiêu:`, `- Nội dung:`, `+ Sản phẩm:`) is not part of it. */
const TYPED_BULLET_RE = /^[-*+•▪●–]\s*/

/** Header cells of the two-column layout: a SẢN PHẨM column stands for c), a teacher/student column for d). */
const productColumn = compileMatcher({
  variants: ['Sản phẩm', 'Sản phẩm dự kiến', 'Dự kiến sản phẩm'],
  mode: 'contains',
})
const organisationColumn = compileMatcher({
  variants: [
    'Hoạt động của GV',
    'Hoạt động của giáo viên',
    'Hoạt động GV',
    'Hoạt động của thầy',
    'Bước',
    'Hoạt động của GV và HS',
  ],
  mode: 'contains',
})

const STEPS: Array<{ label: string; matcher: Matcher }> = [
  {
    label: 'Giao nhiệm vụ học tập',
    matcher: compileMatcher({
      variants: ['Giao nhiệm vụ', 'Chuyển giao', 'Bước 1', 'B1'],
      mode: 'contains',
    }),
  },
  {
    label: 'Thực hiện nhiệm vụ',
    matcher: compileMatcher({ variants: ['Thực hiện nhiệm vụ', 'Bước 2', 'B2'], mode: 'contains' }),
  },
  {
    label: 'Báo cáo, thảo luận',
    matcher: compileMatcher({
      variants: ['Báo cáo', 'Thảo luận', 'Bước 3', 'B3'],
      mode: 'contains',
    }),
  },
  {
    label: 'Kết luận, nhận định',
    matcher: compileMatcher({
      variants: ['Kết luận', 'Nhận định', 'Đánh giá kết quả', 'Chốt kiến thức', 'Bước 4', 'B4'],
      mode: 'contains',
    }),
  },
]

export default definePlugin({
  meta: {
    id: 'cv5512:lesson-plan-activities',
    version: '1.2.3',
    title: 'Các hoạt động học có đủ a) b) c) d)',
    description:
      'Kiểm tra tiến trình dạy học có các Hoạt động 1–4, mỗi hoạt động (kể cả 2.1, 2.2…) có Mục tiêu, Nội dung, Sản phẩm, Tổ chức thực hiện, và phần tổ chức thực hiện có đủ bốn bước.',
    kinds: ['pl4'],
    formats: ['docx', 'pdf'],
    severity: 'warning',
    reference: {
      document: 'Công văn 5512/BGDĐT-GDTrH',
      clause: 'Phụ lục IV, mục III và Ghi chú 4',
    },
    messages: {
      noActivities:
        'Không tìm thấy hoạt động học nào (Hoạt động 1: Mở đầu …) trong phần Tiến trình dạy học.',
      activityMissing: 'Thiếu {activity}.',
      partMissing: '{activity} thiếu mục "{part}".',
      stepsMissing: 'Phần tổ chức thực hiện của {activity} chưa thấy bước: {steps}.',
    },
    /** checkSteps: also look for the four steps of d) (recommended, warnings only). */
    options: vine.create({ checkSteps: vine.boolean() }),
    defaultOptions: { checkSteps: true },
  },

  check({ document, options, report }) {
    const view = normalized(document)
    const lessons = findLessons(view)
    const withActivities = lessons.filter((lesson) => lesson.activities.length > 0)
    if (withActivities.length === 0) {
      const lesson = lessons[0]
      const empty = !lesson || lesson.lineCount < EMPTY_PROCESS_LINES
      report({
        messageId: 'noActivities',
        severity: empty ? 'error' : 'warning',
        location: lessonLocation(view, lesson),
      })
      return
    }
    for (const lesson of withActivities) {
      reportMissingActivities(lesson, report)
      const activities = leaves(lesson.activities).filter(isWrittenOut)
      const names = numberingRestartsPerPeriod(lesson.activities) ? namesByPeriod : activityNames
      reportMissingParts(activities, names, report)
      if (options.checkSteps) reportMissingSteps(activities, names, report)
    }
  },
})

type Report = (finding: ReportInput) => void

/** The process heading of a lesson, or the start of the document when there is none. */
function lessonLocation(view: NormalizedDocument, lesson: Lesson | undefined) {
  return lesson?.heading ? locate(lesson.heading) : locateExpected(view, 'start')
}

function reportMissingActivities(lesson: Lesson, report: Report) {
  const phases = new Set(lesson.activities.flatMap(allPhases))
  ACTIVITY_NAMES.forEach((name, index) => {
    if (phases.has(index + 1)) return
    // Expected before the first activity of a later phase (or after the last one found).
    const next = lesson.activities.find((activity) => activity.phase > index + 1)
    const location = next ? locate(next.line) : locate(lesson.activities.at(-1)!.line)
    const severity =
      index === 0 && openingMayBeWritten(lesson) ? 'warning' : MISSING_ACTIVITY_SEVERITY[index]
    report({
      messageId: 'activityMissing',
      data: { activity: name },
      severity,
      location,
    })
  })
}

/**
 * Hoạt động 1 is certainly missing only when the first activity found
 * follows the process heading directly and none is numbered 1. Text
 * before it (`KHỞI ĐỘNG (5 phút)`, `1. Ổn định lớp – 2. Kiểm tra bài cũ`)
 * or an activity numbered 1 under another name (`Hoạt động 1: Tìm hiểu …`)
 * may be the opening activity written in a way the checker does not know.
 */
function openingMayBeWritten(lesson: Lesson): boolean {
  const first = lesson.activities[0]
  if (lesson.activities.some((activity) => activity.number === '1')) return true
  const start = lesson.heading ? lesson.heading.i + 1 : 0
  return first.line.i > start
}

function allPhases(activity: Activity): number[] {
  return [...activity.phases, ...activity.children.flatMap(allPhases)]
}

/**
 * A name in a table cell with no part and no step of its own is a row of a
 * summary table (`STT | Hoạt động | Năng lực số`), not an activity written
 * out: it counts for the phases, not for the parts.
 */
function isWrittenOut(activity: Activity): boolean {
  if (activity.line.origin !== 'cell') return true
  const lines = scope(activity)
  return (
    PARTS.some((part) => hasPartIn(part, lines)) ||
    STEPS.some((step) => lines.some((line) => step.matcher.exact(line.key)))
  )
}

/** Lines of a leaf activity plus its parent's own lines (parts may be stated once for 2.1, 2.2 …). */
function scope(activity: Activity): TextLine[] {
  return activity.parent ? [...activity.parent.lines, ...activity.lines] : activity.lines
}

/**
 * One finding per missing part per lesson, naming every activity without
 * it: a teacher who never writes `b) Nội dung` hears it once, not once per
 * activity.
 */
function reportMissingParts(activities: Activity[], names: Names, report: Report) {
  for (const part of PARTS) {
    const without = activities.filter((activity) => !hasPartIn(part, scope(activity)))
    if (without.length === 0) continue
    report({
      messageId: 'partMissing',
      data: { activity: names(without), part: part.label },
      location: locate(without[0].line),
    })
  }
}

function hasPartIn(part: Part, lines: TextLine[]): boolean {
  if (lines.some((line) => hasPart(part, line))) return true
  const tableHeaders = lines.filter((line) => line.table !== undefined && line.row === 0)
  if (part.id === 'c') return tableHeaders.some((line) => productColumn.exact(line.key))
  if (part.id === 'd') return tableHeaders.some((line) => organisationColumn.exact(line.key))
  return false
}

function hasPart(part: Part, line: TextLine): boolean {
  const otherPartLetter =
    line.label !== undefined && /^[abcd]$/.test(line.label) && line.label !== part.id
  if (!otherPartLetter && part.matcher.exact(line.body.replace(TYPED_BULLET_RE, ''))) return true
  if (
    BARE_LETTER_RE.test(line.key) &&
    line.key[0] === part.id &&
    part.matcher.exact(line.key.slice(2))
  )
    return true
  return part.inline.test(line.key)
}

/**
 * The four steps of d) are a recommendation (Ghi chú 4) written in many
 * ways ("GV yêu cầu …", "HS trình bày …"): info, once per lesson, listing
 * the activities and the steps not seen.
 */
function reportMissingSteps(activities: Activity[], names: Names, report: Report) {
  const missing = new Set<string>()
  const without: Activity[] = []
  for (const activity of activities) {
    const lines = scope(activity)
    const absent = STEPS.filter((step) => !lines.some((line) => step.matcher.exact(line.key)))
    if (absent.length === 0) continue
    without.push(activity)
    for (const step of absent) missing.add(step.label)
  }
  if (without.length === 0) return
  const steps = STEPS.map((step) => step.label).filter((label) => missing.has(label))
  report({
    messageId: 'stepsMissing',
    data: { activity: names(without), steps: steps.join('; ') },
    severity: 'info',
    location: locate(without[0].line),
  })
}

type Names = (activities: Activity[]) => string

/** `Hoạt động 1, 2.1, 3`, each number as written. */
function activityNames(activities: Activity[]): string {
  return `Hoạt động ${activities.map((activity) => activity.number).join(', ')}`
}

/** `Tiết 1 – Hoạt động 2; Tiết 2 – Hoạt động 1, 2`: numbers restart each period, so the period is named. */
function namesByPeriod(activities: Activity[]): string {
  const groups = new Map<string, Activity[]>()
  for (const activity of activities) {
    const period = activity.period ?? ''
    groups.set(period, [...(groups.get(period) ?? []), activity])
  }
  return [...groups].map(([period, group]) => `${period} – ${activityNames(group)}`).join('; ')
}
