import { test } from '@japa/runner'
import type { Block, HeadingBlock, TableBlock } from '#plugins/document_model'
import { pdfToModel } from '#app/documents/parsing/pdf_to_model'
import { ParseRefusal } from '#app/documents/parsing/parse_refusal'
import { toPdf } from '#tests/fixtures/pdf_builder'
import { buildPlan } from '#tests/fixtures/plans'

const headings = (blocks: Block[]) => blocks.filter((b): b is HeadingBlock => b.type === 'heading')
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.type === 'table')
const limits = { maxPages: 500 }

test.group('PDF to document model', () => {
  test('a lesson plan PDF keeps its sections as headings', async ({ assert }) => {
    const model = await pdfToModel(await toPdf(buildPlan('pl4')), limits)
    const found = headings(model.blocks).map((h) => [h.level, h.text])
    assert.includeDeepMembers(found, [
      [1, 'I. Mục tiêu'],
      [1, 'III. Tiến trình dạy học'],
      [2, '1. Hoạt động 1: Mở đầu (Xác định vấn đề)'],
      [2, '3. Hoạt động 3: Luyện tập'],
    ])
    assert.equal(model.format, 'pdf')
  })

  test('wrapped lines are joined back into one paragraph', async ({ assert }) => {
    const model = await pdfToModel(await toPdf(buildPlan('pl4')), limits)
    assert.include(
      model.text,
      '1. Về kiến thức: Học sinh nhận biết được phân số với tử và mẫu là số nguyên; nêu được hai phân số bằng nhau.'
    )
  })

  test('blocks carry page numbers and the page count is known', async ({ assert }) => {
    const model = await pdfToModel(await toPdf(buildPlan('pl4', { pages: 10 })), limits)
    assert.isAbove(model.pageCount!, 5)
    const pages = new Set(model.blocks.map((b) => b.source.page))
    assert.equal(pages.size, model.pageCount)
    const last = headings(model.blocks).find((h) => h.text === '4. Hoạt động 4: Vận dụng')!
    assert.isAbove(last.source.page!, 1)
    assert.lengthOf(
      model.blocks.filter((b) => b.type === 'pageBreak'),
      model.pageCount! - 1
    )
  })

  test('the header block is read as a borderless two-column table, one row with a paragraph per line', async ({
    assert,
  }) => {
    const model = await pdfToModel(await toPdf(buildPlan('pl1')), limits)
    const [header] = tables(model.blocks)
    assert.isTrue(header.layout)
    assert.deepEqual(
      header.rows.map((row) => row.cells.map((c) => c.paragraphs)),
      [
        [
          ['TRƯỜNG: THCS NGUYỄN DU', 'TỔ: KHOA HỌC TỰ NHIÊN'],
          ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
        ],
      ]
    )
    const assessmentLine = model.text.split('\n').find((line) => line.includes('Cuối Học kỳ 2'))
    assert.equal(
      assessmentLine,
      'Cuối Học kỳ 2 | 90 phút | Tuần 35 | Theo phân phối chương trình đến thời điểm kiểm tra. | Viết (trên giấy)'
    )
  })

  test('a long heading that wraps is joined back into one line', async ({ assert }) => {
    const model = await pdfToModel(await toPdf(buildPlan('pl1')), limits)
    assert.include(
      model.text.split('\n'),
      '4. Phòng học bộ môn/phòng thí nghiệm/phòng đa năng/sân chơi, bãi tập (Trình bày cụ thể các phòng thí nghiệm/phòng bộ môn/phòng đa năng/sân chơi/bãi tập có thể sử dụng để tổ chức dạy học môn học/hoạt động giáo dục)'
    )
  })

  test('repairs doubled heading letters and ƣ for ư', async ({ assert }) => {
    const bytes = await toPdf(buildPlan('pl4'), {
      artifacts: { doubledHeadingChars: true, oHornForUHorn: true },
    })
    const model = await pdfToModel(bytes, limits)
    const found = headings(model.blocks).map((h) => h.text)
    assert.includeMembers(found, ['I. Mục tiêu', 'III. Tiến trình dạy học'])
    assert.include(model.text, 'Thời gian thực hiện: 02 tiết')
    assert.notInclude(model.text, 'ƣ')
  })

  test('refuses a PDF longer than the page limit', async ({ assert }) => {
    const bytes = await toPdf(buildPlan('pl4', { pages: 3 }))
    const error = await pdfToModel(bytes, { maxPages: 1 }).catch((e) => e)
    assert.instanceOf(error, ParseRefusal)
    assert.equal(error.messageKey, 'parsing.too_many_pages')
  })
})
