/*
|--------------------------------------------------------------------------
| Teacher styles: correct lesson plans written the way real plans are
|--------------------------------------------------------------------------
|
| Each style rewrites the sections of a correct PL IV (plan_lesson.ts) into
| a layout that once gave false findings on real teachers' files. The text
| is made up; only the shape is taken from what real plans do.
*/
import {
  cell,
  heading,
  paragraph,
  row,
  table,
  type SpecBlock,
  type SpecParagraph,
} from '../doc_spec.js'
import type { PlanSection, ResolvedOptions, TeacherStyle } from './plan_options.js'

type Sections = PlanSection[]

export const TITLE_FORMS: Record<NonNullable<TeacherStyle['title']>, string> = {
  section: '§3. HAI ĐƯỜNG THẲNG SONG SONG',
  unnumbered: 'BÀI: PHÉP CỘNG PHÂN SỐ',
  periods: 'Tiết 15 – 16. BÀI 4: LŨY THỪA (2 TIẾT)',
  review: 'ÔN TẬP CHƯƠNG II',
  practice: 'LUYỆN TẬP CHUNG',
  topic: 'CHỦ ĐỀ 3: PHÂN SỐ VÀ SỐ THẬP PHÂN',
  cell: 'BÀI 5: PHÂN SỐ VỚI TỬ VÀ MẪU LÀ SỐ NGUYÊN',
  endOfChapter: 'BÀI TẬP CUỐI CHƯƠNG II',
  periodList: 'Tiết 1,2,3,4 BÀI MỞ ĐẦU',
  planColon: 'KẾ HOẠCH BÀI DẠY: PHÂN SỐ BẰNG NHAU',
  periodRange: 'TIẾT 1 – 2 - 3: BÀI 1: PHÂN SỐ BẰNG NHAU',
  weekPeriod: 'TUẦN 1- TIẾT 1: PHÂN SỐ BẰNG NHAU',
}

const LETTERED = ['A. KHỞI ĐỘNG', 'B. HÌNH THÀNH KIẾN THỨC', 'C. LUYỆN TẬP', 'D. VẬN DỤNG']
const MERGED_ROW_NAMES = ['MỞ ĐẦU', 'HÌNH THÀNH KIẾN THỨC MỚI', 'LUYỆN TẬP', 'VẬN DỤNG']

export function applyStyle(sections: Sections, style: TeacherStyle, o: ResolvedOptions): Sections {
  let out = sections
  if (style.header)
    out = mapSection(out, 'title', (s) => ({ ...s, blocks: headerLines(s.blocks, style.header!) }))
  if (style.title) out = retitle(out, TITLE_FORMS[style.title], style.title === 'cell')
  if (style.partNames) out = renameParts(out)
  if (style.partBullets) out = bulletParts(out)
  if (style.objectives === 'competenceQualities') out = competenceAndQualities(out)
  if (style.objectives && style.objectives !== 'competenceQualities')
    out = combinedObjectives(out, style.objectives)
  if (style.english) out = inEnglish(out, o)
  if (style.equipmentLine) out = equipmentAsPlainLine(out, style.equipmentLine, style.english)
  if (style.unitParts) out = unitWithParts(out)
  if (style.letteredSections) out = letteredSections(out, o)
  if (style.sectionNames === 'schoolTemplate')
    out = renamedSections(out, SCHOOL_TEMPLATE_SECTIONS, o)
  if (style.boardHeadings) out = addBoardHeadings(out)
  if (style.blanksByDesign) out = addBlanksByDesign(out)
  if (style.activities === 'lettered')
    out = out.map((s) =>
      /^III\.HD\d$/.test(s.key)
        ? { ...s, blocks: [heading(LETTERED[Number(s.key.at(-1)) - 1], 2, o.headingMarkup)] }
        : s
    )
  if (style.activities === 'mergedRows') out = activitiesInOneTable(out)
  if (style.activities === 'paragraphs') out = activitiesAsParagraphs(out)
  if (style.activities === 'phasesWithTasks') out = phasesWithTasks(out, o)
  if (style.english && style.englishNames === 'skillsAttitude') out = olderEnglishNames(out, o)
  if (style.headingNumbers === 'withoutDots') out = numbersWithoutDots(out)
  if (style.flattened) out = flattened(out)
  return out
}

