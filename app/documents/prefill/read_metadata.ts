/*
|--------------------------------------------------------------------------
| Metadata read from a lesson plan: what the upload form can be pre-filled with
|--------------------------------------------------------------------------
|
| A pure function of the parsed document model. Only the head of the plan
| is read: the lines before its first "I. Mục tiêu" (the title block),
| capped, because exercises inside a lesson are also written "Bài 1: …".
| A value is returned only when the file states it; the teacher confirms
| or corrects every value on the form, so a miss costs one field typed,
| never a wrong document.
|
| Title forms met in real plans:
|   Tên bài học: X · Tên bài dạy: X · Nội dung bài giảng: X · KẾ HOẠCH BÀI DẠY: X
|   Bài 5: X · §3. X · BÀI: X · BÀI. X · Tiết 15 – 16. BÀI 4: X (2 TIẾT)
|   CHỦ ĐỀ 3: X (unless a "Bài n" under it names the lesson)
|   Tiết 65 followed by an emphasized line X
*/
import {
  hasPlaceholder,
  isBlankValue,
  normalized,
  type DocumentModel,
  type TextLine,
} from '#plugins/contract'
import { lessonUnits } from '#plugins/one-lesson-per-file/index'

export interface ReadMetadata {
  lessonTitle?: string
  periods?: number
  grade?: number
  className?: string
  /** The subject as written ("Khoa học tự nhiên"); matched to a subject by the caller. */
  subjectText?: string
  teachingWeek?: number
  /** YYYY-MM-DD. */
  teachingDate?: string
  /** The lesson titles when the file holds several lessons (one file per lesson: directive 2.2). */
  severalLessons?: string[]
}

export type ReadField = keyof ReadMetadata

/** The title block of real plans is short; later lines are the lesson itself. */
const HEAD_LINES = 40
const OBJECTIVES_RE = /^(?:[ivx]+\s*[.:)]\s*)?(?:muc tieu|yeu cau can dat)\b/
/** Labels that end a value written on the same line as other labels. */
const NEXT_LABEL = String.raw`(?:\s+|\s*[;,|]\s*)(?:ten bai (?:day|hoc)|ten chu de|thoi gian thuc hien|so tiet|mon hoc|mon|lop|day lop|khoi|tuan|tiet)\s*:`
const LABELLED_TITLE_RE = new RegExp(
  String.raw`(?:^|\s)(?:ten bai day|ten bai hoc|ten chu de|noi dung bai giang|ke hoach bai day)\s*:\s*(.+?)(?=${NEXT_LABEL}|$)`
)
const PERIOD_PREFIX = String.raw`(?:tiet\s*\d+(?:\s*[-,]\s*\d+)*\s*[.:\-]?\s*)?`
const LESSON_TITLE_RE = new RegExp(
  String.raw`^${PERIOD_PREFIX}((?:bai\s*\d+|§\s*\d+)\s*[:.\-]\s*.+)$`
)
const UNNUMBERED_LESSON_RE = new RegExp(String.raw`^${PERIOD_PREFIX}bai\s*[:.]\s*(.+)$`)
const TOPIC_TITLE_RE = new RegExp(String.raw`^${PERIOD_PREFIX}(chu de\s*\d*\s*[:.\-]\s*.+)$`)
const PERIOD_LINE_RE = /^tiet\s*(\d+)\s*[:.]?\s*$/
const PERIODS_SUFFIX_RE = /\s*\(\s*(\d{1,2})\s*tiet\s*\)\s*$/
const PERIODS_STATED_RE =
  /(?:thoi gian thuc hien|so tiet)\s*:?\s*(\d{1,2})\s*tiet|\((\d{1,2})\s*tiet\)|so tiet\s*:?\s*(\d{1,2})\b/
const PERIOD_RANGE_RE = /\btiet\s*(\d{1,3})\s*(?:-|den)\s*(\d{1,3})\b/
const SINGLE_PERIOD_RE =
  /(?:^|\s|-)tiet\s*(?:\(?\s*ppct\s*\)?\s*:?\s*)?(\d{1,3})\b(?!\s*(?:-|den)\s*\d)/
/** `Lớp: 8B`, `Dạy lớp: 7A, 7B`, `Khối lớp 6`: the label, then one class or a list. */
const CLASS_RE =
  /(?<!so )\b(?:day lop|khoi lop|lop|khoi)\s*:?\s*(\d{1,2}[a-z]?\d{0,2}(?:\s*(?:[,;&/]|va)\s*\d{1,2}[a-z]?\d{0,2})*)\b/g
