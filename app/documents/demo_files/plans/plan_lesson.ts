/*
|--------------------------------------------------------------------------
| Phụ lục IV lesson plan (spec §6) and a primary CV 2345 lesson plan (§6.5)
|--------------------------------------------------------------------------
|
| Section keys: header, title, I, I.1, I.2, I.3, II, III, III.HD<n>,
| III.HD<n>.a … III.HD<n>.d, III.HD2.<k> (extra knowledge sub-activities
| added to reach `pages`), IV, signature.
*/
import { paragraph, row, table, type SpecBlock } from '../doc_spec.js'
import { CHARS_PER_PAGE, type PlanSection, type ResolvedOptions } from './plan_options.js'
import { headerBlock, section, signatureSection } from './plan_parts.js'

const ACTIVITIES = [
  {
    name: 'Mở đầu (Xác định vấn đề)',
    goal: 'Học sinh xác định được vấn đề cần giải quyết của bài học.',
  },
  { name: 'Hình thành kiến thức mới', goal: 'Học sinh chiếm lĩnh kiến thức mới của bài học.' },
  { name: 'Luyện tập', goal: 'Học sinh vận dụng kiến thức vừa học để giải bài tập.' },
  { name: 'Vận dụng', goal: 'Học sinh vận dụng kiến thức vào tình huống thực tiễn.' },
]

const STEPS = [
  [
    'Bước 1: Giao nhiệm vụ học tập',
    'Giáo viên chiếu tình huống, phát phiếu học tập số 1 và nêu yêu cầu cho từng nhóm.',
  ],
  [
    'Bước 2: Thực hiện nhiệm vụ',
    'Học sinh làm việc theo nhóm bốn người; giáo viên theo dõi, hỗ trợ nhóm gặp khó khăn.',
  ],
  [
    'Bước 3: Báo cáo, thảo luận',
    'Đại diện hai nhóm trình bày kết quả; các nhóm khác nhận xét, bổ sung.',
  ],
  [
    'Bước 4: Kết luận, nhận định',
    'Giáo viên nhận xét, đánh giá sản phẩm học tập và chốt kiến thức trọng tâm.',
  ],
]

export function lessonPlanSections(
  o: ResolvedOptions,
  lessonTitle = o.lessonTitle ?? `Bài 5. Phân số với tử và mẫu là số nguyên`
): PlanSection[] {
  const sections = [
    headerBlock([`Trường: ${o.school}`, `Tổ: ${o.group}`], ['Họ và tên giáo viên:', o.teacher]),
    {
      key: 'title',
      blocks: [
        paragraph(`TÊN BÀI DẠY: ${lessonTitle}`, { bold: true, align: 'center' as const }),
        paragraph(`Môn học/Hoạt động giáo dục: ${o.subject}; lớp: ${o.grade}`, {
          align: 'center' as const,
        }),
        paragraph(`Thời gian thực hiện: ${String(o.lessonPeriods ?? 2).padStart(2, '0')} tiết`, {
          align: 'center' as const,
        }),
      ],
    },
    ...objectives(o),
    section('II', 'II. Thiết bị dạy học và học liệu', 1, o, [
      paragraph('1. Giáo viên: Máy chiếu, phiếu học tập số 1 và số 2, bảng phụ ghi bài tập.'),
      paragraph('2. Học sinh: Sách giáo khoa, vở ghi, bảng nhóm, bút dạ.'),
    ]),
    section('III', 'III. Tiến trình dạy học', 1, o),
    ...ACTIVITIES.slice(0, o.activities).flatMap((activity, i) =>
      activitySections(o, i + 1, activity.name, activity.goal)
    ),
    section('IV', 'IV. Điều chỉnh sau bài dạy', 1, o, [paragraph('Không có điều chỉnh.')]),
    signatureSection(
      ['DUYỆT CỦA TỔ TRƯỞNG CHUYÊN MÔN', '(Ký và ghi rõ họ tên)'],
      ['GIÁO VIÊN', '(Ký và ghi rõ họ tên)', o.teacher]
    ),
  ]
  return padWithSubActivities(sections, o)
}

