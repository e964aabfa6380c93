/*
|--------------------------------------------------------------------------
| cv5512:metadata-agreement — the document says what the form says
|--------------------------------------------------------------------------
|
| The title lines carry the school year (`(Năm học 2025 - 2026)`), the
| subject and the grade or class (`MÔN HỌC … TOÁN, KHỐI LỚP 6`, `Môn học:
| Toán; lớp: 6A1`). A plan uploaded for the wrong year, grade or subject is
| a common slip (last year's file re-uploaded). Contradictions on a
| labelled line (`Năm học …`, `Môn học: …`, `lớp: 7`) are errors; a grade
| met only in prose (`đã học ở lớp 5`) and values not found at all are
| info: the upload form already holds them (plugins/README.md, severity). Integrated THCS subjects
| and their parts (Lịch sử inside LS&ĐL, Vật lí inside KHTN, Âm nhạc
| inside Nghệ thuật) are related, not contradictory: one info finding.
*/

import { readFile } from 'node:fs/promises'
import {
  compileMatcher,
  definePlugin,
  fold,
  locate,
  normalized,
  startsWithPhrase,
  type DocumentKind,
  type Matcher,
  type ReportInput,
  type SubmissionMetadata,
  type TextLine,
} from '../contract.js'

/** The lines searched: header block and title lines. */
const HEAD_LINES = 50
const YEAR_RE = /nam hoc\s*:?\s*\(?\s*(20\d\d)\s*-\s*(20\d\d)/
const GRADE_RE = /(?<!so )\b(?:khoi lop|khoi|lop)\s*:?\s*(\d{1,2})(?:[a-z]\d*)?\b/g
const SUBJECT_LINE_RE =
  /^(?:mon hoc\s*\/\s*hoat dong giao duc|mon hoc|mon|hoat dong giao duc)\s*:?\s*(.+)$/
/** `Môn: Khoa học tự nhiên 8`: the grade written right after the subject name. */
const SUBJECT_GRADE_RE = /^(?:mon hoc|mon)\s*:?\s*[a-z ]+?\s(\d{1,2})\b/
/** A line that states the grade as a value: `Dạy lớp: 7A`, `…; lớp: 6`, `KHỐI LỚP 6`, `LỚP 6A1` (title). */
const GRADE_LABEL_RE =
  /(?:^|[;,]\s*)(?:day\s+)?(?:khoi lop|khoi|lop)\s*:?\s*\d{1,2}[a-z]?\d*\s*$|(?:^|[;,]\s*)(?:day\s+)?(?:khoi lop|khoi|lop)\s*:/
/** Kinds about one subject and one grade (PL II covers all grades; the school plan every subject). */
const SINGLE_SUBJECT_KINDS: DocumentKind[] = ['pl1', 'pl3', 'pl4']
/** The PL IV frame has no year line. */
const KINDS_WITH_YEAR: DocumentKind[] = ['school_plan', 'pl1', 'pl2', 'pl3']

interface KnownSubject {
  code: string
  names: string[]
  /** Codes of the subjects an integrated subject is taught as. */
  parts: string[]
  matcher: Matcher
}

let subjects: KnownSubject[] = []

export default definePlugin({
  meta: {
    id: 'cv5512:metadata-agreement',
    version: '1.1.1',
    title: 'Năm học, môn học, khối lớp khớp với thông tin đã khai',
    description:
      'So sánh năm học, môn học và khối lớp ghi trong văn bản với thông tin khai khi nộp; báo lỗi khi mâu thuẫn rõ ràng, cảnh báo khi không tìm thấy.',
    kinds: '*',
    formats: ['docx', 'pdf'],
    severity: 'error',
    reference: {
      document: 'Công văn 5512/BGDĐT-GDTrH',
      clause: 'Phụ lục I–IV, dòng tiêu đề (môn học, khối lớp, năm học)',
    },
    messages: {
      schoolYearMismatch:
        'Văn bản ghi năm học {found}, nhưng hồ sơ được nộp cho năm học {expected}.',
      schoolYearNotFound:
        'Không tìm thấy dòng năm học (ví dụ "Năm học {expected}") ở phần tiêu đề.',
      gradeMismatch: 'Văn bản ghi lớp {found}, nhưng hồ sơ được nộp cho khối lớp {expected}.',
      gradeNotFound: 'Không tìm thấy khối lớp ở phần tiêu đề (cần ghi lớp {expected}).',
      subjectMismatch: 'Văn bản ghi môn "{found}", nhưng hồ sơ được nộp cho môn {expected}.',
      subjectRelated:
        'Văn bản ghi môn "{found}", liên quan (môn tích hợp hoặc phân môn) với môn {expected} đã khai; hãy kiểm tra lại nếu nộp nhầm môn.',
      subjectNotFound: 'Không tìm thấy tên môn học "{expected}" ở phần tiêu đề.',
      lessonTitleMismatch:
        'Tên bài dạy trong văn bản ("{found}") khác tên bài đã khai ("{expected}").',
    },
    defaultOptions: {},
  },

  async setup() {
    const file = JSON.parse(await readFile(new URL('./subjects.json', import.meta.url), 'utf8'))
    subjects = file.subjects.map(
      (subject: { code: string; names: string[]; parts?: string[] }) => ({
        ...subject,
        parts: subject.parts ?? [],
        matcher: compileMatcher({ variants: subject.names }),
      })
    )
  },

  check({ document, submission, report }) {
    const head = normalized(document).lines.slice(0, HEAD_LINES)
    if (head.length === 0) return
    if (KINDS_WITH_YEAR.includes(submission.kind)) checkSchoolYear(head, submission, report)
    if (SINGLE_SUBJECT_KINDS.includes(submission.kind)) {
      checkGrade(head, submission, report)
      checkSubject(head, submission, report)
    }
    if (submission.kind === 'pl4' && submission.lessonTitle)
      checkLessonTitle(head, submission.lessonTitle, report)
  },
})

type Report = (finding: ReportInput) => void

function checkSchoolYear(head: TextLine[], submission: SubmissionMetadata, report: Report) {
  const expected = submission.schoolYear.replace(/\s+/g, '')
  const found = head.flatMap((line) => {
    const match = YEAR_RE.exec(line.key)
    return match ? [{ year: `${match[1]}-${match[2]}`, line }] : []
  })
  if (found.length === 0)
    return report({
      messageId: 'schoolYearNotFound',
      data: { expected },
      severity: 'info',
      location: locate(head[0]),
    })
  if (found.some((entry) => entry.year === expected)) return
  report({
    messageId: 'schoolYearMismatch',
    data: { found: found[0].year, expected },
    location: locate(found[0].line),
  })
}

function checkGrade(head: TextLine[], submission: SubmissionMetadata, report: Report) {
  const found: Array<{ grade: number; line: TextLine }> = []
  for (const line of head) {
    const afterSubject = SUBJECT_GRADE_RE.exec(line.body)
    const grades = [...line.key.matchAll(GRADE_RE)].map((match) => match[1])
    if (afterSubject) grades.push(afterSubject[1])
    for (const value of grades) {
      const grade = Number(value)
      if (grade >= 1 && grade <= 12) found.push({ grade, line })
    }
  }
  if (found.length === 0)
    return report({
      messageId: 'gradeNotFound',
      data: { expected: submission.grade },
      severity: 'info',
      location: locate(head[0]),
    })
  if (found.some((entry) => entry.grade === submission.grade)) return
  const stated = found.find(
    (entry) => GRADE_LABEL_RE.test(entry.line.key) || SUBJECT_LINE_RE.test(entry.line.body)
  )
  const shown = stated ?? found[0]
  report({
    messageId: 'gradeMismatch',
    data: { found: shown.grade, expected: submission.grade },
    severity: stated ? 'error' : 'info',
    location: locate(shown.line),
  })
}

/** The value after `Môn học:` / `MÔN HỌC/HOẠT ĐỘNG GIÁO DỤC`, up to `;`, `,` or `lớp`. */
function subjectValues(head: TextLine[]): Array<{ value: string; line: TextLine }> {
  return head.flatMap((line) => {
    const match = SUBJECT_LINE_RE.exec(line.body)
    if (!match) return []
    const value = match[1].split(/[;,]|\bkhoi lop\b|\blop\b/)[0].trim()
    return value && /[a-z]/.test(value) ? [{ value, line }] : []
  })
}

function checkSubject(head: TextLine[], submission: SubmissionMetadata, report: Report) {
  const own = [submission.subject.name, submission.subject.code].map(fold).filter(Boolean)
  const known = subjects.find(
    (subject) =>
      subject.names.some((name) => own.includes(fold(name))) ||
      subject.code === fold(submission.subject.code)
  )
  const isOwn = (text: string) =>
    own.some((name) => startsWithPhrase(text, name)) || (known?.matcher.exact(text) ?? false)

  const values = subjectValues(head)
  if (values.some((entry) => isOwn(entry.value))) return
  const named = values.flatMap((entry) => {
    const subject = mostSpecificSubject(entry.value)
    return subject && subject !== known ? [{ ...entry, subject }] : []
  })
  const related = named.find((entry) => known && areRelated(known, entry.subject))
  if (related) {
    report({
      messageId: 'subjectRelated',
      data: { found: related.line.text.slice(0, 60), expected: submission.subject.name },
      severity: 'info',
      location: locate(related.line),
    })
    return
  }
  if (named.length > 0) {
    report({
      messageId: 'subjectMismatch',
      data: { found: named[0].line.text.slice(0, 60), expected: submission.subject.name },
      location: locate(named[0].line),
    })
    return
  }
  // No labelled subject line: accept the subject named anywhere in the title lines.
  if (head.some((line) => own.some((name) => line.key.includes(name)))) return
  report({
    messageId: 'subjectNotFound',
    data: { expected: submission.subject.name },
    severity: 'info',
    location: locate(head[0]),
  })
}

/** The subject a value names; "Lịch sử và Địa lí" is LS&ĐL, not Lịch sử (the longest name wins). */
function mostSpecificSubject(value: string): KnownSubject | undefined {
  let best: { subject: KnownSubject; length: number } | undefined
  for (const subject of subjects) {
    if (!subject.matcher.exact(value)) continue
    const length = Math.max(
      ...subject.names
        .map(fold)
        .filter((name) => startsWithPhrase(value, name))
        .map((name) => name.length),
      0
    )
    if (!best || length > best.length) best = { subject, length }
  }
  return best?.subject
}

/** An integrated subject and one of its parts, either way round. */
function areRelated(a: KnownSubject, b: KnownSubject): boolean {
  return a.parts.includes(b.code) || b.parts.includes(a.code)
}

const TITLE_PREFIX_RE = /^(ten bai day|ten bai hoc|ten chu de)\s*:?\s*/

function checkLessonTitle(head: TextLine[], lessonTitle: string, report: Report) {
  const titleLine = head.find((line) => TITLE_PREFIX_RE.test(line.body))
  if (!titleLine) return
  const found = new Set(syllablePairs(titleLine.body.replace(TITLE_PREFIX_RE, '')))
  const expected = syllablePairs(fold(lessonTitle))
  const shared = expected.filter((pair) => found.has(pair)).length
  if (shared >= Math.ceil(expected.length * 0.6)) return
  report({
    messageId: 'lessonTitleMismatch',
    data: { found: titleLine.text.slice(0, 80), expected: lessonTitle },
    severity: 'warning',
    location: locate(titleLine),
  })
}

/** Adjacent syllable pairs: Vietnamese syllables are short and shared by unrelated titles, pairs are not. */
function syllablePairs(text: string): string[] {
  const syllables = text.split(/[^a-z0-9]+/).filter((syllable) => syllable.length > 0)
  if (syllables.length < 2) return syllables
  return syllables.slice(1).map((syllable, index) => `${syllables[index]} ${syllable}`)
}
