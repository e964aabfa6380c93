import { test } from '@japa/runner'
import type { DocumentModel, TableBlock } from '#plugins/document_model'
import { parseBytes } from '#app/documents/parsing/parse_bytes'
import { DEFAULT_LIMITS } from '#app/documents/parsing/parse_outcome'
import {
  ASSESSMENT_ROWS,
  buildPlan,
  toDocx,
  toPdf,
  type PlanKind,
  type PlanOptions,
} from '#tests/fixtures/plans'

/** The same plan read from its DOCX and from its PDF rendering. */
async function bothModels(kind: PlanKind, options: PlanOptions = {}) {
  const plan = buildPlan(kind, options)
  const [docx, pdf] = await Promise.all([modelOf(await toDocx(plan)), modelOf(await toPdf(plan))])
  return { docx, pdf }
}

async function modelOf(bytes: Uint8Array): Promise<DocumentModel> {
  const outcome = await parseBytes(bytes, DEFAULT_LIMITS)
  if (outcome.status !== 'parsed') throw new Error(`fixture did not parse: ${outcome.reason}`)
  return outcome.model
}

const tables = (model: DocumentModel) =>
  model.blocks.filter((b): b is TableBlock => b.type === 'table')
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim()
/** Cell texts, whitespace-normalized (a PDF cannot tell a wrapped line from a cell paragraph break). */
const grid = (table: TableBlock) =>
  table.rows.map((row) => row.cells.map((cell) => squeeze(cell.text)))
const byHeader = (model: DocumentModel, firstCell: string) =>
  tables(model).find((t) => t.rows[0]?.cells[0]?.text === firstCell)!

/**
 * The data tables of the DOCX (the borderless header and signature blocks
 * are compared on their own, below) and the PDF tables with the same
 * header rows, in document order.
 */
function dataTablesOfBoth(docx: DocumentModel, pdf: DocumentModel) {
  const expected = tables(docx)
    .filter((t) => !t.layout)
    .map(grid)
  const headers = new Set(expected.map((g) => JSON.stringify(g[0])))
  const actual = tables(pdf)
    .map(grid)
    .filter((g) => headers.has(JSON.stringify(g[0])))
  return { expected, actual }
}