function objectives(o: ResolvedOptions): PlanSection[] {
  return [
    section('I', 'I. Mục tiêu', 1, o),
    {
      key: 'I.1',
      blocks: [
        paragraph(
          '1. Về kiến thức: Học sinh nhận biết được phân số với tử và mẫu là số nguyên; nêu được hai phân số bằng nhau.'
        ),
      ],
    },
    {
      key: 'I.2',
      blocks: [
        paragraph(
          '2. Về năng lực: Năng lực chung: tự chủ và tự học, giao tiếp và hợp tác. Năng lực đặc thù: tư duy và lập luận toán học, giải quyết vấn đề toán học.'
        ),
        ...o.competenceLines.map((line) => paragraph(line)),
      ],
    },
    {
      key: 'I.3',
      blocks: [
        paragraph('3. Về phẩm chất: Chăm chỉ, trung thực, có trách nhiệm trong hoạt động nhóm.'),
      ],
    },
  ]
}

function activitySections(
  o: ResolvedOptions,
  n: number,
  name: string,
  goal: string,
  key = `III.HD${n}`,
  label = `${n}`
): PlanSection[] {
  return [
    section(key, `${n}. Hoạt động ${label}: ${name}`, 2, o),
    { key: `${key}.a`, blocks: [paragraph(`a) Mục tiêu: ${goal}${extra(o, key, 'a')}`)] },
    {
      key: `${key}.b`,
      blocks: [
        paragraph(
          'b) Nội dung: Học sinh đọc sách giáo khoa, thảo luận nhóm và hoàn thành phiếu học tập.'
        ),
      ],
    },
    {
      key: `${key}.c`,
      blocks: [paragraph('c) Sản phẩm: Phiếu học tập đã hoàn thành; câu trả lời của học sinh.')],
    },
    {
      key: `${key}.d`,
      blocks: [paragraph(`d) Tổ chức thực hiện:${extra(o, key, 'd')}`), ...organisation(o)],
    },
  ]
}

/** `activityLines` text for activity n's part (only the main activities `III.HD<n>`). */
function extra(o: ResolvedOptions, key: string, part: 'a' | 'd'): string {
  const n = /^III\.HD(\d+)$/.exec(key)?.[1]
  const text = n === undefined ? undefined : o.activityLines[Number(n)]?.[part]
  return text ? ` ${text}` : ''
}

function organisation(o: ResolvedOptions): SpecBlock[] {
  if (o.layout === 'headings') return STEPS.map(([step, text]) => paragraph(`${step}: ${text}`))
  return [
    table(
      [
        row(['HOẠT ĐỘNG CỦA GV VÀ HS', 'SẢN PHẨM DỰ KIẾN'], true),
        ...STEPS.map(([step, text]) =>
          row([[`${step}:`, text], 'Câu trả lời của học sinh trên phiếu học tập.'])
        ),
      ],
      { widths: [3, 2] }
    ),
  ]
}

/** Long plans: knowledge sub-activities 2.1, 2.2 … until the text fills `pages`. */
function padWithSubActivities(sections: PlanSection[], o: ResolvedOptions): PlanSection[] {
  if (!o.pages) return sections
  const afterIndex = sections.findIndex((s) => s.key === 'III.HD2.d')
  if (afterIndex < 0) return sections
  const added: PlanSection[] = []
  for (let k = 1; textLength([...sections, ...added]) < o.pages * CHARS_PER_PAGE; k++) {
    const name = `Hình thành kiến thức mới – nội dung ${k}`
    added.push(
      ...activitySections(
        o,
        2,
        name,
        `Học sinh nắm được nội dung ${k} của bài học.`,
        `III.HD2.${k}`,
        `2.${k}`
      )
    )
  }
  return [...sections.slice(0, afterIndex + 1), ...added, ...sections.slice(afterIndex + 1)]
}

export function textLength(sections: PlanSection[]): number {
  let total = 0
  for (const s of sections) for (const b of s.blocks) total += blockText(b).length
  return total
}

function blockText(block: SpecBlock): string {
  if (block.type === 'table')
    return block.rows.flatMap((r) => r.cells.flatMap((c) => c.lines)).join(' ')
  return block.type === 'pageBreak' ? '' : block.text
}

