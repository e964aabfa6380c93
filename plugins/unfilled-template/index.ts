/*
|--------------------------------------------------------------------------
| cv5512:unfilled-template — blanks and frame instructions left in
|--------------------------------------------------------------------------
|
| Dotted blanks (`TRƯỜNG: ......`, `……`, `___`, `{{field}}`) stand for
| values to fill in; the frames' own sentences ("Nêu cụ thể …", the PL IV
| Ghi chú) are to be replaced by content (spec §9.6, §9.9). Date lines of
| signature blocks are left blank on purpose (signed and dated by hand).
*/

import { readFile } from 'node:fs/promises'
import {
  compileMatcher,
  definePlugin,
  excerpt,
  fold,
  hasPlaceholder,
  isBlankValue,
  locate,
  normalized,
  stripNumbering,
  vine,
  type Matcher,
  type ReportInput,
  type TextLine,
} from '../contract.js'

let instructions: Matcher = compileMatcher({ variants: [] })

const lessonTitleLabel = compileMatcher({ variants: ['Tên bài dạy', 'Tên bài học', 'Tên chủ đề'] })
/** `…, ngày … tháng … năm 20…` */
const DATE_LINE_RE = /\bngay\b.*\bthang\b/

export default definePlugin({
  meta: {
    id: 'cv5512:unfilled-template',
    version: '1.0.0',
    title: 'Chưa điền hết khung mẫu',
    description:
      'Phát hiện chỗ trống còn để dấu chấm (……), trường thông tin chưa điền và câu hướng dẫn của khung mẫu (Nêu cụ thể…, Ghi chú của Phụ lục IV) chưa được thay bằng nội dung.',
    kinds: '*',
    formats: ['docx', 'pdf'],
    severity: 'warning',
    reference: { document: 'Công văn 5512/BGDĐT-GDTrH', clause: 'Phụ lục I–IV (chỗ trống và câu hướng dẫn của khung)' },
    messages: {
      fieldUnfilled: 'Chưa điền "{field}".',
      lessonTitleUnfilled: 'Chưa điền tên bài dạy.',
      placeholderLeft: 'Còn chỗ trống chưa điền: "{excerpt}".',
      instructionLeft: 'Còn câu hướng dẫn của khung mẫu chưa thay bằng nội dung: "{excerpt}".',
    },
    /** maxFindings: stop after this many findings (a blank frame would list hundreds). */
    options: vine.create({ maxFindings: vine.number().min(1), ignoreDateLines: vine.boolean() }),
    defaultOptions: { maxFindings: 30, ignoreDateLines: true },
  },

  async setup() {
    const file = JSON.parse(await readFile(new URL('./instructions.json', import.meta.url), 'utf8'))
    instructions = compileMatcher({ variants: file.instructions, mode: 'contains' })
  },

  check({ document, options, report }) {
    const view = normalized(document)
    const lines = view.lines
    const anyInstruction = instructions.exact(view.fullKey)
    let reported = 0
    const limitedReport = (finding: ReportInput) => {
      if (reported++ < options.maxFindings) report(finding)
    }
    lines.forEach((line, index) => {
      if (anyInstruction && instructions.exact(line.key)) {
        limitedReport({ messageId: 'instructionLeft', data: { excerpt: excerpt(line.text, 60) }, location: locate(line) })
      } else if (hasPlaceholder(line.text) && !(options.ignoreDateLines && DATE_LINE_RE.test(line.key))) {
        checkBlanks(line, lines[index - 1], limitedReport)
      }
    })
  },
})

/** `Label: ……` pieces of a line (`Môn học: ……; lớp: ……` has two). */
function checkBlanks(line: TextLine, previous: TextLine | undefined, report: (finding: ReportInput) => void) {
  if (isBlankValue(line.text)) {
    // A blank line under `Họ và tên giáo viên:` belongs to that label.
    const label = previous?.text.endsWith(':') ? previous.text.slice(0, -1) : undefined
    report(label ? blankField(label, line) : { messageId: 'placeholderLeft', data: { excerpt: excerpt(line.text, 60) }, location: locate(line) })
    return
  }
  let reportedField = false
  for (const piece of line.text.split(';')) {
    const colon = piece.indexOf(':')
    if (colon <= 0 || !isBlankValue(piece.slice(colon + 1))) continue
    report(blankField(piece.slice(0, colon).trim(), line))
    reportedField = true
  }
  if (!reportedField) report({ messageId: 'placeholderLeft', data: { excerpt: excerpt(line.text, 60) }, location: locate(line) })
}

function blankField(label: string, line: TextLine): ReportInput {
  const key = stripNumbering(fold(label), label).rest
  if (lessonTitleLabel.exact(key)) return { messageId: 'lessonTitleUnfilled', severity: 'error', location: locate(line) }
  return { messageId: 'fieldUnfilled', data: { field: excerpt(label, 60) }, location: locate(line) }
}