/** `2. Skills`, `3. Attitude`, `II. TEACHER AND STUDENTS’ PREPARATIONS`: names many Tiếng Anh plans keep. */
function olderEnglishNames(sections: Sections, o: ResolvedOptions): Sections {
  const renamed: Record<string, SpecBlock[]> = {
    'I.2': [
      paragraph('2. Skills: listening for specific information; talking about hobbies in pairs.'),
    ],
    'I.3': [paragraph('3. Attitude: kindness and responsibility in group work.')],
    'II': [
      heading('II. TEACHER AND STUDENTS’ PREPARATIONS', 1, o.headingMarkup),
      paragraph('1. Teacher: textbook, projector, pictures, handouts.'),
      paragraph('2. Students: textbook, notebooks.'),
    ],
  }
  return sections.map((s) => (renamed[s.key] ? { ...s, blocks: renamed[s.key] } : s))
}

/** `I MỤC TIÊU` (capitals, no dot) and `1 Về kiến thức` on its own line above its content. */
function numbersWithoutDots(sections: Sections): Sections {
  return sections.map((s) => {
    if (/^(I|II|III)$/.test(s.key))
      return {
        ...s,
        blocks: s.blocks.map((b) =>
          b.type === 'heading'
            ? { ...b, text: b.text.replace(/^([IVX]+)\.\s*/, '$1 ').toLocaleUpperCase('vi') }
            : b
        ),
      }
    if (!/^I\.[123]$/.test(s.key)) return s
    return {
      ...s,
      blocks: s.blocks.flatMap((b) => {
        const parts = b.type === 'paragraph' ? /^(\d)\.\s*([^:]+):\s*(.*)$/.exec(b.text) : null
        return parts ? [paragraph(`${parts[1]} ${parts[2]}`), paragraph(parts[3])] : [b]
      }),
    }
  })
}

/** Three paragraphs: title and I., then II., then III. with every activity; no header table. */
function flattened(sections: Sections): Sections {
  const groups: string[][] = [[], [], []]
  for (const s of sections) {
    const group =
      s.key.startsWith('III') || groups[2].length > 0 ? 2 : s.key.startsWith('II') ? 1 : 0
    for (const block of s.blocks) {
      const text = textOf(block)
      if (text) groups[group].push(text)
    }
  }
  return [
    { key: 'flat', blocks: groups.filter((g) => g.length > 0).map((g) => paragraph(g.join(' '))) },
  ]
}

function mapSection(
  sections: Sections,
  key: string,
  fn: (s: PlanSection) => PlanSection
): Sections {
  return sections.map((s) => (s.key === key ? fn(s) : s))
}

function textOf(block: SpecBlock): string {
  return block.type === 'paragraph' || block.type === 'heading' ? block.text : ''
}

/** Title lines: keep the lesson title; drop or replace "Môn học…; lớp…" and "Thời gian thực hiện". */
function headerLines(
  blocks: SpecBlock[],
  header: NonNullable<TeacherStyle['header']>
): SpecBlock[] {
  const [title] = blocks
  if (header === 'none') return [title]
  if (header === 'oneLine') {
    return [
      paragraph('KẾ HOẠCH BÀI DẠY BÀI PHÂN SỐ (2 TIẾT)', { bold: true, align: 'center' }),
      paragraph(
        'Môn: Toán 6 Tên bài học: Phân số với tử và mẫu là số nguyên Thời gian thực hiện: 2 tiết'
      ),
    ]
  }
  const centered = { align: 'center' as const }
  return [
    paragraph('Tuần 12 – Tiết 23', centered),
    title,
    paragraph('Tiết theo KHDH: 5', centered),
    paragraph('Dạy lớp: 6A', centered),
  ]
}

