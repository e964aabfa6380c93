/*
|--------------------------------------------------------------------------
| cv5512:one-lesson-per-file — one lesson plan per uploaded file
|--------------------------------------------------------------------------
|
| The department's directive (2.2) forbids a file holding lesson plans of
| several lessons or topics. A lesson unit is a title line (TÊN BÀI DẠY,
| BÀI n, CHỦ ĐỀ n, Tiết n – Bài n) followed by its own "I. Mục tiêu". Units
| under the same title are ONE unit: a topic taught over several weeks or
| periods may repeat its objectives per period.
|
| A gate (meta.gate): a file of several lessons gets ONE finding naming
| every lesson, not a list of missing parts for each of them.
*/

import {
  compileMatcher,
  definePlugin,
  excerpt,
  locate,
  normalized,
  type TextLine,
} from '../contract.js'

/** Labelled lesson titles count wherever they are. */
const labelledTitle = compileMatcher({ variants: ['Tên bài dạy', 'Tên bài học', 'Tên chủ đề'] })
/**
 * `BÀI 5: …`, `BÀI: …`, `§3. …`, `CHỦ ĐỀ 2: …`, `Tiết 12 – Bài 5: …`,
 * `ÔN TẬP CHƯƠNG II`, `LUYỆN TẬP CHUNG` count only when set off as a
 * heading: exercises inside a lesson are also written `Bài 1: …`.
 * `Tiết n` alone only names a period of the current lesson.
 */
const numberedTitle = compileMatcher({
  variants: [],
  patterns: [
    '^bai\\s*\\d+\\s*[:.\\-]',
    '^bai\\s*:',
    '^§\\s*\\d+',
    '^chu de\\s*\\d*\\s*[:.\\-]',
    '^tiet\\s*\\d+.*\\bbai\\s*\\d+',
    '^unit\\s*\\d+',
    '^chuyen de\\s*\\d+\\s*[:.\\-]',
    '^on tap\\s+(chuong|cuoi|giua|hoc ki)',
    '^luyen tap chung\\b',
  ],
})

function isLessonTitle(line: TextLine): boolean {
  if (line.text.length > 200) return false
  return labelledTitle.exact(line.body) || (line.emphasis && numberedTitle.exact(line.body))
}
const periodTitle = compileMatcher({ variants: [], patterns: ['^tiet\\s*\\d+'] })
const objectives = compileMatcher({
  variants: ['Mục tiêu', 'Mục tiêu bài học', 'Mục tiêu bài dạy', 'Yêu cầu cần đạt'],
})

/** An objectives heading is short and top-level (`I. Mục tiêu`), never an activity's `a) Mục tiêu:`. */
function isObjectivesHeading(line: TextLine): boolean {
  if (line.text.length > 40 || !objectives.exact(line.body)) return false
  if (line.labelKind === 'lower' || line.labelKind === 'multi') return false
  return line.labelKind !== undefined || line.emphasis
}

interface LessonUnit {
  title: string
  key: string
  line: TextLine
}

/** Split the document into lesson units, merging units that share a title. */
export function lessonUnits(lines: TextLine[]): LessonUnit[] {
  const units = new Map<string, LessonUnit>()
  let title: TextLine | undefined
  let period: TextLine | undefined
  for (const line of lines) {
    if (isLessonTitle(line)) {
      title = line
      period = undefined
    } else if (line.text.length <= 120 && periodTitle.exact(line.body)) {
      period = line
    } else if (isObjectivesHeading(line)) {
      // Objectives under no title (or only `Tiết n` lines) cannot tell two lessons apart: they are one unit.
      const key = title ? titleKey(title) : ''
      const named = title ?? period
      if (!units.has(key))
        units.set(key, {
          title: named ? named.text : '(không có tên bài)',
          key,
          line: named ?? line,
        })
    }
  }
  return [...units.values()]
}

/**
 * `TÊN BÀI DẠY: Bài 5. Phân số`, `BÀI 5. PHÂN SỐ` and `Tiết 15 – 16. BÀI 5:
 * PHÂN SỐ (2 TIẾT)` name the same lesson.
 */
function titleKey(line: TextLine): string {
  return line.body
    .replace(/^(ten bai day|ten bai hoc|ten chu de)\s*:?\s*/, '')
    .replace(/^tiet\s*[\d\s,-]+[.:]?\s*(?=bai\b)/, '')
    .replace(/\(\s*\d+\s*tiet\s*\)/g, '')
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

export default definePlugin({
  meta: {
    id: 'cv5512:one-lesson-per-file',
    version: '1.1.0',
    title: 'Mỗi tệp một kế hoạch bài dạy',
    description:
      'Kế hoạch bài dạy của mỗi bài học hoặc mỗi chủ đề chỉ nằm trong 01 tệp; báo lỗi khi một tệp chứa nhiều bài học hoặc chủ đề và liệt kê tên từng bài.',
    kinds: ['pl4'],
    formats: ['docx', 'pdf'],
    severity: 'error',
    gate: true,
    reference: {
      document: 'Hướng dẫn của Sở GDĐT về phần mềm quản lý hồ sơ chuyên môn',
      clause: 'Mục 2.2',
    },
    messages: {
      multipleLessons:
        'Tệp chứa {count} kế hoạch bài dạy ({titles}). Mỗi bài học hoặc chủ đề phải nằm trong một tệp riêng; hãy tách thành {count} tệp.',
    },
    defaultOptions: {},
  },

  check({ document, report }) {
    const units = lessonUnits(normalized(document).lines)
    if (units.length <= 1) return
    report({
      messageId: 'multipleLessons',
      data: {
        count: units.length,
        titles: units.map((unit) => `"${excerpt(unit.title, 60)}"`).join('; '),
      },
      location: locate(units[1].line),
    })
  },
})
