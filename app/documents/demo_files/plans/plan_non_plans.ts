/*
|--------------------------------------------------------------------------
| Documents that are not plans at all, uploaded in place of one
|--------------------------------------------------------------------------
|
| Shapes met among real uploads (text made up): a subject curriculum with
| its objectives and many topics, a research article about competences,
| and a table of references. Each must be refused with one clear reason,
| not forty missing sections.
*/
import { paragraph, row, table } from '../doc_spec.js'
import type { PlanSection, ResolvedOptions } from './plan_options.js'
import { section } from './plan_parts.js'

/** A subject curriculum: objectives, competences, then topics `CHỦ ĐỀ n:` each with its own `Mục tiêu`. */
export function curriculumSections(o: ResolvedOptions): PlanSection[] {
  const topics = ['Số tự nhiên', 'Phân số', 'Hình học trực quan', 'Thống kê và xác suất']
  return [
    {
      key: 'title',
      blocks: [
        paragraph('BỘ GIÁO DỤC VÀ ĐÀO TẠO', { bold: true }),
        paragraph('CHƯƠNG TRÌNH GIÁO DỤC PHỔ THÔNG', { bold: true, align: 'center' }),
        paragraph('MÔN TOÁN', { bold: true, align: 'center' }),
        paragraph('(Ban hành kèm theo Thông tư số 01/2020 của Bộ trưởng)', {
          italic: true,
          align: 'center',
        }),
      ],
    },
    section('I', 'I. ĐẶC ĐIỂM MÔN HỌC', 1, o, [
      paragraph(
        'Môn học giúp học sinh hình thành năng lực tư duy và lập luận; vận dụng kiến thức vào thực tiễn.'
      ),
    ]),
    section('II', 'II. QUAN ĐIỂM XÂY DỰNG CHƯƠNG TRÌNH', 1, o, [
      paragraph('Chương trình bảo đảm tính tinh giản, thiết thực, hiện đại.'),
    ]),
    section('III', 'III. MỤC TIÊU CHƯƠNG TRÌNH', 1, o, [
      paragraph(
        'Về năng lực: hình thành năng lực giải quyết vấn đề. Về phẩm chất: chăm chỉ, trung thực.'
      ),
    ]),
    ...topics.flatMap((topic, i) => [
      section(`T${i + 1}`, `CHỦ ĐỀ ${i + 1}: ${topic.toUpperCase()}`, 2, o),
      {
        key: `T${i + 1}.goal`,
        blocks: [
          paragraph('Mục tiêu', { bold: true }),
          paragraph(`Nhận biết và vận dụng được kiến thức về ${topic.toLowerCase()}.`),
        ],
      },
    ]),
    section('VI', 'VI. PHƯƠNG PHÁP GIÁO DỤC', 1, o, [
      paragraph('Tổ chức cho học sinh hoạt động, trải nghiệm, tạo ra sản phẩm học tập.'),
    ]),
    section('VII', 'VII. ĐÁNH GIÁ KẾT QUẢ GIÁO DỤC', 1, o, [
      paragraph('Kết hợp đánh giá thường xuyên và đánh giá định kì.'),
    ]),
  ]
}

/** A research article on competences: abstract, keywords, sections, references. */
export function articleSections(o: ResolvedOptions): PlanSection[] {
  return [
    {
      key: 'title',
      blocks: [
        paragraph('NĂNG LỰC MÔ HÌNH HOÁ TOÁN HỌC CỦA HỌC SINH TRUNG HỌC CƠ SỞ', {
          bold: true,
          align: 'center',
        }),
        paragraph('NGUYỄN VĂN BÌNH – Trường Đại học Sư phạm', { align: 'center' }),
        paragraph('(Nhận bài ngày 05/3/2024; duyệt đăng ngày 20/4/2024)', { italic: true }),
      ],
    },
    {
      key: 'abstract',
      blocks: [
        paragraph(
          'TÓM TẮT: Bài viết phân tích các thành tố của năng lực mô hình hoá và đề xuất cách đánh giá.'
        ),
        paragraph('Từ khóa: năng lực, mô hình hoá, đánh giá.'),
      ],
    },
    section('1', '1. Mở đầu', 1, o, [
      paragraph('Về năng lực, chương trình mới nhấn mạnh việc vận dụng toán học vào thực tiễn.'),
    ]),
    section('2', '2. Mục tiêu nghiên cứu', 1, o, [
      paragraph('Xác định các biểu hiện của năng lực mô hình hoá.'),
    ]),
    section('3', '3. Kết quả nghiên cứu', 1, o, [
      paragraph('Học sinh gặp khó khăn khi chuyển bài toán thực tế sang mô hình toán học.'),
    ]),
    section('4', '4. Kết luận', 1, o, [paragraph('Cần tăng cường các nhiệm vụ mở trong dạy học.')]),
    {
      key: 'references',
      blocks: [
        paragraph('TÀI LIỆU THAM KHẢO', { bold: true }),
        paragraph('[1] Trần Văn A (2019). Dạy học toán theo định hướng năng lực. NXB Giáo dục.'),
      ],
    },
  ]
}