/** Replace `TÊN BÀI DẠY: …` with the title as given (bold, centred), or put it in a table cell. */
export function retitle(sections: Sections, title: string, inCell = false): Sections {
  return mapSection(sections, 'title', (s) => {
    const rest = s.blocks.filter((b) => !textOf(b).startsWith('TÊN BÀI DẠY'))
    const titleBlock: SpecBlock = inCell
      ? table([row([cell('Tiết 23', { bold: true }), cell(title, { bold: true })])], {
          widths: [1, 4],
        })
      : paragraph(title, { bold: true, align: 'center' })
    return { ...s, blocks: [titleBlock, ...rest] }
  })
}

const PART_SYNONYMS: Array<[RegExp, (n: number) => string]> = [
  [/^a\) Mục tiêu/, () => 'a) Mục đích'],
  [/^b\) Nội dung/, () => 'b) Nội dung hoạt động'],
  [/^c\) Sản phẩm/, () => 'c) Sản phẩm học tập'],
  [
    /^d\) Tổ chức thực hiện/,
    (n) => (n % 2 === 1 ? 'd) Tổ chức hoạt động' : 'd) Cách thức tổ chức'),
  ],
]

function renameParts(sections: Sections): Sections {
  return sections.map((s) => {
    const activity = /^III\.HD(\d)\.[a-d]$/.exec(s.key)
    if (!activity) return s
    const rename = (b: SpecBlock): SpecBlock => {
      if (b.type !== 'paragraph') return b
      const synonym = PART_SYNONYMS.find(([pattern]) => pattern.test(b.text))
      return synonym
        ? { ...b, text: b.text.replace(synonym[0], synonym[1](Number(activity[1]))) }
        : b
    }
    return { ...s, blocks: s.blocks.map(rename) }
  })
}

/** Knowledge written on the board inside Hoạt động 2: `I. …`, `II. …` are content, not plan sections. */
function addBoardHeadings(sections: Sections): Sections {
  return mapSection(sections, 'III.HD2.d', (s) => ({
    ...s,
    blocks: [
      ...s.blocks,
      paragraph('I. PHÂN SỐ BẰNG NHAU', { bold: true }),
      paragraph('Hai phân số a/b và c/d bằng nhau nếu a.d = b.c.'),
      table([
        row(['Hoạt động của GV và HS', 'Nội dung ghi bảng'], true),
        row([
          ['GV ghi bảng, HS chép bài.'],
          ['II. Tính chất cơ bản của phân số', 'Nhân cả tử và mẫu với cùng một số khác 0.'],
        ]),
      ]),
      paragraph('III. RÚT GỌN PHÂN SỐ', { bold: true }),
      paragraph('Chia cả tử và mẫu cho một ước chung khác 1 của chúng.'),
    ],
  }))
}

const DOTS = '…………………………………………………………………………'

