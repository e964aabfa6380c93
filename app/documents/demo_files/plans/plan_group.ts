/*
|--------------------------------------------------------------------------
| Group and teacher plans: Phụ lục I (§3), II (§4) and III (§5)
|--------------------------------------------------------------------------
|
| Section keys — PL I: header, title, I, I.1 … I.4, II, II.1, II.2, II.3, III,
| signature. PL II: header, title, G1 … Gn (one block per grade), notes,
| signature. PL III: header, title, I, I.1, I.2, notes, II, signature.
*/
import { cell, paragraph, row, table, type SpecRow, type SpecTable } from '../doc_spec.js'
import type { PlanSection, ResolvedOptions } from './plan_options.js'
import {
  dateLine,
  groupHeader,
  notes,
  section,
  signatureSection,
  titleSection,
  yearLine,
} from './plan_parts.js'

export const ASSESSMENT_ROWS = ['Giữa Học kỳ 1', 'Cuối Học kỳ 1', 'Giữa Học kỳ 2', 'Cuối Học kỳ 2']

const LESSON_TOPICS = [
  'Tập hợp',
  'Số tự nhiên',
  'Phép cộng và phép trừ',
  'Lũy thừa',
  'Thứ tự thực hiện phép tính',
  'Dấu hiệu chia hết',
  'Số nguyên tố',
  'Ước chung và bội chung',
  'Số nguyên',
  'Phân số',
  'Số thập phân',
  'Hình học trực quan',
]

export function lessonName(i: number): string {
  return `Bài ${i + 1}. ${LESSON_TOPICS[i % LESSON_TOPICS.length]}${i >= LESSON_TOPICS.length ? ` (tiếp theo ${Math.floor(i / LESSON_TOPICS.length)})` : ''}`
}

const PL1_NOTES_T3 = [
  '(1) Tên bài học/chuyên đề được xây dựng từ nội dung/chủ đề (được lấy nguyên hoặc thiết kế lại phù hợp với điều kiện thực tế của nhà trường) theo chương trình, sách giáo khoa môn học/hoạt động giáo dục.',
  '(2) Số tiết được sử dụng để thực hiện bài dạy/chuyên đề.',
  '(3) Yêu cầu (mức độ) cần đạt theo chương trình môn học: Giáo viên chủ động các đơn vị bài học, chủ đề và xác định yêu cầu (mức độ) cần đạt.',
]

const PL1_NOTES_T5 = [
  '(1) Thời gian làm bài kiểm tra, đánh giá.',
  '(2) Tuần thứ, tháng, năm thực hiện bài kiểm tra, đánh giá.',
  '(3) Yêu cầu (mức độ) cần đạt đến thời điểm kiểm tra, đánh giá (theo phân phối chương trình).',
  '(4) Hình thức bài kiểm tra, đánh giá: viết (trên giấy hoặc trên máy tính); bài thực hành; dự án học tập.',
]

function header(labels: Array<string | [string, string]>): SpecRow {
  return row(
    labels.map((l) => (typeof l === 'string' ? cell(l) : cell([l[0], l[1]]))),
    true
  )
}

function numberedTable(
  headers: Array<string | [string, string]>,
  count: number,
  fill: (i: number) => string[]
): SpecTable {
  return table([
    header(headers),
    ...Array.from({ length: count }, (_, i) => row([String(i + 1), ...fill(i)])),
  ])
}