/** A table of references grouped by theme (a working note, not a plan). */
export function sourceMapSections(o: ResolvedOptions): PlanSection[] {
  const references = [
    [
      '1',
      'Trần Văn A – 2019',
      'Dạy học số học ở tiểu học',
      'Sản phẩm của học sinh khi học phép cộng',
    ],
  ]
  return [
    {
      key: 'title',
      blocks: [paragraph('BẢN ĐỒ NGUỒN THAM KHẢO', { bold: true, align: 'center' })],
    },
    section('1', '1.1. Bảng tổng hợp nguồn theo nhóm', 2, o, [
      table([
        row(['STT', 'Tác giả - Năm', 'Tên tài liệu', 'Ghi chú'], true),
        ...references.map((r) => row(r)),
        row(['2', 'Lê Thị B – 2021', 'Phát triển tư duy số', 'Nghiên cứu định tính']),
      ]),
    ]),
    section('2', '1.2. Nhận xét chung', 2, o, [
      paragraph('Các nguồn tập trung vào cách học sinh hiểu giá trị vị trí của chữ số.'),
    ]),
  ]
}

/** A mail-merge template of a lesson plan, never filled: the values are `{fieldName}` markers. */
export function mergeTemplateSections(o: ResolvedOptions): PlanSection[] {
  return [
    {
      key: 'title',
      blocks: [
        paragraph('{#plans}'),
        paragraph('TUẦN {weekNumber} KẾ HOẠCH BÀI DẠY', { bold: true, align: 'center' }),
        paragraph('BÀI. {lessonTitle}', { bold: true }),
        paragraph('Lớp: {className}; Số tiết: {periods}'),
        paragraph('Ngày soạn: {prepareDate} Ngày dạy: {teachDate}'),
      ],
    },
    section('I', 'I. YÊU CẦU CẦN ĐẠT', 1, o, [paragraph('{#objectives}{text}{/objectives}')]),
    section('II', 'II. ĐỒ DÙNG DẠY HỌC', 1, o, [
      paragraph('Giáo viên: {teacherMaterials}'),
      paragraph('Học sinh: {studentMaterials}'),
    ]),
    section('III', 'III. CÁC HOẠT ĐỘNG DẠY HỌC CHỦ YẾU', 1, o, [
      table([
        row(['Hoạt động của GV', 'Hoạt động của HS'], true),
        row(['{teacherActivity}', '{studentActivity}']),
      ]),
    ]),
    section('IV', 'IV. ĐIỀU CHỈNH SAU BÀI DẠY', 1, o, [paragraph('{adjustment}')]),
  ]
}

/** A short note (a few lines) uploaded by mistake. */
export function noteSections(): PlanSection[] {
  return [
    { key: 'note', blocks: [paragraph('Thêm tác vụ cho phụ huynh: gửi thông báo lịch họp lớp.')] },
  ]
}

/** The CV 5512 Phụ lục IV frame as published, never filled: blanks and the frame's instructions. */
export function blankFrameSections(o: ResolvedOptions): PlanSection[] {
  const part = (text: string) => paragraph(text)
  return [
    {
      key: 'header',
      blocks: [
        paragraph('Trường: …………………'),
        paragraph('Tổ: …………………'),
        paragraph('Họ và tên giáo viên: …………………'),
      ],
    },
    {
      key: 'title',
      blocks: [
        paragraph('TÊN BÀI DẠY: …………………', { bold: true, align: 'center' }),
        paragraph('Môn học/Hoạt động giáo dục: ……; lớp: ……'),
        paragraph('Thời gian thực hiện: (số tiết)'),
      ],
    },
    section('I', 'I. Mục tiêu', 1, o, [
      part(
        '1. Về kiến thức: Nêu cụ thể nội dung kiến thức học sinh cần học trong bài theo yêu cầu cần đạt.'
      ),
      part(
        '2. Về năng lực: Nêu cụ thể yêu cầu học sinh làm được gì (biểu hiện cụ thể của năng lực chung và năng lực đặc thù).'
      ),
      part(
        '3. Về phẩm chất: Nêu cụ thể yêu cầu về hành vi, thái độ (biểu hiện cụ thể của phẩm chất).'
      ),
    ]),
    section('II', 'II. Thiết bị dạy học và học liệu', 1, o, [
      part('Nêu cụ thể các thiết bị dạy học và học liệu được sử dụng trong bài dạy.'),
    ]),
    section('III', 'III. Tiến trình dạy học', 1, o, [
      paragraph('1. Hoạt động 1: Xác định vấn đề/Nhiệm vụ học tập/Mở đầu'),
      part(
        'a) Mục tiêu: Nêu mục tiêu giúp học sinh xác định được vấn đề/nhiệm vụ cụ thể cần giải quyết.'
      ),
      part('b) Nội dung: Nêu rõ nội dung yêu cầu/nhiệm vụ cụ thể mà học sinh phải thực hiện.'),
      part(
        'c) Sản phẩm: Trình bày cụ thể yêu cầu về nội dung và hình thức của sản phẩm hoạt động.'
      ),
      part('d) Tổ chức thực hiện: Trình bày cụ thể các bước tổ chức hoạt động học cho học sinh.'),
    ]),
  ]
}
