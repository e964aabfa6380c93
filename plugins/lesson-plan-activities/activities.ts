/*
|--------------------------------------------------------------------------
| Finding the learning activities of a lesson plan
|--------------------------------------------------------------------------
|
| Activities are written `1. Hoạt động 1: Mở đầu`, `HOẠT ĐỘNG 2.1: …`,
| `Hoạt động khởi động`, `A. KHỞI ĐỘNG`, `B. HÌNH THÀNH KIẾN THỨC MỚI`…,
| as paragraphs, headings or table cells. Each lesson's activities live
| under its "III. Tiến trình dạy học" and end at the next roman section.
*/

import {
  compileMatcher,
  PROCESS_HEADING_VARIANTS,
  type NormalizedDocument,
  type TextLine,
} from '../contract.js'

export interface Activity {
  /** `1`, `2`, `2.1` … */
  number: string
  /** Phase 1–4 of the frame (Mở đầu, Hình thành kiến thức, Luyện tập, Vận dụng). */
  phase: number
  /** Every phase the heading names (`LUYỆN TẬP – VẬN DỤNG` covers 3 and 4). */
  phases: number[]
  /**
   * `named`: a phase without a number of its own (`HOẠT ĐỘNG HÌNH THÀNH KIẾN
   * THỨC`, `B. …`); `phaseNumber`: `Hoạt động 2: Hình thành kiến thức`;
   * `task`: `Hoạt động 1: Thiết bị vào – ra` (a number and no phase name).
   */
  form: 'named' | 'phaseNumber' | 'task'
  /** The number as written (`1` for a task numbered inside its phase). */
  own: string
  line: TextLine
  /** Lines of the activity, up to the next activity or the end of the lesson. */
  lines: TextLine[]
  children: Activity[]
  parent?: Activity
  /** `Tiết 2`: the period heading above the activity, when the process section is split by period. */
  period?: string
}

const PHASE_NAMES: Array<[number, RegExp]> = [
  [1, /^(khoi dong|mo dau|xac dinh van de|dat van de|tinh huong xuat phat|trai nghiem|ket noi)/],
  [2, /^(hinh thanh kien thuc|kham pha|tim hieu|kien thuc moi)/],
  [3, /^(luyen tap|thuc hanh)/],
  [4, /^(van dung|tim toi|mo rong)/],
]

const NUMBERED_RE = /^(?:hoat dong|hd|activity)\s*(\d{1,2}(?:\.\d{1,2})*)(?![\d.]*\d)/
const NAMED_RE = /^(?:hoat dong|hd)\s+(?!cua\b)/
/** What follows the number: `Hoạt động 3 (Luyện tập)`, `HĐ 3 + 4: …`. */
const AFTER_NUMBER_RE = /^[\s:.)(+&,-]*(?:\d\s*[:.)(+&,-]*\s*)*/
const LETTER_PHASE: Record<string, number> = { a: 1, b: 2, c: 3, d: 4 }
/** `Tiết 2`, `TIẾT 2: …`, `Tiết 2 (45 phút)`: a period heading inside the process section. */
const PERIOD_RE = /^tiet\s*(\d{1,2})(?![\d/])/
const PERIOD_LINE_MAX = 60
const ACTIVITY_PARAGRAPH_RE = /^(?:hoat dong|hd|activity)\s*\d{1,2}(?:\.\d{1,2})*\s*[:.-]/

const processHeading = compileMatcher({ variants: PROCESS_HEADING_VARIANTS })

/** The stages of an English lesson (Tiếng Anh plans): `1. Warm up`, `2. Presentation`, `3. Practice`, `4. Production`. */
const ENGLISH_PHASE_NAMES: Array<[number, RegExp]> = [
  [1, /^(warm[\s-]*up|lead[\s-]*in|getting started)\b/],
  [
    2,
    /^(presentation|pre[\s-]*(reading|listening|speaking|writing)|new lesson|knowledge formation)\b/,
  ],
  [3, /^(practice|while[\s-]*(reading|listening|speaking|writing))\b/],
  [4, /^(production|application|post[\s-]*(reading|listening|speaking|writing)|consolidation)\b/],
]
const ENGLISH_STAGE_MAX = 60

function phaseOfName(text: string): number | undefined {
  return [...PHASE_NAMES, ...ENGLISH_PHASE_NAMES].find(([, pattern]) => pattern.test(text))?.[0]
}

const JOINED_NAMES_RE = /\s*(?:[-,+&/]|\bva\b)\s*/