/** Blanks meant to stay blank: dates, exercise blanks, repeating decimals, notes after teaching, student worksheets. */
function addBlanksByDesign(sections: Sections): Sections {
  const worksheet = (title: string, lines: string[]): SpecBlock[] => [
    paragraph(title, { bold: true, align: 'center' }),
    ...lines.map((text) => paragraph(text)),
  ]
  let out = mapSection(sections, 'title', (s) => ({
    ...s,
    blocks: [paragraph('Ngày soạn: …/…/…'), paragraph('Ngày dạy: ..../..../2025'), ...s.blocks],
  }))
  out = mapSection(out, 'III.HD2.d', (s) => ({
    ...s,
    blocks: [
      ...s.blocks,
      ...worksheet('PHIẾU HỌC TẬP SỐ 1', ['Nhóm: ……………', 'Điền vào chỗ trống: 1/2 = …/4 = 3/……']),
    ],
  }))
  out = mapSection(out, 'III.HD3.b', (s) => ({
    ...s,
    blocks: [
      ...s.blocks,
      paragraph('Bài 1. Viết 1/6 dưới dạng số thập phân: 1/6 = 0,1666…'),
      paragraph('Bài 2. Điền số thích hợp vào chỗ chấm: 2/3 = …/9 = 8/……'),
    ],
  }))
  out = mapSection(out, 'IV', (s) => ({
    ...s,
    blocks: [s.blocks[0], paragraph(DOTS), paragraph(DOTS)],
  }))
  const appendix: PlanSection = {
    key: 'appendix',
    blocks: [
      paragraph('PHỤ LỤC', { bold: true, align: 'center' }),
      ...worksheet('PHIẾU HỌC TẬP SỐ 2', [
        'Họ và tên: ………………………… Lớp: ………',
        'Câu 1. Viết ba phân số bằng 2/3: ……………………',
        DOTS,
        DOTS,
      ]),
      ...worksheet('PHIẾU TỰ ĐÁNH GIÁ', ['Họ và tên: …………………………']),
      table([
        row(['Tiêu chí', 'Đạt', 'Chưa đạt'], true),
        row(['Em nhận biết được hai phân số bằng nhau', '', '']),
        row(['Em rút gọn được phân số', '', '']),
      ]),
      paragraph('Nhận xét của giáo viên: ……………………………………'),
    ],
  }
  return [...out, appendix]
}

/** Hoạt động 1–4 in one two-column table, each opened by a merged row `HOẠT ĐỘNG n: …`. */
function activitiesInOneTable(sections: Sections): Sections {
  const parts = sections.filter((s) => /^III\.HD\d\.[a-d]$/.test(s.key))
  if (parts.length === 0) return sections
  const rows = [row(['HOẠT ĐỘNG CỦA GV VÀ HS', 'NỘI DUNG'], true)]
  for (let n = 1; n <= 4; n++) {
    const own = parts.filter((s) => s.key.startsWith(`III.HD${n}.`))
    if (own.length === 0) continue
    rows.push({
      cells: [cell(`HOẠT ĐỘNG ${n}: ${MERGED_ROW_NAMES[n - 1]}`, { colSpan: 2, bold: true })],
    })
    rows.push(row([own.flatMap((s) => s.blocks.flatMap(linesOf)), ['Câu trả lời của học sinh.']]))
  }
  const first = sections.findIndex((s) => /^III\.HD/.test(s.key))
  const rest = sections.filter((s) => !/^III\.HD/.test(s.key))
  return [
    ...rest.slice(0, first),
    { key: 'III.HD', blocks: [table(rows, { widths: [3, 2] })] },
    ...rest.slice(first),
  ]
}

const PERIODS = ['Tiết 1: Khái niệm phân số', 'Tiết 2: Luyện tập và vận dụng']
const PARAGRAPH_ACTIVITIES = [
  [0, '1. Hoạt động 1: Mở đầu - Khơi gợi vấn đề (5 phút)'],
  [0, '2. Hoạt động 2: Hình thành kiến thức mới (30 phút)'],
  [1, '1. Hoạt động 1: Luyện tập (25 phút)'],
  [1, '2. Hoạt động 2: Vận dụng (15 phút)'],
] as const

/**
 * Each activity one long paragraph with its parts after `*` bullets
 * (`Tổ chức` for d), no `Nội dung`), numbering restarting in each period.
 */
function activitiesAsParagraphs(sections: Sections): Sections {
  const first = sections.findIndex((s) => /^III\.HD/.test(s.key))
  if (first < 0) return sections
  const blocks: SpecBlock[] = []
  PARAGRAPH_ACTIVITIES.forEach(([period, title], i) => {
    if (i === 0 || PARAGRAPH_ACTIVITIES[i - 1][0] !== period)
      blocks.push(paragraph(PERIODS[period], { bold: true }))
    blocks.push(
      paragraph(
        `${title} * Mục tiêu: Học sinh nêu được vấn đề và vận dụng kiến thức của bài. * Tổ chức: Bước 1: Giao nhiệm vụ – GV chiếu câu hỏi. Bước 2: Thực hiện nhiệm vụ – HS thảo luận cặp đôi. Bước 3: Báo cáo, thảo luận – đại diện trình bày. Bước 4: Kết luận, nhận định – GV chốt. * Sản phẩm: Câu trả lời của học sinh.`
      )
    )
  })
  const rest = sections.filter((s) => !/^III\.HD/.test(s.key))
  return [...rest.slice(0, first), { key: 'III.HD', blocks }, ...rest.slice(first)]
}