export function pl1Sections(o: ResolvedOptions): PlanSection[] {
  return [
    groupHeader(o),
    titleSection([
      'KẾ HOẠCH DẠY HỌC CỦA TỔ CHUYÊN MÔN',
      `MÔN HỌC/HOẠT ĐỘNG GIÁO DỤC ${o.subject.toUpperCase()}, KHỐI LỚP ${o.grade}`,
      yearLine(o),
    ]),
    section('I', 'I. Đặc điểm tình hình', 1, o),
    {
      key: 'I.1',
      blocks: [
        paragraph('1. Số lớp: 8; Số học sinh: 320; Số học sinh học chuyên đề lựa chọn (nếu có): 0'),
      ],
    },
    {
      key: 'I.2',
      blocks: [
        paragraph(
          '2. Tình hình đội ngũ: Số giáo viên: 6; Trình độ đào tạo: Cao đẳng: 0; Đại học: 5; Trên đại học: 1'
        ),
        paragraph('Mức đạt chuẩn nghề nghiệp giáo viên: Tốt: 3; Khá: 2; Đạt: 1; Chưa đạt: 0'),
      ],
    },
    section(
      'I.3',
      '3. Thiết bị dạy học: (Trình bày cụ thể các thiết bị dạy học có thể sử dụng để tổ chức dạy học môn học/hoạt động giáo dục)',
      2,
      o,
      [
        numberedTable(
          ['STT', 'Thiết bị dạy học', 'Số lượng', 'Các bài thí nghiệm/thực hành', 'Ghi chú'],
          3,
          (i) => [`Bộ thiết bị số ${i + 1}`, '8', lessonName(i), '']
        ),
      ]
    ),
    section(
      'I.4',
      '4. Phòng học bộ môn/phòng thí nghiệm/phòng đa năng/sân chơi, bãi tập (Trình bày cụ thể các phòng thí nghiệm/phòng bộ môn/phòng đa năng/sân chơi/bãi tập có thể sử dụng để tổ chức dạy học môn học/hoạt động giáo dục)',
      2,
      o,
      [
        numberedTable(
          ['STT', 'Tên phòng', 'Số lượng', 'Phạm vi và nội dung sử dụng', 'Ghi chú'],
          2,
          (i) => [
            i === 0 ? 'Phòng bộ môn Toán' : 'Phòng đa năng',
            '1',
            'Dạy học các bài có thực hành',
            '',
          ]
        ),
      ]
    ),
    section('II', 'II. Kế hoạch dạy học', 1, o),
    section('II.1', '1. Phân phối chương trình', 2, o, [programmeTable(o)]),
    section('II.2', '2. Chuyên đề lựa chọn (đối với cấp trung học phổ thông)', 2, o, [
      o.grade >= 10
        ? numberedTable(
            ['STT', ['Chuyên đề', '(1)'], ['Số tiết', '(2)'], ['Yêu cầu cần đạt', '(3)']],
            3,
            (i) => [`Chuyên đề ${i + 1}`, '10', 'Hiểu và vận dụng nội dung chuyên đề.']
          )
        : paragraph('Không'),
      ...notes(PL1_NOTES_T3),
    ]),
    section('II.3', '3. Kiểm tra, đánh giá định kỳ', 2, o, [
      assessmentTable(),
      ...notes(PL1_NOTES_T5),
    ]),
    section('III', 'III. Các nội dung khác (nếu có):', 1, o, [
      paragraph('Bồi dưỡng học sinh giỏi, phụ đạo học sinh yếu theo kế hoạch của nhà trường.'),
    ]),
    signatureSection(
      ['TỔ TRƯỞNG', '(Ký và ghi rõ họ tên)'],
      [dateLine(), 'HIỆU TRƯỞNG', '(Ký và ghi rõ họ tên)']
    ),
  ]
}

function programmeTable(o: ResolvedOptions): SpecTable {
  const t = numberedTable(
    ['STT', ['Bài học', '(1)'], ['Số tiết', '(2)'], ['Yêu cầu cần đạt', '(3)']],
    o.lessons?.length ?? o.rows,
    (i) => [
      o.lessons?.[i].title ?? lessonName(i),
      String(o.lessons?.[i].periods ?? 1 + (i % 3)),
      `Nhận biết và vận dụng được kiến thức của ${lessonName(i).toLowerCase()}.`,
    ]
  )
  if (!o.termRows) return t
  const half = 1 + Math.ceil(o.rows / 2)
  const termRow = (label: string) => row([cell(label, { colSpan: 4, bold: true })])
  return {
    ...t,
    rows: [
      t.rows[0],
      termRow('HỌC KÌ I'),
      ...t.rows.slice(1, half),
      termRow('HỌC KÌ II'),
      ...t.rows.slice(half),
    ],
  }
}

function assessmentTable(): SpecTable {
  const when = ['Tuần 9', 'Tuần 18', 'Tuần 26', 'Tuần 35']
  return table([
    header([
      'Bài kiểm tra, đánh giá',
      ['Thời gian', '(1)'],
      ['Thời điểm', '(2)'],
      ['Yêu cầu cần đạt', '(3)'],
      ['Hình thức', '(4)'],
    ]),
    ...ASSESSMENT_ROWS.map((label, i) =>
      row([
        label,
        '90 phút',
        when[i],
        'Theo phân phối chương trình đến thời điểm kiểm tra.',
        'Viết (trên giấy)',
      ])
    ),
  ])
}

const PL2_NOTES = [
  '(1) Tên chủ đề tham quan, cắm trại, sinh hoạt tập thể, câu lạc bộ, hoạt động phục vụ cộng đồng.',
  '(2) Yêu cầu (mức độ) cần đạt của hoạt động giáo dục đối với các đối tượng tham gia.',
  '(3) Số tiết được sử dụng để thực hiện hoạt động.',
  '(4) Thời điểm thực hiện hoạt động (tuần/tháng/năm).',
  '(5) Địa điểm tổ chức hoạt động (phòng thí nghiệm, thực hành, phòng đa năng, sân chơi, bãi tập, cơ sở sản xuất, kinh doanh, tại di sản, tại thực địa...).',
  '(6) Đơn vị, cá nhân chủ trì tổ chức hoạt động.',
  '(7) Đơn vị, cá nhân phối hợp tổ chức hoạt động.',
  '(8) Cơ sở vật chất, thiết bị giáo dục, học liệu…',
]

