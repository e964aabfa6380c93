/*
|--------------------------------------------------------------------------
| School education plan (spec §7) and a meeting minutes (wrong kind)
|--------------------------------------------------------------------------
|
| The school plan follows the administrative format of §7.3 with the
| section skeleton of §7.2. Section keys: header, title, I … VI, II.1,
| II.2, III.1, III.2, IV.1 … IV.4,
| signature.
*/
import { cell, paragraph, row, table, type SpecRow, type SpecTable } from '../doc_spec.js'
import type { PlanSection, ResolvedOptions } from './plan_options.js'
import {
  MOTTO,
  dateLine,
  headerBlock,
  section,
  signatureSection,
  titleSection,
} from './plan_parts.js'

const SUBJECTS = [
  'Ngữ văn',
  'Toán',
  'Ngoại ngữ 1',
  'Giáo dục công dân',
  'Lịch sử và Địa lí',
  'Khoa học tự nhiên',
  'Công nghệ',
  'Tin học',
  'Giáo dục thể chất',
  'Nghệ thuật',
  'Hoạt động trải nghiệm, hướng nghiệp',
  'Nội dung giáo dục địa phương',
]
const PERIODS = [140, 140, 105, 35, 105, 140, 35, 35, 70, 70, 105, 35]

export function schoolPlanSections(o: ResolvedOptions): PlanSection[] {
  const year = o.schoolYear
  const filler = (topic: string) =>
    paragraph(
      `Nhà trường tiếp tục thực hiện ${topic} theo hướng dẫn của Sở Giáo dục và Đào tạo, bảo đảm chất lượng và hiệu quả.`
    )
  const extra = Math.max(0, Math.round(((o.pages ?? 6) - 6) * 6))
  return [
    headerBlock(
      ['UBND PHƯỜNG CẦU GIẤY', `TRƯỜNG ${o.school.toUpperCase()}`, 'Số: 01/KH-THCS'],
      [...MOTTO, dateLine()]
    ),
    titleSection(['KẾ HOẠCH', `Giáo dục nhà trường năm học ${year}`]),
    section('I', 'I. Căn cứ xây dựng kế hoạch', 1, o, [
      paragraph(
        'Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 ban hành Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học;'
      ),
      paragraph(
        'Căn cứ Công văn số 5512/BGDĐT-GDTrH ngày 18/12/2020 của Bộ GDĐT về việc xây dựng và tổ chức thực hiện kế hoạch giáo dục của nhà trường;'
      ),
      paragraph(`Căn cứ hướng dẫn nhiệm vụ năm học ${year} của Sở Giáo dục và Đào tạo.`),
    ]),
    section('II', `II. Điều kiện thực hiện chương trình năm học ${year}`, 1, o),
    section('II.1', '1. Đặc điểm tình hình kinh tế, văn hóa, xã hội địa phương', 2, o, [
      filler('phối hợp với địa phương'),
    ]),
    section('II.2', `2. Đặc điểm tình hình nhà trường năm học ${year}`, 2, o, [
      paragraph('2.1. Đặc điểm học sinh của trường: 32 lớp, 1 280 học sinh.'),
      paragraph('2.2. Tình hình đội ngũ giáo viên, nhân viên, cán bộ quản lý: 68 người.'),
      paragraph('2.3. Cơ sở vật chất, thiết bị dạy học: 32 phòng học, 6 phòng bộ môn.'),
    ]),
    section('III', `III. Mục tiêu giáo dục năm học ${year}`, 1, o),
    section('III.1', '1. Mục tiêu chung', 2, o, [filler('đổi mới phương pháp dạy học')]),
    section('III.2', '2. Chỉ tiêu cụ thể', 2, o, [
      paragraph('Tỉ lệ học sinh lên lớp đạt 99%; học sinh tốt nghiệp trung học cơ sở đạt 100%.'),
    ]),
    section('IV', 'IV. Tổ chức các môn học và hoạt động giáo dục trong năm học', 1, o),
    section('IV.1', '1. Phân phối thời lượng các môn học và hoạt động giáo dục', 2, o, [
      distributionTable(),
    ]),
    section('IV.2', '2. Các hoạt động giáo dục tập thể và theo nhu cầu người học', 2, o, [
      filler('các hoạt động giáo dục tập thể'),
    ]),
    section('IV.3', '3. Tổ chức dạy học 2 buổi/ngày', 2, o, [filler('dạy học 2 buổi/ngày')]),
    section('IV.4', `4. Khung thời gian thực hiện chương trình năm học ${year}`, 2, o, [
      paragraph(
        'Học kỳ I: 18 tuần, từ ngày 08/9/2025 đến ngày 17/01/2026. Học kỳ II: 17 tuần, kết thúc trước ngày 25/5/2026.'
      ),
    ]),
    section('V', 'V. Giải pháp thực hiện', 1, o, [
      paragraph('1. Tăng cường cơ sở vật chất, thiết bị dạy học.'),
      paragraph('2. Thực hiện công tác đội ngũ.'),
      paragraph('3. Thực hiện quy chế sinh hoạt chuyên môn.'),
      ...Array.from({ length: extra }, (_, i) => filler(`giải pháp bổ sung số ${i + 1}`)),
    ]),
    section('VI', 'VI. Tổ chức thực hiện', 1, o, [
      paragraph('1. Hiệu trưởng: chỉ đạo chung, ban hành kế hoạch.'),
      paragraph('2. Phó Hiệu trưởng: phụ trách chuyên môn.'),
      paragraph('3. Tổ trưởng chuyên môn: xây dựng kế hoạch của tổ.'),
      paragraph('4. Giáo viên: xây dựng kế hoạch giáo dục của giáo viên và kế hoạch bài dạy.'),
    ]),
    signatureSection(
      ['Nơi nhận:', '- Phòng Văn hóa - Xã hội;', '- Lưu VT.'],
      ['HIỆU TRƯỞNG', '(Ký tên, đóng dấu)', 'Trần Văn Bình']
    ),
  ]
}