const PHASES_WITH_TASKS: Array<[string, string[]]> = [
  ['1. HOẠT ĐỘNG KHỞI ĐỘNG', []],
  ['2. HOẠT ĐỘNG HÌNH THÀNH KIẾN THỨC', ['Thiết bị vào – ra', 'An toàn khi dùng thiết bị']],
  ['3. HOẠT ĐỘNG LUYỆN TẬP', []],
  ['4. HOẠT ĐỘNG VẬN DỤNG', []],
]

/** Phase headings with no number of their own; knowledge tasks numbered 1, 2 inside phase 2; steps in a three-column table. */
function phasesWithTasks(sections: Sections, o: ResolvedOptions): Sections {
  const first = sections.findIndex((s) => /^III\.HD/.test(s.key))
  if (first < 0) return sections
  const task = (name: string, repeat?: string): SpecBlock[] => [
    paragraph('a. Mục tiêu: Học sinh nhận biết và sử dụng đúng kiến thức của phần này.'),
    paragraph('b. Nội dung: Học sinh đọc sách giáo khoa, trả lời câu hỏi của giáo viên.'),
    paragraph('c. Sản phẩm học tập: Câu trả lời của học sinh.'),
    paragraph('d. Tổ chức hoạt động:'),
    table(
      [
        row(['HOẠT ĐỘNG CỦA GV - HS', 'DỰ KIẾN SẢN PHẨM', 'NLS'], true),
        row([
          [
            ...(repeat ? [repeat] : []),
            'Bước 1: GV chuyển giao nhiệm vụ học tập',
            'Bước 2: HS thực hiện nhiệm vụ học tập',
            'Bước 3: Báo cáo kết quả hoạt động và thảo luận',
            'Bước 4: Đánh giá kết quả, thực hiện nhiệm vụ học tập',
          ],
          [`Kết quả: ${name.toLowerCase()}.`],
          ['Khai thác thông tin số'],
        ]),
        // A second step group of the same task, numbered on inside the table.
        ...(repeat
          ? [
              row([
                [
                  'Hoạt động 2. Tìm hiểu thêm các ví dụ',
                  'Bước 1: GV chuyển giao nhiệm vụ',
                  'Bước 2: HS thực hiện',
                  'Bước 3: Báo cáo',
                  'Bước 4: Kết luận',
                ],
                ['Ví dụ của học sinh.'],
                [''],
              ]),
            ]
          : []),
      ],
      { widths: [3, 2, 1] }
    ),
  ]
  // The digital-competence summary after the activities: one row per activity, nothing written out.
  const summary = table([
    row(['STT', 'Hoạt động', 'Năng lực số'], true),
    row(['1', 'Hoạt động 1: Khởi động', 'Khai thác dữ liệu']),
    row(['2', 'Hoạt động 2: Hình thành kiến thức', 'Giao tiếp qua môi trường số']),
  ])
  const blocks: SpecBlock[] = PHASES_WITH_TASKS.flatMap(([phase, tasks]) => [
    heading(phase, 2, o.headingMarkup),
    ...(tasks.length === 0
      ? task(phase)
      : tasks.flatMap((name, i) => [
          paragraph(`Hoạt động ${i + 1}: ${name}`, { bold: true }),
          ...task(name, `Hoạt động ${i + 1}. Tìm hiểu ${name.toLowerCase()}`),
        ])),
  ])
  const rest = sections.filter((s) => !/^III\.HD/.test(s.key))
  return [
    ...rest.slice(0, first),
    { key: 'III.HD', blocks: [...blocks, summary] },
    ...rest.slice(first),
  ]
}

