/*
|--------------------------------------------------------------------------
| cv5512:unfilled-template — blanks and frame instructions left in
|--------------------------------------------------------------------------
|
| Dotted blanks (`TRƯỜNG: ......`, `……`, `___`, `{{field}}`) stand for
| values to fill in; the frames' own sentences ("Nêu cụ thể …", the PL IV
| Ghi chú) are to be replaced by content (spec §9.6, §9.9).
|
| Blank by design is not unfilled: date lines of signature blocks (dated by
| hand), student worksheets and self-assessment forms (`Họ và tên: ……`,
| dotted lines to write on), exercise blanks inside the activities,
| repeating decimals (`0,1666…`) and "Điều chỉnh sau bài dạy" (written
| after teaching). Dates and other header values the upload form already
| asks for are info only (plugins/README.md, severity policy).
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
  PROCESS_HEADING_VARIANTS,
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
/** `0,1666…`, `3,(3) = 3,333...`: a digit right before the dots is a repeating decimal, not a blank. */
const REPEATING_DECIMAL_RE = /(?<=\d)(?:\.{3,}|…+)(?=[\s;,)]|$)/g

/** Headings that open a part meant to stay blank: student worksheets, appendices, notes after teaching. */
const blankByDesign = compileMatcher({
  variants: [
    'Phiếu học tập',
    'Phiếu bài tập',
    'Phiếu tự đánh giá',
    'Phiếu đánh giá',
    'Phiếu quan sát',
    'Phiếu khảo sát',
    'Phiếu trả lời',
    'Bảng kiểm',
    'Bảng tự đánh giá',
    'Bảng đánh giá',
    'Rubric',
    'Phụ lục',
    'Điều chỉnh sau bài dạy',
    'Điều chỉnh',
    'Rút kinh nghiệm',
    'Nhận xét sau',
  ],
})
const processHeading = compileMatcher({ variants: PROCESS_HEADING_VARIANTS })
const ACTIVITY_HEADING_RE = /^(?:hoat dong|hd)\s*\d/
/** Roman-numbered sections of the frame; other `I.`, `II.` lines inside activities are lesson content. */
const frameSection = compileMatcher({
  variants: ['Mục tiêu', 'Yêu cầu cần đạt', 'Thiết bị dạy học', 'Chuẩn bị', 'Đồ dùng dạy học'],
})
/** Fields a student fills in on a worksheet. */
const studentField = compileMatcher({
  variants: [
    'Họ và tên',
    'Họ tên',
    'Tên học sinh',
    'Học sinh',
    'Nhóm',
    'Điểm',
    'Lời phê',
    'Nhận xét của giáo viên',
  ],
})
/** Dates and periods: cosmetic, or already on the upload form. */
const dateField = compileMatcher({
  variants: [
    'Ngày soạn',
    'Ngày dạy',
    'Ngày giảng',
    'Ngày thực hiện',
    'Ngày duyệt',
    'Ngày',
    'Tuần',
    'Tiết',
    'Tiết PPCT',
    'Tiết theo KHDH',
    'Dạy lớp',
    'Lớp',
    'Thời gian thực hiện',
    'Năm học',
  ],
})
/** The parts of an activity: blank after `a) Mục tiêu:` is the frame left unfilled even among exercises. */
const activityPart = compileMatcher({
  variants: ['Mục tiêu', 'Nội dung', 'Sản phẩm', 'Tổ chức thực hiện'],
})

export default definePlugin({
  meta: {
    id: 'cv5512:unfilled-template',
    version: '1.0.2',
    title: 'Chưa điền hết khung mẫu',
    description:
      'Phát hiện chỗ trống còn để dấu chấm (……), trường thông tin chưa điền và câu hướng dẫn của khung mẫu (Nêu cụ thể…, Ghi chú của Phụ lục IV) chưa được thay bằng nội dung.',
    kinds: '*',
    formats: ['docx', 'pdf'],
    severity: 'warning',
    reference: {
      document: 'Công văn 5512/BGDĐT-GDTrH',
      clause: 'Phụ lục I–IV (chỗ trống và câu hướng dẫn của khung)',
    },
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
    const region: Region = { process: false, byDesign: false }
    lines.forEach((line, index) => {
      enterRegion(region, line)
      if (anyInstruction && instructions.exact(line.key)) {
        limitedReport({
          messageId: 'instructionLeft',
          data: { excerpt: excerpt(line.text, 60) },
          location: locate(line),
        })
        return
      }
      if (
        region.byDesign ||
        !hasPlaceholder(line.text) ||
        (options.ignoreDateLines && DATE_LINE_RE.test(line.key))
      )
        return
      if (!hasPlaceholder(line.text.replace(REPEATING_DECIMAL_RE, ''))) return
      if (region.process) checkActivityPartBlanks(line, limitedReport)
      else checkBlanks(line, lines[index - 1], limitedReport)
    })
  },
})