/** Periods per subject and grade: two header rows with merged cells (rowSpan and colSpan). */
function distributionTable(): SpecTable {
  const grades = [6, 7, 8, 9]
  const top: SpecRow = row(
    [
      cell('TT', { rowSpan: 2 }),
      cell('Hoạt động giáo dục', { rowSpan: 2 }),
      ...grades.map((g) => cell(`Lớp ${g}`, { colSpan: 2 })),
    ],
    true
  )
  const sub: SpecRow = row(
    grades.flatMap(() => ['HK I', 'HK II']),
    true
  )
  const body = SUBJECTS.map((subject, i) =>
    row([String(i + 1), subject, ...grades.flatMap(() => splitYear(PERIODS[i]))])
  )
  return table([top, sub, ...body], { widths: [1, 5, 1, 1, 1, 1, 1, 1, 1, 1] })
}

function splitYear(periods: number): string[] {
  const first = Math.round((periods * 18) / 35)
  return [String(first), String(periods - first)]
}

/** Meeting minutes of a professional group: not a plan at all. */
export function minutesSections(o: ResolvedOptions): PlanSection[] {
  return [
    headerBlock([`TRƯỜNG ${o.school.toUpperCase()}`, `TỔ ${o.group.toUpperCase()}`], MOTTO),
    titleSection(['BIÊN BẢN', 'SINH HOẠT TỔ CHUYÊN MÔN']),
    section('I', 'I. Thời gian, địa điểm', 1, o, [
      paragraph('Vào lúc 14 giờ 00 ngày 10/9/2025, tại phòng họp tổ.'),
    ]),
    section('II', 'II. Thành phần', 1, o, [
      paragraph('Chủ tọa: Nguyễn Văn An, tổ trưởng. Thư ký: Lê Thị Hoa. Có mặt 6/6 thành viên.'),
    ]),
    section('III', 'III. Nội dung', 1, o, [
      paragraph(
        'Thảo luận kế hoạch dạy học của tổ năm học 2025 - 2026; phân công bồi dưỡng học sinh giỏi.'
      ),
    ]),
    section('IV', 'IV. Kết luận', 1, o, [paragraph('Cuộc họp kết thúc lúc 16 giờ 30 cùng ngày.')]),
    signatureSection(['THƯ KÝ', 'Lê Thị Hoa'], ['CHỦ TỌA', 'Nguyễn Văn An']),
  ]
}
