import { test } from '@japa/runner'
import type { Block, HeadingBlock, TableBlock } from '#plugins/document_model'
import { docxToModel } from '#app/documents/parsing/docx_to_model'
import { checkDocxSafety } from '#app/documents/parsing/docx_safety'
import { detectFileType } from '#app/documents/parsing/detect_file_type'
import { DEFAULT_LIMITS } from '#app/documents/parsing/parse_outcome'
import { heading, pageBreak, paragraph, type DocSpec } from '#tests/fixtures/doc_spec'
import { toDocx } from '#tests/fixtures/docx_builder'
import { legacyEncodedDocx } from '#tests/fixtures/hostile_inputs'
import { buildPlan } from '#tests/fixtures/plans'

/** Reads a DOCX the way the worker does: safety checks first, then the model. */
async function readDocx(bytes: Buffer) {
  const detected = detectFileType(bytes)
  if (detected.type !== 'docx') throw new Error(`not a docx: ${detected.type}`)
  const { documentXml } = checkDocxSafety(bytes, detected.zipEntries, DEFAULT_LIMITS)
  return docxToModel({ bytes, documentXml })
}

const headings = (blocks: Block[]) => blocks.filter((b): b is HeadingBlock => b.type === 'heading')
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.type === 'table')

test.group('DOCX to document model', () => {
  test('a lesson plan keeps its sections as headings with their levels', async ({ assert }) => {
    const model = await readDocx(await toDocx(buildPlan('pl4')))
    const found = headings(model.blocks).map((h) => [h.level, h.text])
    assert.includeDeepMembers(found, [
      [1, 'I. Mục tiêu'],
      [1, 'II. Thiết bị dạy học và học liệu'],
      [1, 'III. Tiến trình dạy học'],
      [2, '1. Hoạt động 1: Mở đầu (Xác định vấn đề)'],
      [2, '4. Hoạt động 4: Vận dụng'],
    ])
    assert.equal(model.format, 'docx')
    assert.include(model.text, 'c) Sản phẩm: Phiếu học tập đã hoàn thành')
  })

  test('bold or upper-case numbered lines are inferred as headings', async ({ assert }) => {
    const model = await readDocx(
      await toDocx(buildPlan('pl4', { headingMarkup: 'bold', upperCaseHeadings: true }))
    )
    const found = headings(model.blocks).map((h) => [h.level, h.text])
    assert.includeDeepMembers(found, [
      [1, 'I. MỤC TIÊU'],
      [1, 'III. TIẾN TRÌNH DẠY HỌC'],
      [2, '2. HOẠT ĐỘNG 2: HÌNH THÀNH KIẾN THỨC MỚI'],
    ])
    assert.isUndefined(headings(model.blocks).find((h) => h.text.startsWith('a) Mục tiêu')))
  })

  test('the two-column header block is a borderless layout table', async ({ assert }) => {
    const model = await readDocx(await toDocx(buildPlan('pl1')))
    const [header] = tables(model.blocks)
    assert.isTrue(header.layout)
    assert.deepEqual(header.rows[0].cells[0].paragraphs, [
      'TRƯỜNG: THCS NGUYỄN DU',
      'TỔ: KHOA HỌC TỰ NHIÊN',
    ])
    assert.deepEqual(header.rows[0].cells[1].paragraphs, [
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ])
  })

  test('data tables keep header rows, cell lines and column spans', async ({ assert }) => {
    const model = await readDocx(await toDocx(buildPlan('pl1', { termRows: true, rows: 4 })))
    const programme = tables(model.blocks).find((t) =>
      t.rows[0].cells[1]?.text.startsWith('Bài học')
    )!
    assert.isUndefined(programme.layout)
    assert.isTrue(programme.rows[0].isHeader)
    assert.deepEqual(programme.rows[0].cells[1].paragraphs, ['Bài học', '(1)'])
    assert.deepInclude(programme.rows[1].cells[0], { text: 'HỌC KÌ I', colSpan: 4 })
    const assessment = tables(model.blocks).find(
      (t) => t.rows[0].cells[0]?.text === 'Bài kiểm tra, đánh giá'
    )!
    assert.deepEqual(
      assessment.rows.slice(1).map((r) => r.cells[0].text),
      ['Giữa Học kỳ 1', 'Cuối Học kỳ 1', 'Giữa Học kỳ 2', 'Cuối Học kỳ 2']
    )
  })

  test('vertically merged cells get a placeholder in the rows they cover', async ({ assert }) => {
    const model = await readDocx(await toDocx(buildPlan('school')))
    const distribution = tables(model.blocks).find((t) => t.rows[0].cells[0]?.text === 'TT')!
    const [top, sub] = distribution.rows
    assert.deepInclude(top.cells[0], { text: 'TT', rowSpan: 2 })
    assert.deepInclude(top.cells[2], { text: 'Lớp 6', colSpan: 2 })
    assert.isTrue(sub.cells[0].mergedFromAbove)
    assert.isTrue(sub.cells[1].mergedFromAbove)
    assert.equal(sub.cells[2].text, 'HK I')
    assert.lengthOf(sub.cells, 10)
  })

  test('page breaks, Word numbering and NFC normalisation', async ({ assert }) => {
    const spec: DocSpec = {
      blocks: [
        heading('Trang một'),
        paragraph('Mục tiêu thứ nhất', { numbering: { level: 0, format: 'decimal' } }),
        pageBreak,
        paragraph('Hoa\u0300 bi\u0300nh'.normalize('NFD')),
      ],
    }
    const model = await readDocx(await toDocx(spec))
    assert.deepEqual(
      model.blocks.map((b) => b.type),
      ['heading', 'paragraph', 'pageBreak', 'paragraph']
    )
    const numbered = model.blocks[1]
    assert.deepInclude(numbered.type === 'paragraph' ? numbered.list : {}, {
      level: 0,
      ordered: true,
    })
    const last = model.blocks[3]
    assert.equal(last.type === 'paragraph' ? last.text : '', 'Hoà bình'.normalize('NFC'))
  })

  test('the activity table layout is read as a table with its header row', async ({ assert }) => {
    const model = await readDocx(await toDocx(buildPlan('pl4', { layout: 'activityTable' })))
    const activity = tables(model.blocks).filter(
      (t) => t.rows[0].cells[0]?.text === 'HOẠT ĐỘNG CỦA GV VÀ HS'
    )
    assert.lengthOf(activity, 4)
    assert.equal(activity[0].rows[0].cells[1].text, 'SẢN PHẨM DỰ KIẾN')
    assert.isTrue(activity[0].rows[0].isHeader)
  })

  test('text typed in legacy TCVN3 and VNI fonts is converted to Unicode', async ({ assert }) => {
    for (const encoding of ['tcvn3', 'vni'] as const) {
      const model = await readDocx(await legacyEncodedDocx(encoding))
      assert.deepEqual(model.legacyEncoding, { encoding, converted: true })
      assert.include(
        model.text,
        '1. Về kiến thức: Học sinh nhận biết được phân số với tử và mẫu là số nguyên'
      )
      assert.include(model.text, 'Môn học/Hoạt động giáo dục: Toán; lớp: 6')
    }
  })
})