export function pl2Sections(o: ResolvedOptions): PlanSection[] {
  const grades = o.grade >= 10 ? [10, 11, 12] : [6, 7, 8, 9]
  return [
    groupHeader(o),
    titleSection(['KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG GIÁO DỤC CỦA TỔ CHUYÊN MÔN', yearLine(o)]),
    ...grades.map((grade, i) =>
      section(`G${i + 1}`, `${i + 1}. Khối lớp: ${grade}; Số học sinh: ${300 + grade * 5}`, 2, o, [
        activityTable(o, grade),
      ])
    ),
    { key: 'notes', blocks: notes(PL2_NOTES) },
    signatureSection(
      ['TỔ TRƯỞNG', '(Ký và ghi rõ họ tên)'],
      [dateLine(), 'HIỆU TRƯỞNG', '(Ký và ghi rõ họ tên)']
    ),
  ]
}

function activityTable(o: ResolvedOptions, grade: number): SpecTable {
  const headers: Array<string | [string, string]> = [
    'STT',
    ['Chủ đề', '(1)'],
    ['Yêu cầu cần đạt', '(2)'],
    ['Số tiết', '(3)'],
    ['Thời điểm', '(4)'],
    ['Địa điểm', '(5)'],
    ['Chủ trì', '(6)'],
    ['Phối hợp', '(7)'],
    ['Điều kiện thực hiện', '(8)'],
  ]
  const topics = [
    'Ngày hội toán học',
    'Tham quan thực tế',
    'Câu lạc bộ Toán',
    'Hoạt động phục vụ cộng đồng',
  ]
  return numberedTable(headers, Math.max(1, Math.round(o.rows / 3)), (i) => [
    `${topics[i % topics.length]} khối ${grade}`,
    'Học sinh hứng thú, vận dụng kiến thức vào thực tế.',
    '2',
    `Tháng ${((i + 9) % 12) + 1}`,
    'Sân trường',
    'Tổ Toán',
    'Đoàn Thanh niên',
    'Loa, máy chiếu, phiếu học tập',
  ])
}

const PL3_NOTES = [
  '(1) Tên bài học/chuyên đề được xây dựng từ nội dung/chủ đề (được lấy nguyên hoặc thiết kế lại phù hợp với điều kiện thực tế của nhà trường) theo chương trình, sách giáo khoa môn học/hoạt động giáo dục.',
  '(2) Số tiết được sử dụng để thực hiện bài dạy/chuyên đề.',
  '(3) Tuần thực hiện bài học/chuyên đề.',
  '(4) Thiết bị dạy học được sử dụng để tổ chức dạy học.',
  '(5) Địa điểm tổ chức hoạt động dạy học (lớp học, phòng học bộ môn, phòng đa năng, bãi tập, tại di sản, thực địa...).',
]

export function pl3Sections(o: ResolvedOptions): PlanSection[] {
  const headers: Array<string | [string, string]> = [
    'STT',
    ['Bài học', '(1)'],
    ['Số tiết', '(2)'],
    ['Thời điểm', '(3)'],
    ['Thiết bị dạy học', '(4)'],
    ['Địa điểm dạy học', '(5)'],
  ]
  const week = (i: number) => `Tuần ${1 + Math.floor((i * 35) / Math.max(o.rows, 1))}`
  return [
    groupHeader(o, true),
    titleSection([
      'KẾ HOẠCH GIÁO DỤC CỦA GIÁO VIÊN',
      `MÔN HỌC/HOẠT ĐỘNG GIÁO DỤC ${o.subject.toUpperCase()}, LỚP ${o.grade}A1`,
      yearLine(o),
    ]),
    section('I', 'I. Kế hoạch dạy học', 1, o),
    section('I.1', '1. Phân phối chương trình', 2, o, [
      numberedTable(headers, o.lessons?.length ?? o.rows, (i) => {
        const given = o.lessons?.[i]
        return [
          given?.title ?? lessonName(i),
          String(given?.periods ?? 1 + (i % 3)),
          given?.week ?? week(i),
          'Máy chiếu, phiếu học tập',
          'Lớp học',
        ]
      }),
    ]),
    section('I.2', '2. Chuyên đề lựa chọn (đối với cấp trung học phổ thông)', 2, o, [
      paragraph('Không'),
    ]),
    { key: 'notes', blocks: notes(PL3_NOTES) },
    section(
      'II',
      'II. Nhiệm vụ khác (nếu có): (Bồi dưỡng học sinh giỏi; Tổ chức hoạt động giáo dục...)',
      1,
      o,
      [paragraph('Bồi dưỡng học sinh giỏi Toán 6 vào chiều thứ Năm hằng tuần.')]
    ),
    signatureSection(
      ['TỔ TRƯỞNG', '(Ký và ghi rõ họ tên)'],
      [dateLine(), 'GIÁO VIÊN', '(Ký và ghi rõ họ tên)', o.teacher]
    ),
  ]
}