function linesOf(block: SpecBlock): string[] {
  if (block.type === 'table') return block.rows.flatMap((r) => r.cells[0]?.lines ?? [])
  return block.type === 'pageBreak' ? [] : [(block as SpecParagraph).text]
}

const BULLETS = ['* ', '- ', '+ ']

/** Part labels after a typed list marker: `* Mục tiêu: …`, `- Nội dung: …`, `+ Sản phẩm: …` (the letters dropped). */
function bulletParts(sections: Sections): Sections {
  return sections.map((s) => {
    const part = /^III\.HD(\d)\.([a-d])$/.exec(s.key)
    if (!part) return s
    const bullet = BULLETS[(Number(part[1]) + part[2].charCodeAt(0)) % BULLETS.length]
    const [first, ...rest] = s.blocks
    if (first.type !== 'paragraph') return s
    return {
      ...s,
      blocks: [{ ...first, text: bullet + first.text.replace(/^[a-d]\)\s*/, '') }, ...rest],
    }
  })
}

/** I. Mục tiêu with only `1. Về năng lực` (knowledge folded in) and `2. Về phẩm chất`, as Ngữ văn and Vật lí samples write it. */
function competenceAndQualities(sections: Sections): Sections {
  return sections
    .filter((s) => s.key !== 'I.1')
    .map((s) =>
      s.key === 'I.2' || s.key === 'I.3'
        ? {
            ...s,
            blocks: s.blocks.map((b) =>
              b.type === 'paragraph'
                ? { ...b, text: b.text.replace(/^(\d)\./, (_, n) => `${Number(n) - 1}.`) }
                : b
            ),
          }
        : s
    )
}

const COMPETENCE = 'tự chủ và tự học, giao tiếp và hợp tác; tư duy và lập luận toán học.'
const QUALITIES = 'chăm chỉ, trung thực, có trách nhiệm trong hoạt động nhóm.'

/** Objectives under combined headings (`2. Năng lực, phẩm chất:`) or in a table with a `Năng lực – phẩm chất` row. */
function combinedObjectives(
  sections: Sections,
  form: 'combined' | 'combinedAbout' | 'combinedRow'
): Sections {
  const blocks: Record<typeof form, SpecBlock[]> = {
    combined: [
      paragraph(
        '1. Kiến thức, kĩ năng: Học sinh nhận biết được phân số với tử và mẫu là số nguyên.'
      ),
      paragraph('2. Năng lực, phẩm chất:'),
      paragraph(`- Năng lực: ${COMPETENCE}`),
      paragraph(`- Phẩm chất: ${QUALITIES}`),
    ],
    combinedAbout: [
      paragraph('1. Về kiến thức: Học sinh nhận biết được phân số với tử và mẫu là số nguyên.'),
      paragraph('2. Về năng lực và phẩm chất', { bold: true }),
      paragraph(`* Năng lực chung: ${COMPETENCE}`),
      paragraph(`* Phẩm chất: ${QUALITIES}`),
    ],
    combinedRow: [
      table([
        row(['Kiến thức', 'Học sinh nhận biết được phân số với tử và mẫu là số nguyên.']),
        row(['Năng lực – phẩm chất', `Năng lực ${COMPETENCE} Phẩm chất ${QUALITIES}`]),
      ]),
    ],
  }
  return sections
    .filter((s) => s.key !== 'I.2' && s.key !== 'I.3')
    .map((s) => (s.key === 'I.1' ? { ...s, blocks: blocks[form] } : s))
}

/** II. as a plain line, neither numbered nor bold: `Đồ dùng dạy học: …`, `Thiết bị dạy học và học liệu`, `Teaching aids: …`. */
function equipmentAsPlainLine(
  sections: Sections,
  form: NonNullable<TeacherStyle['equipmentLine']>,
  english?: boolean
): Sections {
  const lines =
    form === 'alone'
      ? [
          'Thiết bị dạy học và học liệu',
          'Giáo viên: máy chiếu, phiếu học tập.',
          'Học sinh: sách giáo khoa.',
        ]
      : [
          english
            ? 'Teaching aids: handouts, textbook, projector.'
            : 'Đồ dùng dạy học: máy chiếu, phiếu học tập, sách giáo khoa.',
        ]
  return mapSection(sections, 'II', (s) => ({ ...s, blocks: lines.map((text) => paragraph(text)) }))
}