const ONE_CLASS_RE = /(\d{1,2})([a-z]\d{0,2})?/g
/** `Môn học: Toán` at the start of a line, or `… Môn: Toán` after other labels (a colon then, or "môn" in prose would match). */
const SUBJECT_END = String.raw`(?=${NEXT_LABEL}|[;,]|\s+khoi lop\b|\s+lop\b|$)`
const SUBJECT_RES = [
  new RegExp(
    String.raw`^(?:mon hoc\s*\/\s*hoat dong giao duc|mon hoc|mon)\s*:?\s*(.+?)${SUBJECT_END}`
  ),
  new RegExp(String.raw`\s(?:mon hoc|mon)\s*:\s*(.+?)${SUBJECT_END}`),
]
/** A subject name is short words, not a sentence or another label's value. */
const SUBJECT_VALUE_RE = /^[a-z][a-z ]{1,38}(?:\s\d{1,2})?$/
const WEEK_RE = /\btuan\s*:?\s*(\d{1,2})\b/
const DATE_RE =
  /\bngay (?:day|thuc hien|len lop)\s*:?\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(20\d\d)\b/

export function readLessonMetadata(document: DocumentModel): ReadMetadata {
  const lines = normalized(document).lines
  const head = titleBlock(lines)
  const metadata: ReadMetadata = {}
  /* The same split as the one-lesson-per-file validator, so the warning here and its finding later agree. */
  const units = lessonUnits(lines)
  if (units.length > 1) metadata.severalLessons = units.map((unit) => unit.title)
  const title = lessonTitle(head)
  if (title) metadata.lessonTitle = title
  const periods = statedPeriods(head)
  if (periods) metadata.periods = periods
  Object.assign(metadata, classAndGrade(head), subject(head), week(head), teachingDate(head))
  return metadata
}

function titleBlock(lines: TextLine[]): TextLine[] {
  const head: TextLine[] = []
  for (const line of lines.slice(0, HEAD_LINES)) {
    if (head.length > 0 && OBJECTIVES_RE.test(line.key) && line.text.length <= 60) break
    head.push(line)
  }
  return head
}

function lessonTitle(head: TextLine[]): string | undefined {
  for (const line of head) {
    const match = LABELLED_TITLE_RE.exec(line.key)
    if (match) return titleText(line, match.index + match[0].indexOf(match[1]), match[1].length)
  }
  return (
    numberedTitle(head, LESSON_TITLE_RE) ??
    numberedTitle(head, UNNUMBERED_LESSON_RE) ??
    numberedTitle(head, TOPIC_TITLE_RE) ??
    titleAfterPeriod(head)
  )
}

function numberedTitle(head: TextLine[], pattern: RegExp): string | undefined {
  for (const line of head) {
    if (line.text.length > 200) continue
    const match = pattern.exec(line.key)
    if (match) return titleText(line, line.key.length - match[1].length, match[1].length)
  }
  return undefined
}

/** `Tiết 65` on its own line, then the title as a heading or in capitals (a translation line may come between). */
function titleAfterPeriod(head: TextLine[]): string | undefined {
  const at = head.findIndex((line) => PERIOD_LINE_RE.test(line.key))
  if (at < 0) return undefined
  const next = head
    .slice(at + 1, at + 4)
    .find((line) => line.emphasis && !line.key.includes(':') && line.text.length <= 150)
  return next ? titleText(next, 0, next.key.length) : undefined
}

/** The written text under a span of the folded key (folding keeps one character per character). */
function titleText(line: TextLine, start: number, length: number): string | undefined {
  const text =
    line.text.length === line.key.length
      ? line.text.slice(start, start + length)
      : line.key.slice(start, start + length)
  const title = text
    .replace(PERIODS_SUFFIX_RE_TEXT, '')
    .replace(/[\s:;,.\-]+$/, '')
    .trim()
  /* A frame's blank (`……`, `{lessonTitle}`, `[Tên bài]`) is not a value. */
  if (
    title.length < 2 ||
    isBlankValue(title) ||
    hasPlaceholder(title) ||
    TEMPLATE_FIELD_RE.test(title)
  )
    return undefined
  return title.slice(0, 500)
}