test.group('PDF tables match their DOCX twin', () => {
  const cases: Array<[string, PlanKind, PlanOptions]> = [
    ['Phụ lục I', 'pl1', {}],
    ['Phụ lục III', 'pl3', {}],
    ['Phụ lục IV with the two-column activity table', 'pl4', { layout: 'activityTable' }],
  ]
  for (const [name, kind, options] of cases) {
    test(`${name}: same header cells, data rows and cell texts`, async ({ assert }) => {
      const { docx, pdf } = await bothModels(kind, options)
      const { expected, actual } = dataTablesOfBoth(docx, pdf)
      assert.isNotEmpty(expected)
      assert.deepEqual(actual, expected)
    })
  }

  const layoutCases: Array<[string, PlanKind, PlanOptions]> = [
    ['Phụ lục I', 'pl1', {}],
    ['Phụ lục III', 'pl3', {}],
    ['a 40-page Phụ lục IV', 'pl4', { pages: 40, layout: 'activityTable' }],
    ['the school plan', 'school', {}],
  ]
  for (const [name, kind, options] of layoutCases) {
    test(`${name}: header and signature blocks are one borderless row, as in the DOCX`, async ({
      assert,
    }) => {
      const { docx, pdf } = await bothModels(kind, options)
      const layoutGrids = (model: DocumentModel) =>
        tables(model)
          .filter((t) => t.layout)
          .map(grid)
      assert.lengthOf(layoutGrids(docx), 2)
      assert.deepEqual(layoutGrids(pdf), layoutGrids(docx))
    })
  }

  test('a section heading below a table is not read into it', async ({ assert }) => {
    const { pdf } = await bothModels('pl4', { pages: 40, layout: 'activityTable' })
    const heading = pdf.blocks.find(
      (b) => b.type === 'heading' && b.text.startsWith('IV. Điều chỉnh sau bài dạy')
    )
    assert.exists(heading)
    for (const table of tables(pdf))
      assert.notInclude(grid(table).flat().join('|'), 'Điều chỉnh sau bài dạy')
  })

  test('the first row is the header row', async ({ assert }) => {
    const { pdf } = await bothModels('pl1')
    const programme = tables(pdf).find((t) => t.rows[0].cells[1]?.text.startsWith('Bài học'))!
    assert.deepEqual(programme.rows.map((r) => r.isHeader).slice(0, 3), [true, false, false])
    assert.deepEqual(grid(programme)[0], [
      'STT',
      'Bài học (1)',
      'Số tiết (2)',
      'Yêu cầu cần đạt (3)',
    ])
  })

  test('the PL I assessment table has its four rows', async ({ assert }) => {
    const { pdf } = await bothModels('pl1')
    const assessment = byHeader(pdf, 'Bài kiểm tra, đánh giá')
    assert.deepEqual(
      assessment.rows.slice(1).map((r) => r.cells[0].text),
      ASSESSMENT_ROWS
    )
    assert.deepEqual(
      assessment.rows[4].cells.map((c) => c.text),
      [
        'Cuối Học kỳ 2',
        '90 phút',
        'Tuần 35',
        'Theo phân phối chương trình đến thời điểm kiểm tra.',
        'Viết (trên giấy)',
      ]
    )
  })

  test('wrapped cell text is joined into one cell paragraph', async ({ assert }) => {
    const { pdf } = await bothModels('pl1')
    const programme = tables(pdf).find((t) => t.rows[0].cells[1]?.text.startsWith('Bài học'))!
    // Drawn over three lines of a narrow column in the PDF.
    assert.deepEqual(programme.rows[3].cells[3].paragraphs, [
      'Nhận biết và vận dụng được kiến thức của bài 3. phép cộng và phép trừ.',
    ])
  })

  test('cell paragraphs are kept apart where the writer broke the line', async ({ assert }) => {
    const { docx, pdf } = await bothModels('pl4', { layout: 'activityTable' })
    const paragraphs = (model: DocumentModel) =>
      byHeader(model, 'HOẠT ĐỘNG CỦA GV VÀ HS').rows.map((r) => r.cells.map((c) => c.paragraphs))
    assert.deepEqual(paragraphs(pdf), paragraphs(docx))
    assert.deepEqual(paragraphs(pdf)[1][0], [
      'Bước 1: Giao nhiệm vụ học tập:',
      'Giáo viên chiếu tình huống, phát phiếu học tập số 1 và nêu yêu cầu cho từng nhóm.',
    ])
  })

  test('a table cut by page breaks comes back as one table', async ({ assert }) => {
    const { docx, pdf } = await bothModels('pl3', { rows: 60 })
    const programme = byHeader(pdf, 'STT')
    assert.isAbove(pdf.pageCount!, 2)
    assert.deepEqual(
      programme.rows.slice(1).map((r) => r.cells[0].text),
      Array.from({ length: 60 }, (_, i) => String(i + 1))
    )
    assert.deepEqual(grid(programme), grid(byHeader(docx, 'STT')))
  })

  test('the last row pushed onto the next page stays in its table', async ({ assert }) => {
    // With 40 programme rows the assessment table of PL I breaks before its last row.
    const { pdf } = await bothModels('pl1', { rows: 40 })
    const assessment = byHeader(pdf, 'Bài kiểm tra, đánh giá')
    assert.deepEqual(
      assessment.rows.slice(1).map((r) => r.cells[0].text),
      ASSESSMENT_ROWS
    )
  })

  test('body text is not mistaken for a table', async ({ assert }) => {
    const { docx, pdf } = await bothModels('pl4', { pages: 4 })
    assert.lengthOf(tables(pdf), tables(docx).length)
    assert.include(
      pdf.text,
      '1. Về kiến thức: Học sinh nhận biết được phân số với tử và mẫu là số nguyên; nêu được hai phân số bằng nhau.'
    )
  })
})