const ENGLISH_STAGES = ['Warm up', 'Presentation', 'Practice', 'Production']

/** A Tiếng Anh plan written in English: I. OBJECTIVES … III. PROCEDURES, `1. Warm up (5 mins)`, `a. Aims` … `d. Organization`. */
function inEnglish(sections: Sections, o: ResolvedOptions): Sections {
  const english: Record<string, SpecBlock[]> = {
    'title': [
      paragraph('UNIT 1: LEISURE TIME', { bold: true, align: 'center' }),
      paragraph('Lesson 1: Getting started', { bold: true, align: 'center' }),
      paragraph('WEEK: 01 PERIOD: 01', { align: 'center' }),
    ],
    'I': [
      heading('I. OBJECTIVES', 1, o.headingMarkup),
      paragraph('By the end of this lesson, students will be able to talk about their hobbies.'),
    ],
    'I.1': [
      paragraph(
        '1. Knowledge: words and phrases about leisure activities; the present simple for likes and dislikes.'
      ),
    ],
    'I.2': [
      paragraph(
        '2. Competences: communication and collaboration in pairs; listening for specific information.'
      ),
    ],
    'I.3': [paragraph('3. Personal qualities: kindness and responsibility in group work.')],
    'II': [
      heading('II. MATERIALS', 1, o.headingMarkup),
      paragraph('Grade 8 textbook, Unit 1, Getting started; projector, pictures, handouts.'),
    ],
    'III': [heading('III. PROCEDURES', 1, o.headingMarkup)],
    'IV': [heading('IV. EVALUATION', 1, o.headingMarkup), paragraph('No change after the lesson.')],
  }
  return sections.map((s) => {
    if (english[s.key]) return { ...s, blocks: english[s.key] }
    const activity = /^III\.HD(\d)(?:\.([a-d]))?$/.exec(s.key)
    if (!activity) return s
    const stage = ENGLISH_STAGES[Number(activity[1]) - 1]
    switch (activity[2]) {
      case undefined:
        return { ...s, blocks: [heading(`${activity[1]}. ${stage} (10 mins)`, 2, o.headingMarkup)] }
      case 'a':
        return {
          ...s,
          blocks: [
            paragraph(
              `a. Aims: to help students use the new words in the ${stage.toLowerCase()} stage.`
            ),
          ],
        }
      case 'b':
        return {
          ...s,
          blocks: [
            paragraph(
              'b. Content: students look at the pictures and answer the questions in pairs.'
            ),
          ],
        }
      case 'c':
        return {
          ...s,
          blocks: [paragraph("c. Products: students' answers and completed handouts.")],
        }
      default:
        return {
          ...s,
          blocks: [
            paragraph('d. Organization:'),
            paragraph(
              'Step 1: T gives the task and shows the pictures. Step 2: Ss work in pairs. Step 3: Some pairs report to the class. Step 4: T gives feedback and concludes.'
            ),
          ],
        }
    }
  })
}

const UNIT_PARTS = [
  'Tiết 1 – 2. Văn bản 1: Người đàn ông cô độc giữa rừng',
  'Tiết 3 – 4. Văn bản 2: Dọc đường xứ Nghệ',
  'Tiết 5. Thực hành tiếng Việt',
  'Tiết 6 – 7. Viết: Viết bài văn kể lại một sự việc có thật',
  'Tiết 8. Nói và nghe: Trình bày ý kiến về một vấn đề',
]

/**
 * A Ngữ văn unit plan (`BÀI 1: … (8 TIẾT)`) taught over many periods: one
 * part per text and skill (Văn bản 1, 2, Thực hành tiếng Việt, Viết, Nói và
 * nghe), each with its own I. Mục tiêu … IV. It is ONE lesson plan.
 */