/** Primary-school lesson plan under CV 2345 Phụ lục 3: a different frame (wrong kind for PL IV). */
export function primaryLessonSections(o: ResolvedOptions): PlanSection[] {
  return [
    {
      key: 'title',
      blocks: [
        paragraph('KẾ HOẠCH BÀI DẠY', { bold: true, align: 'center' }),
        paragraph('Môn học/hoạt động giáo dục: Tiếng Việt; lớp: 3'),
        paragraph('Tên bài học: Ai có lỗi?; số tiết: 2'),
        paragraph('Thời gian thực hiện: ngày 12 tháng 10 năm 2025'),
      ],
    },
    section('1', '1. Yêu cầu cần đạt:', 2, o, [
      paragraph('Đọc đúng, rõ ràng toàn bài; hiểu nội dung câu chuyện.'),
    ]),
    section('2', '2. Đồ dùng dạy học:', 2, o, [paragraph('Tranh minh hoạ bài đọc, bảng phụ.')]),
    section('3', '3. Các hoạt động dạy học chủ yếu:', 2, o, [
      paragraph('Hoạt động Mở đầu: khởi động, kết nối.'),
      paragraph('Hoạt động Hình thành kiến thức mới: luyện đọc, tìm hiểu bài.'),
      paragraph('Hoạt động Luyện tập, thực hành.'),
      paragraph('Hoạt động Vận dụng, trải nghiệm (nếu có).'),
    ]),
    section('4', '4. Điều chỉnh sau bài dạy (nếu có).', 2, o, [paragraph('Không.')]),
  ]
}

const PRIMARY_LESSONS = [
  ['TIẾNG VIỆT', 'Đọc: Ngày hội ở trường em'],
  ['TOÁN', 'Ôn tập các số đến 1000'],
  ['TỰ NHIÊN VÀ XÃ HỘI', 'Gia đình em'],
]

/**
 * A primary-school file of many lessons (CV 2345 style): one section per
 * week, several subjects a week, every lesson with its own frame. `rows`
 * sets the number of weeks (wrong kind for every THCS/THPT plan).
 */
export function primaryWeeklySections(o: ResolvedOptions): PlanSection[] {
  const weeks = Math.max(2, Math.min(o.rows, 6))
  const sections: PlanSection[] = [
    {
      key: 'cover',
      blocks: [
        paragraph('KẾ HOẠCH BÀI DẠY LỚP 3', { bold: true, align: 'center' }),
        paragraph('Năm học 2025 - 2026', { align: 'center' }),
      ],
    },
  ]
  let number = 0
  for (let week = 1; week <= weeks; week++) {
    sections.push({
      key: `W${week}`,
      blocks: [
        paragraph(`TUẦN ${week}`, { bold: true, align: 'center' }),
        paragraph(`Thứ hai ngày ${week + 4} tháng 9 năm 2025`, { italic: true }),
      ],
    })
    for (const [subject, title] of PRIMARY_LESSONS) {
      number++
      sections.push({
        key: `W${week}.L${number}`,
        blocks: [
          paragraph(subject, { bold: true, align: 'center' }),
          paragraph(`BÀI ${number}: ${title.toUpperCase()}`, { bold: true, align: 'center' }),
          paragraph('I. YÊU CẦU CẦN ĐẠT', { bold: true }),
          paragraph('Học sinh đọc đúng, rõ ràng; nêu được nội dung chính của bài.'),
          paragraph('II. ĐỒ DÙNG DẠY HỌC', { bold: true }),
          paragraph('Tranh minh hoạ, bảng phụ, phiếu bài tập.'),
          paragraph('III. CÁC HOẠT ĐỘNG DẠY HỌC CHỦ YẾU', { bold: true }),
          paragraph('1. Hoạt động mở đầu: Khởi động, kết nối.'),
          paragraph('2. Hoạt động hình thành kiến thức mới: Khám phá.'),
          paragraph('3. Hoạt động luyện tập, thực hành.'),
          paragraph('4. Hoạt động vận dụng, trải nghiệm.'),
          paragraph('IV. ĐIỀU CHỈNH SAU BÀI DẠY', { bold: true }),
          paragraph('Không có.'),
        ],
      })
    }
  }
  return sections
}