/** A mail-merge or template field: `{lessonTitle}`, `[Tên bài]`, `<<tên bài>>`. */
const TEMPLATE_FIELD_RE = /^(?:\{.*\}|\[.*\]|<<.*>>|«.*»)$/

/** `(2 TIẾT)` closing a title, on the written text. */
const PERIODS_SUFFIX_RE_TEXT = /\s*\(\s*\d{1,2}\s*tiết\s*\)\s*$/iu

function statedPeriods(head: TextLine[]): number | undefined {
  for (const line of head) {
    const stated = PERIODS_STATED_RE.exec(line.key) ?? PERIODS_SUFFIX_RE.exec(line.key)
    if (stated) return inRange(Number(stated[1] ?? stated[2] ?? stated[3]), 1, 99)
  }
  for (const line of head) {
    const range = PERIOD_RANGE_RE.exec(line.key)
    if (range) return inRange(Number(range[2]) - Number(range[1]) + 1, 1, 99)
  }
  /* "Tiết 23" names one period of the year's programme: a one-period lesson. */
  return head.some((line) => SINGLE_PERIOD_RE.test(line.key)) ? 1 : undefined
}

function classAndGrade(head: TextLine[]): Pick<ReadMetadata, 'grade' | 'className'> {
  const grades = new Set<number>()
  const classes = new Set<string>()
  for (const line of head) {
    for (const list of line.key.matchAll(CLASS_RE)) {
      for (const match of list[1].matchAll(ONE_CLASS_RE)) {
        const grade = Number(match[1])
        if (grade < 1 || grade > 12) continue
        grades.add(grade)
        if (match[2]) classes.add(`${grade}${match[2].toUpperCase()}`)
      }
    }
  }
  const subjectGrade = grades.size === 0 ? gradeAfterSubject(head) : undefined
  if (subjectGrade) grades.add(subjectGrade)
  const result: Pick<ReadMetadata, 'grade' | 'className'> = {}
  /* Several grades in the head (a plan for 8 and 9): no single answer, the teacher chooses. */
  if (grades.size === 1) result.grade = [...grades][0]
  if (classes.size === 1) result.className = [...classes][0]
  return result
}

/** `Môn: Khoa học tự nhiên 8`: the grade closes the subject. */
function gradeAfterSubject(head: TextLine[]): number | undefined {
  const found = subjectValue(head)
  const grade = found ? /\s(\d{1,2})$/.exec(found.value) : null
  return grade ? inRange(Number(grade[1]), 1, 12) : undefined
}

function subject(head: TextLine[]): Pick<ReadMetadata, 'subjectText'> {
  const found = subjectValue(head)
  if (!found) return {}
  const text = titleText(found.line, found.start, found.value.length)?.replace(/\s+\d{1,2}$/, '')
  return text ? { subjectText: text } : {}
}

/** The first labelled subject of the title block, as a span of its line's key. */
function subjectValue(
  head: TextLine[]
): { line: TextLine; start: number; value: string } | undefined {
  for (const line of head) {
    for (const pattern of SUBJECT_RES) {
      const match = pattern.exec(line.key)
      if (!match || !SUBJECT_VALUE_RE.test(match[1])) continue
      return { line, start: match.index + match[0].lastIndexOf(match[1]), value: match[1] }
    }
  }
  return undefined
}

function week(head: TextLine[]): Pick<ReadMetadata, 'teachingWeek'> {
  for (const line of head) {
    const match = WEEK_RE.exec(line.key)
    const value = match ? inRange(Number(match[1]), 1, 52) : undefined
    if (value) return { teachingWeek: value }
  }
  return {}
}

function teachingDate(head: TextLine[]): Pick<ReadMetadata, 'teachingDate'> {
  for (const line of head) {
    const match = DATE_RE.exec(line.key)
    if (!match) continue
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
    const date = new Date(Date.UTC(year, month - 1, day))
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) continue
    return { teachingDate: date.toISOString().slice(0, 10) }
  }
  return {}
}

function inRange(value: number, min: number, max: number): number | undefined {
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined
}

/** A parsed file that holds several lessons (one lesson per file, as the directive requires). */
export function holdsSeveralLessons(outcome: { status: string; model?: DocumentModel }): boolean {
  return (
    outcome.status === 'parsed' &&
    outcome.model !== undefined &&
    Boolean(readLessonMetadata(outcome.model).severalLessons)
  )
}