/** Where a line stands: inside the activities (exercise blanks are content) or in a part blank by design. */
interface Region {
  process: boolean
  byDesign: boolean
}

function enterRegion(region: Region, line: TextLine) {
  if (line.text.length > 80) return
  const sectionHeading =
    line.labelKind === 'roman' &&
    line.origin !== 'cell' &&
    (!['i', 'ii', 'iii'].includes(line.label!) ||
      frameSection.exact(line.body) ||
      processHeading.exact(line.body))
  const opensBlankPart =
    (line.emphasis || line.label !== undefined || line.text.length <= 40) &&
    blankByDesign.exact(line.body)
  if (opensBlankPart) {
    region.byDesign = true
  } else if (sectionHeading || (line.emphasis && processHeading.exact(line.body))) {
    region.process = processHeading.exact(line.body)
    region.byDesign = false
  } else if (region.byDesign && ACTIVITY_HEADING_RE.test(line.body)) {
    region.byDesign = false
  }
}

/** Inside the activities only `a) Mục tiêu: ……` (a part of the frame left blank) counts. */
function checkActivityPartBlanks(line: TextLine, report: (finding: ReportInput) => void) {
  for (const piece of line.text.split(';')) {
    const colon = piece.indexOf(':')
    if (colon <= 0 || !isBlankValue(piece.slice(colon + 1))) continue
    const label = piece.slice(0, colon).trim()
    const finding = activityPart.exact(stripNumbering(fold(label), label).rest)
      ? blankField(label, line)
      : undefined
    if (finding) report(finding)
  }
}

/** `Label: ……` pieces of a line (`Môn học: ……; lớp: ……` has two). */
function checkBlanks(
  line: TextLine,
  previous: TextLine | undefined,
  report: (finding: ReportInput) => void
) {
  const placeholderLeft: ReportInput = {
    messageId: 'placeholderLeft',
    data: { excerpt: excerpt(line.text, 60) },
    location: locate(line),
  }
  if (isBlankValue(line.text)) {
    // A blank line under `Họ và tên giáo viên:` belongs to that label.
    const label = previous?.text.endsWith(':') ? previous.text.slice(0, -1) : undefined
    const finding = label ? blankField(label, line) : placeholderLeft
    if (finding) report(finding)
    return
  }
  let labelled = false
  for (const piece of line.text.split(';')) {
    const colon = piece.indexOf(':')
    const label = piece.slice(0, colon).trim()
    // `Ngày soạn: ..../..../2025` is a date left to fill, whatever else the line holds.
    const dated =
      colon > 0 && dateField.exact(stripNumbering(fold(label), label).rest) && hasPlaceholder(piece)
    if (colon <= 0 || !(dated || isBlankValue(piece.slice(colon + 1)))) continue
    labelled = true
    const finding = blankField(label, line)
    if (finding) report(finding)
  }
  if (!labelled) report(placeholderLeft)
}

function blankField(label: string, line: TextLine): ReportInput | undefined {
  const key = stripNumbering(fold(label), label).rest
  if (lessonTitleLabel.exact(key))
    return { messageId: 'lessonTitleUnfilled', location: locate(line) }
  if (studentField.exact(key) && !key.includes('giao vien')) return undefined
  const severity = dateField.exact(key) ? 'info' : undefined
  return {
    messageId: 'fieldUnfilled',
    data: { field: excerpt(label, 60) },
    severity,
    location: locate(line),
  }
}