/** A heading made of phase names only (`LUYỆN TẬP – VẬN DỤNG`, `Luyện tập và vận dụng`) covers each of them. */
function phasesNamedIn(name: string): number[] {
  const pieces = name
    .replace(/[:.]\s*$/, '')
    .split(JOINED_NAMES_RE)
    .filter((piece) => piece.length > 0)
  if (pieces.length < 2) return []
  const phases = pieces.map(phaseOfName)
  return phases.every((phase) => phase !== undefined) ? (phases as number[]) : []
}

type Heading = Pick<Activity, 'number' | 'phase' | 'phases' | 'form' | 'own'>

/** The number and phases of an activity heading, or undefined for any other line. */
function activityHeading(line: TextLine): Heading | undefined {
  // `1. Hoạt động 1: Mở đầu (5 phút) * Mục tiêu: … * Tổ chức: …`: a whole activity typed as one paragraph.
  const long = line.text.length > 150 || (!line.emphasis && !line.label && line.text.length > 100)
  if (long && !ACTIVITY_PARAGRAPH_RE.test(line.body)) return undefined
  const numbered = NUMBERED_RE.exec(line.body)
  if (numbered) {
    // The frame's own name wins over the number (`Hoạt động 4: Luyện tập` after two knowledge activities).
    const name = line.body.slice(numbered[0].length).replace(AFTER_NUMBER_RE, '')
    const named = phaseOfName(name)
    const phase = named ?? Number(numbered[1].split('.')[0])
    return {
      number: numbered[1],
      own: numbered[1],
      phase,
      phases: [phase, ...phasesNamedIn(name)],
      form: named ? 'phaseNumber' : 'task',
    }
  }
  const named = NAMED_RE.exec(line.body)
  if (named) return namedHeading(line.body.slice(named[0].length))
  // `A. KHỞI ĐỘNG`: an upper-case letter label and a phase name.
  if (line.labelKind === 'upper' && line.label && LETTER_PHASE[line.label])
    return namedHeading(line.body)
  // `1. Warm up (5 mins)`: a numbered English stage is an activity heading (a Vietnamese `1. Tìm hiểu …` is lesson content).
  if (
    line.labelKind === 'arabic' &&
    line.text.length <= ENGLISH_STAGE_MAX &&
    ENGLISH_PHASE_NAMES.some(([, pattern]) => pattern.test(line.body))
  ) {
    return namedHeading(line.body)
  }
  return undefined
}

function namedHeading(name: string): Heading | undefined {
  const phase = phaseOfName(name)
  return phase
    ? {
        number: String(phase),
        own: String(phase),
        phase,
        phases: [phase, ...phasesNamedIn(name)],
        form: 'named',
      }
    : undefined
}

function isProcessHeading(line: TextLine): boolean {
  return (
    line.text.length <= 80 &&
    (line.labelKind === 'roman' || line.emphasis) &&
    processHeading.exact(line.body)
  )
}

/**
 * A section of the frame after III (IV. Điều chỉnh …, an appendix) or the
 * next lesson's I. Mục tiêu ends a lesson's activities. Other roman labels
 * inside activities are lesson content (`I. Phân số bằng nhau` on the
 * board column) and end nothing.
 */
const LESSON_END = compileMatcher({
  variants: [
    'Mục tiêu',
    'Yêu cầu cần đạt',
    'Điều chỉnh',
    'Rút kinh nghiệm',
    'Phụ lục',
    'Hồ sơ dạy học',
    'Nhận xét',
    'Hướng dẫn về nhà',
    'Kiểm tra đánh giá',
  ],
})

function endsLesson(line: TextLine): boolean {
  if (line.labelKind !== 'roman' || line.text.length > 80 || line.origin === 'cell') return false
  return (
    (line.label !== undefined && !['i', 'ii', 'iii'].includes(line.label)) ||
    LESSON_END.exact(line.body)
  )
}

export interface Lesson {
  /** The "III. Tiến trình dạy học" line, when the plan has one. */
  heading?: TextLine
  /** Lines between the process heading and the end of the lesson. */
  lineCount: number
  activities: Activity[]
}

