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

import { compileMatcher, type NormalizedDocument, type TextLine } from '../contract.js'

export interface Activity {
  /** `1`, `2`, `2.1` … */
  number: string
  /** Phase 1–4 of the frame (Mở đầu, Hình thành kiến thức, Luyện tập, Vận dụng). */
  phase: number
  line: TextLine
  /** Lines of the activity, up to the next activity or the end of the lesson. */
  lines: TextLine[]
  children: Activity[]
  parent?: Activity
}

const PHASE_NAMES: Array<[number, RegExp]> = [
  [1, /^(khoi dong|mo dau|xac dinh van de|dat van de|tinh huong xuat phat)/],
  [2, /^(hinh thanh kien thuc|kham pha|tim hieu|kien thuc moi)/],
  [3, /^(luyen tap|thuc hanh)/],
  [4, /^(van dung|tim toi|mo rong)/],
]

const NUMBERED_RE = /^hoat dong\s*(\d{1,2}(?:\.\d{1,2})*)(?![\d.]*\d)/
const NAMED_RE = /^hoat dong\s+(?!cua\b)/
const LETTER_PHASE: Record<string, number> = { a: 1, b: 2, c: 3, d: 4 }

const processHeading = compileMatcher({
  variants: ['Tiến trình dạy học', 'Tiến trình bài học', 'Tiến trình bài dạy', 'Các hoạt động dạy học', 'Hoạt động dạy học', 'Tiến trình tổ chức hoạt động'],
})

function phaseOfName(text: string): number | undefined {
  return PHASE_NAMES.find(([, pattern]) => pattern.test(text))?.[0]
}

/** The number and phase of an activity heading, or undefined for any other line. */
export function activityHeading(line: TextLine): { number: string; phase: number } | undefined {
  if (line.text.length > 150) return undefined
  if (!line.emphasis && !line.label && line.text.length > 100) return undefined
  const numbered = NUMBERED_RE.exec(line.body)
  if (numbered) return { number: numbered[1], phase: Number(numbered[1].split('.')[0]) }
  const named = NAMED_RE.exec(line.body)
  if (named) {
    const phase = phaseOfName(line.body.slice(named[0].length))
    return phase ? { number: String(phase), phase } : undefined
  }
  // `A. KHỞI ĐỘNG`: an upper-case letter label and a phase name.
  if (line.labelKind === 'upper' && line.label && LETTER_PHASE[line.label]) {
    const phase = phaseOfName(line.body)
    if (phase) return { number: String(phase), phase }
  }
  return undefined
}

function isProcessHeading(line: TextLine): boolean {
  return line.text.length <= 80 && (line.labelKind === 'roman' || line.emphasis) && processHeading.exact(line.body)
}

/** A roman-numbered section (IV. Điều chỉnh …, or the next lesson's I. Mục tiêu) ends a lesson's activities. */
function endsLesson(line: TextLine): boolean {
  return line.labelKind === 'roman' && line.text.length <= 80
}

/** Every lesson's activities (one list per "Tiến trình dạy học"), as trees. */
export function findLessons(view: NormalizedDocument): Activity[][] {
  const lessons: Activity[][] = []
  let current: Activity[] | undefined
  let open: Activity | undefined
  const hasProcessHeading = view.lines.some(isProcessHeading)
  if (!hasProcessHeading) current = []
  for (const line of view.lines) {
    if (isProcessHeading(line)) {
      if (current) lessons.push(current)
      current = []
      open = undefined
      continue
    }
    if (!current) continue
    if (endsLesson(line)) {
      lessons.push(current)
      current = hasProcessHeading ? undefined : []
      open = undefined
      continue
    }
    const heading = activityHeading(line)
    if (heading) {
      open = { ...heading, line, lines: [line], children: [] }
      current.push(open)
    } else if (open) {
      open.lines.push(line)
    }
  }
  if (current) lessons.push(current)
  return lessons.filter((activities) => activities.length > 0).map(nest)
}

/** `2.1`, `2.2` become children of `2` when it exists. */
function nest(activities: Activity[]): Activity[] {
  const byNumber = new Map(activities.map((activity) => [activity.number, activity]))
  const roots: Activity[] = []
  for (const activity of activities) {
    const parentNumber = activity.number.includes('.') ? activity.number.slice(0, activity.number.lastIndexOf('.')) : undefined
    const parent = parentNumber ? byNumber.get(parentNumber) : undefined
    if (parent && parent !== activity) {
      activity.parent = parent
      parent.children.push(activity)
    } else {
      roots.push(activity)
    }
  }
  return roots
}

export function leaves(activities: Activity[]): Activity[] {
  return activities.flatMap((activity) => (activity.children.length > 0 ? leaves(activity.children) : [activity]))
}
