import { test } from '@japa/runner'
import plugin from '#plugins/cv5512-structure/index'
import { longestInOrderChain } from '#plugins/cv5512-structure/interpreter'
import type { DocumentModel } from '#plugins/contract'
import { buildPlan, type PlanOptions } from '#tests/fixtures/plans'
import { fromSpec, lines } from './model_helpers.js'
import { asDocx, asPdf, pluginTester } from './plugin_tester.js'

const pl4 = (options: PlanOptions = {}) => fromSpec(buildPlan('pl4', options))
const pl1 = (options: PlanOptions = {}) => fromSpec(buildPlan('pl1', options))

/** PL I with `Cuối Học kỳ 1` and `Giữa Học kỳ 2` exchanged in the T5 table. */
function swapAssessmentRows(document: DocumentModel): DocumentModel {
  const blocks = document.blocks.map((block) => {
    if (block.type !== 'table' || !block.rows[0].cells[0].text.startsWith('Bài kiểm tra'))
      return block
    const rows = [...block.rows]
    ;[rows[2], rows[3]] = [rows[3], rows[2]]
    return { ...block, rows }
  })
  return { ...document, blocks }
}

pluginTester(plugin, {
  valid: [
    { name: 'PL IV with heading styles', document: pl4() },
    { name: 'PL IV with a two-column activity table', document: pl4({ layout: 'activityTable' }) },
    { name: 'PL IV in upper case', document: pl4({ upperCaseHeadings: true }) },
    { name: 'PL IV typed without diacritics', document: pl4({ withoutDiacritics: true }) },
    { name: 'PL IV with bold paragraphs as headings', document: pl4({ headingMarkup: 'bold' }) },
    { name: 'PL I', document: pl1(), submission: { kind: 'pl1' } },
    { name: 'PL IV as a real PDF file', document: asPdf(buildPlan('pl4')) },
    {
      name: 'PL I with term sub-header rows',
      document: pl1({ termRows: true }),
      submission: { kind: 'pl1' },
    },
    {
      name: 'PL I of a THPT subject with its elective topics',
      document: pl1({ grade: 10 }),
      submission: { kind: 'pl1', grade: 10, schoolLevel: 'thpt' },
    },
    { name: 'PL II', document: fromSpec(buildPlan('pl2')), submission: { kind: 'pl2' } },
    { name: 'PL III', document: fromSpec(buildPlan('pl3')), submission: { kind: 'pl3' } },
    {
      name: 'school plan',
      document: fromSpec(buildPlan('school')),
      submission: { kind: 'school_plan' },
    },
    {
      name: 'PL IV with headings in table cells, PDF-doubled letters and a heading broken in two lines',
      document: lines(`
        |~ Trường: THCS A | Họ và tên giáo viên: Lê B |
        |~ Tổ: Toán | |
        TÊN BÀI DẠY: Bài 5. Phân số
        Môn học: Toán; lớp: 6
        Thời lượng: 2 tiết
        | I. MỤC TIÊU |
        | 1. Kiến thức: Nhận biết phân số. |
        | 2. Năng lực: Tư duy. |
        | 3. Phẩm chất: Chăm chỉ. |
        II. TTHHIIẾẾTT BBỊỊ DDẠẠYY HHỌỌCC VVÀÀ HHỌỌCC LLIIỆỆUU
        Máy chiếu.
        III. TIẾN TRÌNH
        DẠY HỌC
      `),
    },
  ],
  invalid: [
    {
      name: 'PL IV without I. Mục tiêu: one finding, not one more per sub-section',
      document: pl4({ mutations: [{ type: 'dropSection', key: 'I' }] }),
      errors: [{ messageId: 'sectionMissing', severity: 'error' }],
    },
    {
      name: 'PL IV without 2. Về năng lực',
      document: pl4({ mutations: [{ type: 'dropSection', key: 'I.2' }] }),
      errors: [{ messageId: 'sectionMissing', severity: 'error' }],
    },
    {
      name: 'PL IV whose objectives only name phẩm chất in their text: a warning there, not an error',
      document: lines(`
        |~ Trường: THCS A | Họ và tên giáo viên: Lê B |
        |~ Tổ: Ngữ văn | |
        TÊN BÀI DẠY: Bài 1. Tôi và các bạn
        Môn học: Ngữ văn; lớp: 6
        Thời gian thực hiện: 2 tiết
        I. YÊU CẦU CẦN ĐẠT
        1. Kiến thức: nhận biết được truyện đồng thoại.
        2. Năng lực: đọc hiểu văn bản, giao tiếp và hợp tác.
        - Giúp học sinh rèn luyện bản thân, phát triển các phẩm chất tốt đẹp như nhân ái, khiêm tốn, tôn trọng sự khác biệt.
        II. THIẾT BỊ DẠY HỌC VÀ HỌC LIỆU
        Máy chiếu.
        III. TIẾN TRÌNH DẠY HỌC
      `),
      errors: [{ messageId: 'sectionInText', severity: 'warning' }],
    },
    {
      name: 'PL IV with phẩm chất under a combined heading but năng lực nowhere: năng lực is still missing',
      document: lines(`
        |~ Trường: THCS A | Họ và tên giáo viên: Lê B |
        |~ Tổ: Ngữ văn | |
        TÊN BÀI DẠY: Bài 1. Tôi và các bạn
        Môn học: Ngữ văn; lớp: 6
        Thời gian thực hiện: 2 tiết
        I. MỤC TIÊU
        1. Kiến thức, kĩ năng: nhận biết được truyện đồng thoại.
        2. Thái độ, phẩm chất: nhân ái, khiêm tốn.
        II. THIẾT BỊ DẠY HỌC VÀ HỌC LIỆU
        Máy chiếu.
        III. TIẾN TRÌNH DẠY HỌC
      `),
      errors: [
        { messageId: 'sectionMissing', severity: 'error' },
        { messageId: 'sectionCombined', severity: 'info' },
      ],
    },
    {
      name: 'PL IV without II. Thiết bị dạy học',
      document: pl4({ mutations: [{ type: 'dropSection', key: 'II' }] }),
      errors: ['sectionMissing'],
    },
    {
      name: 'PL IV with sections I and II swapped',
      document: pl4({ mutations: [{ type: 'swapSections', a: 'I', b: 'II' }] }),
      errors: [{ messageId: 'sectionOutOfOrder', severity: 'warning' }],
    },
    {
      name: 'PL I with sections I and II swapped: one warning, not one per sub-section',
      document: pl1({ mutations: [{ type: 'swapSections', a: 'I', b: 'II' }] }),
      submission: { kind: 'pl1' },
      errors: [{ messageId: 'sectionOutOfOrder', severity: 'warning' }],
    },
    {
      name: 'PL I as a real DOCX file with sections I and II swapped',
      document: asDocx(
        buildPlan('pl1', { mutations: [{ type: 'swapSections', a: 'I', b: 'II' }] })
      ),
      submission: { kind: 'pl1' },
      errors: ['sectionOutOfOrder'],
    },
    {
      name: 'PL IV with 2. and 3. of Mục tiêu swapped',
      document: pl4({ mutations: [{ type: 'swapSections', a: 'I.2', b: 'I.3' }] }),
      errors: ['sectionOutOfOrder'],
    },
    {
      name: 'PL I with II.1 moved before I: the sub-section alone',
      document: pl1({ mutations: [{ type: 'swapSections', a: 'I', b: 'II.1' }] }),
      submission: { kind: 'pl1' },
      errors: ['sectionOutOfOrder'],
    },
    {
      name: 'PL IV without the title lines',
      document: pl4({ mutations: [{ type: 'dropSection', key: 'title' }] }),
      errors: ['headerFieldMissing', 'headerFieldMissing', 'headerFieldMissing'],
    },
    {
      name: 'PL I without II.3 and its table',
      document: pl1({ mutations: [{ type: 'dropSection', key: 'II.3' }] }),
      submission: { kind: 'pl1' },
      errors: ['sectionMissing', 'tableMissing'],
    },
    {
      name: 'PL I without signatures',
      document: pl1({ mutations: [{ type: 'dropSection', key: 'signature' }] }),
      submission: { kind: 'pl1' },
      errors: ['signatureMissing', 'signatureMissing'],
    },
    {
      name: 'PL I without the header block',
      document: pl1({ mutations: [{ type: 'dropSection', key: 'header' }] }),
      submission: { kind: 'pl1' },
      errors: ['headerFieldMissing', 'headerFieldMissing', 'headerFieldMissing'],
    },
    {
      name: 'PL I without the Số tiết column',
      document: pl1({ mutations: [{ type: 'dropTableColumn', header: 'Số tiết' }] }),
      submission: { kind: 'pl1' },
      errors: [{ messageId: 'tableColumnMissing', severity: 'error' }],
    },
    {
      name: 'PL I without the Cuối Học kỳ 1 test',
      document: pl1({ mutations: [{ type: 'dropAssessmentRow', row: 'Cuối Học kỳ 1' }] }),
      submission: { kind: 'pl1' },
      errors: ['fixedRowMissing'],
    },
    {
      name: 'PL I with the assessment rows out of order',
      document: swapAssessmentRows(pl1()),
      submission: { kind: 'pl1' },
      errors: [{ messageId: 'fixedRowOutOfOrder', severity: 'warning' }],
    },
    {
      name: 'PL II without the Chủ trì column',
      document: fromSpec(
        buildPlan('pl2', { mutations: [{ type: 'dropTableColumn', header: 'Chủ trì' }] })
      ),
      submission: { kind: 'pl2' },
      errors: ['tableColumnMissing'],
    },
    {
      name: 'PL III without the programme',
      document: fromSpec(buildPlan('pl3', { mutations: [{ type: 'dropSection', key: 'I.1' }] })),
      submission: { kind: 'pl3' },
      errors: ['sectionMissing', 'tableMissing'],
    },
    {
      name: 'school plan without Giải pháp (soft anchor)',
      document: fromSpec(buildPlan('school', { mutations: [{ type: 'dropSection', key: 'V' }] })),
      submission: { kind: 'school_plan' },
      errors: [{ messageId: 'sectionMissing', severity: 'warning' }],
    },
  ],
})

test.group('Section order / longest in-order chain', () => {
  test('keeps the most sections in order and leaves out the one that moved', ({ assert }) => {
    // Profile order A B C D; document order B C D A (A moved to the end).
    assert.deepEqual([...longestInOrderChain([[40], [10], [20], [30]]).keys()], [1, 2, 3])
  })

  test('picks, among repeated wordings, the line that keeps the chain in order', ({ assert }) => {
    // "1." appears twice; only its second occurrence follows section 0.
    assert.deepEqual(
      [...longestInOrderChain([[5], [2, 8], [12]])],
      [
        [0, 5],
        [1, 8],
        [2, 12],
      ]
    )
  })

  test('of two swapped sections, the later one in the profile is reported', ({ assert }) => {
    assert.deepEqual([...longestInOrderChain([[20], [10]]).keys()], [0])
  })
})