function unitWithParts(sections: Sections): Sections {
  const first = sections.findIndex((s) => s.key === 'I')
  const last = sections.findIndex((s) => s.key === 'IV')
  if (first < 0 || last < first) return sections
  const body = sections.slice(first, last + 1)
  const parts = UNIT_PARTS.flatMap((part, i) => [
    { key: `unit.${i}`, blocks: [paragraph(part, { bold: true, align: 'center' })] },
    ...body.map((s) => ({ ...s, key: `${s.key}#${i}` })),
  ])
  const titled = retitle(sections.slice(0, first), 'BÀI 1: TRUYỆN NGẮN VÀ TIỂU THUYẾT (8 TIẾT)')
  return [...titled, ...parts, ...sections.slice(last + 1)]
}

/** PL I written the way tổ chuyên môn write it: the `I.` numeral alone on its line or no numeral, the school's own table columns. */
export function applyGroupStyle(sections: Sections, style: TeacherStyle): Sections {
  let out = sections
  if (style.situationHeading === 'numeralAlone')
    out = mapSection(out, 'I', (s) => ({
      ...s,
      blocks: [paragraph('I.'), paragraph('Đặc điểm tình hình:')],
    }))
  if (style.situationHeading === 'unnumbered')
    out = mapSection(out, 'I', (s) => ({ ...s, blocks: [paragraph('Đặc điểm tình hình')] }))
  if (style.ownColumns)
    out = mapSection(out, 'II.1', (s) => ({ ...s, blocks: [s.blocks[0], ownColumnsTable()] }))
  return out
}

/** A Sở template's programme table: every column of the frame plus its own (Tên văn bản, Tuần CM, Thiết bị dạy học). */
function ownColumnsTable(): SpecBlock {
  const lessons = [
    'Bài 1. Tập hợp',
    'Bài 2. Cách ghi số tự nhiên',
    'Bài 3. Thứ tự trong tập hợp số tự nhiên',
  ]
  return table([
    row(
      [
        'STT',
        'Tên bài học',
        'Tên văn bản',
        'Số tiết',
        'Tuần CM',
        'Yêu cầu cần đạt',
        'Thiết bị dạy học',
      ],
      true
    ),
    ...lessons.map((lesson, i) =>
      row([
        String(i + 1),
        lesson,
        'Sách giáo khoa',
        '2',
        `Tuần ${i + 1}`,
        'Nhận biết và vận dụng được kiến thức của bài.',
        'Máy chiếu',
      ])
    ),
  ])
}

const LETTERED_SECTIONS: Record<string, string> = {
  I: 'A. YÊU CẦU CẦN ĐẠT',
  II: 'B. THIẾT BỊ, HỌC LIỆU VÀ CHUẨN BỊ CỦA HỌC SINH',
  III: 'C. TIẾN TRÌNH DẠY HỌC',
  IV: 'D. ĐIỀU CHỈNH SAU BÀI DẠY',
}

/** Sections lettered A. YÊU CẦU CẦN ĐẠT, B. THIẾT BỊ, HỌC LIỆU …, C. TIẾN TRÌNH DẠY HỌC (Ngữ văn teachers' template). */
function letteredSections(sections: Sections, o: ResolvedOptions): Sections {
  return renamedSections(sections, LETTERED_SECTIONS, o)
}

const SCHOOL_TEMPLATE_SECTIONS: Record<string, string> = {
  II: 'II. CHUẨN BỊ',
  III: 'III. CÁC HOẠT ĐỘNG DẠY – HỌC',
}

/** The heading of each section named in `names` (by section key) replaced by that name. */
function renamedSections(
  sections: Sections,
  names: Record<string, string>,
  o: ResolvedOptions
): Sections {
  return sections.map((s) =>
    names[s.key]
      ? { ...s, blocks: [heading(names[s.key], 1, o.headingMarkup), ...s.blocks.slice(1)] }
      : s
  )
}