/** Every lesson's process section (one per "Tiến trình dạy học") with its activities as trees. */
export function findLessons(view: NormalizedDocument): Lesson[] {
  const lessons: Lesson[] = []
  let current: Lesson | undefined
  let open: Activity | undefined
  /** The last phase heading without a number of its own: tasks numbered after it belong to it. */
  let phase: Activity | undefined
  /** The period heading last seen (`Tiết 2`), for naming activities whose numbers restart each period. */
  let period: string | undefined
  const hasProcessHeading = view.lines.some(isProcessHeading)
  if (!hasProcessHeading) current = { lineCount: 0, activities: [] }
  for (const line of view.lines) {
    if (isProcessHeading(line)) {
      if (current) lessons.push(current)
      current = { heading: line, lineCount: 0, activities: [] }
      open = undefined
      phase = undefined
      period = undefined
      continue
    }
    if (!current) continue
    if (endsLesson(line)) {
      lessons.push(current)
      current = hasProcessHeading ? undefined : { lineCount: 0, activities: [] }
      open = undefined
      phase = undefined
      period = undefined
      continue
    }
    current.lineCount++
    period = periodOf(line) ?? period
    const heading = activityHeading(line)
    if (heading && !repeatsOpenTask(heading, line, open)) {
      const adopted = underPhase(heading, phase)
      open = { ...(adopted ?? heading), line, lines: [line], children: [], period }
      current.activities.push(open)
      if (heading.form === 'named') phase = open
      else if (!adopted && heading.form === 'phaseNumber') phase = undefined
    } else if (open) {
      open.lines.push(line)
    }
  }
  if (current) lessons.push(current)
  return lessons
    .filter((lesson) => lesson.heading || lesson.activities.length > 0)
    .map((lesson) => ({ ...lesson, activities: nest(lesson.activities) }))
}

function periodOf(line: TextLine): string | undefined {
  if (line.text.length > PERIOD_LINE_MAX) return undefined
  const match = PERIOD_RE.exec(line.key)
  return match ? `Tiết ${Number(match[1])}` : undefined
}

/**
 * Activities numbered again in each period (`Tiết 1`: Hoạt động 1–3,
 * `Tiết 2`: Hoạt động 1–2): a number alone does not say which one is meant.
 */
export function numberingRestartsPerPeriod(activities: Activity[]): boolean {
  const all = leaves(activities)
  const periods = new Set(all.map((activity) => activity.period))
  if (periods.size < 2 || periods.has(undefined)) return false
  return new Set(all.map((activity) => activity.number)).size < all.length
}

/**
 * `2. HOẠT ĐỘNG HÌNH THÀNH KIẾN THỨC` then `Hoạt động 1: Thiết bị vào – ra`
 * (or `Hoạt động 2: Tìm hiểu …`, a name of the same phase): the task is
 * activity 2.1 of that phase, not a second Hoạt động 1. Undefined when the
 * heading stands on its own.
 */
function underPhase(heading: Heading, phase: Activity | undefined): Heading | undefined {
  // Mở đầu has no tasks of its own: `Hoạt động 2: …` after it is the next activity, not 1.2.
  if (!phase || phase.phase === 1 || heading.form === 'named' || heading.number.includes('.'))
    return undefined
  if (heading.form === 'phaseNumber' && heading.phase !== phase.phase) return undefined
  return {
    ...heading,
    number: `${phase.number}.${heading.number}`,
    phase: phase.phase,
    phases: [phase.phase],
    form: 'task',
  }
}

/**
 * Inside a task's own table (the GV–HS column), `Hoạt động 1. Tìm hiểu …`,
 * `Hoạt động 2. Tìm hiểu …` are the steps of that task, not new activities
 * — unless they name another phase (`HOẠT ĐỘNG 3: LUYỆN TẬP`).
 */
function repeatsOpenTask(heading: Heading, line: TextLine, open: Activity | undefined): boolean {
  if (!open || open.form !== 'task' || line.origin !== 'cell' || heading.form === 'named')
    return false
  return heading.form === 'task' || heading.phase === open.phase
}

/** `2.1`, `2.2` become children of `2` when it exists. */
function nest(activities: Activity[]): Activity[] {
  // The nearest earlier activity of that number: a summary table may repeat `Hoạt động 2` later.
  const byNumber = new Map<string, Activity>()
  const roots: Activity[] = []
  for (const activity of activities) {
    const parentNumber = activity.number.includes('.')
      ? activity.number.slice(0, activity.number.lastIndexOf('.'))
      : undefined
    const parent = parentNumber ? byNumber.get(parentNumber) : undefined
    if (parent) {
      activity.parent = parent
      parent.children.push(activity)
    } else {
      roots.push(activity)
    }
    byNumber.set(activity.number, activity)
  }
  return roots
}

export function leaves(activities: Activity[]): Activity[] {
  return activities.flatMap((activity) =>
    activity.children.length > 0 ? leaves(activity.children) : [activity]
  )
}
