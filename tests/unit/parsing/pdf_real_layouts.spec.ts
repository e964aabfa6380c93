import { test } from '@japa/runner'
import type { DocumentModel, TableBlock } from '#plugins/document_model'
import { parseBytes } from '#app/documents/parsing/parse_bytes'
import { DEFAULT_LIMITS } from '#app/documents/parsing/parse_outcome'
import {
  ASSESSMENT_HEADER,
  CONTINUED_ROWS,
  THREE_NAMES,
  THREE_SIGNERS,
  continuedTablePdf,
  scanLikePdf,
  shortTextPdf,
  signatureRowPdf,
  withThreeSigners,
} from '#tests/fixtures/pdf_real_layouts'
import { buildPlan, toDocx, toPdf } from '#tests/fixtures/plans'

async function modelOf(bytes: Uint8Array): Promise<DocumentModel> {
  const outcome = await parseBytes(bytes, DEFAULT_LIMITS)
  if (outcome.status !== 'parsed')
    throw new Error(`fixture did not parse: ${outcome.status} ${outcome.reason}`)
  return outcome.model
}

const tables = (model: DocumentModel) =>
  model.blocks.filter((b): b is TableBlock => b.type === 'table')
const cellParagraphs = (table: TableBlock) =>
  table.rows.map((row) => row.cells.map((c) => c.paragraphs))

test.group('PDF layouts of real files: signature rows', () => {
  test('three signers side by side, names below the signing space: one borderless row of three cells', async ({
    assert,
  }) => {
    const model = await modelOf(await signatureRowPdf())
    const signature = tables(model).find((t) => t.layout)!
    assert.deepEqual(cellParagraphs(signature), [
      THREE_SIGNERS.map((caption, i) => [caption, '(Ký, ghi rõ họ tên)', THREE_NAMES[i]]),
    ])
    assert.notInclude(model.text.split('\n'), THREE_NAMES.join(' '))
    assert.include(model.text.split('\n'), 'Hải Phòng, ngày 10 tháng 9 năm 2025')
  })

  test('the same row typed with runs of spaces is read the same way', async ({ assert }) => {
    const model = await modelOf(await signatureRowPdf({ typed: 'spaces' }))
    const signature = tables(model).find((t) => t.layout)!
    assert.deepEqual(cellParagraphs(signature), [
      THREE_SIGNERS.map((caption, i) => [caption, THREE_NAMES[i]]),
    ])
  })

  test('a Phụ lục I ending in three signers: the PDF reads the signature row as the DOCX does', async ({
    assert,
  }) => {
    const plan = withThreeSigners(buildPlan('pl1'))
    const [docx, pdf] = [await modelOf(await toDocx(plan)), await modelOf(await toPdf(plan))]
    const lastLayout = (model: DocumentModel) =>
      cellParagraphs(
        tables(model)
          .filter((t) => t.layout)
          .at(-1)!
      )
    assert.deepEqual(lastLayout(pdf), [
      THREE_SIGNERS.map((caption, i) => [caption, '(Ký, ghi rõ họ tên)', THREE_NAMES[i]]),
    ])
    assert.deepEqual(lastLayout(pdf), lastLayout(docx))
  })

  test('two signers without names typed under them are two cells', async ({ assert }) => {
    const model = await modelOf(
      await signatureRowPdf({ typed: 'spaces', captions: ['TỔ TRƯỞNG', 'GIÁO VIÊN'], names: [] })
    )
    const signature = tables(model).find((t) => t.layout)!
    assert.deepEqual(cellParagraphs(signature), [[['TỔ TRƯỞNG'], ['GIÁO VIÊN']]])
  })
})

test.group('PDF layouts of real files: a table going on over a page break', () => {
  const cases: Array<[string, Parameters<typeof continuedTablePdf>[0]]> = [
    ['with a running header and page numbers', { pageFurniture: true }],
    ['with the header row repeated on the next page', { pageFurniture: true, repeatHeader: true }],
    ['without page furniture', {}],
    ['under a diagonal watermark', { pageFurniture: true, watermark: true }],
  ]
  for (const [name, options] of cases) {
    test(`keeps every row ${name}`, async ({ assert }) => {
      const model = await modelOf(await continuedTablePdf(options))
      const assessment = tables(model).filter(
        (t) => t.rows[0].cells[0].text === ASSESSMENT_HEADER[0]
      )
      assert.lengthOf(assessment, 1)
      assert.deepEqual(
        assessment[0].rows.map((r) => r.cells.map((c) => c.text)),
        [ASSESSMENT_HEADER, ...CONTINUED_ROWS]
      )
      assert.deepEqual(
        assessment[0].rows.map((r) => r.isHeader),
        [true, false, false, false, false]
      )
    })
  }

  test('keeps every row when the next page leaves a column blank, its cells empty there', async ({
    assert,
  }) => {
    const model = await modelOf(
      await continuedTablePdf({ pageFurniture: true, blankLastColumnAfterBreak: true })
    )
    const [assessment] = tables(model).filter(
      (t) => t.rows[0].cells[0].text === ASSESSMENT_HEADER[0]
    )
    const expected = [
      ASSESSMENT_HEADER,
      CONTINUED_ROWS[0],
      ...CONTINUED_ROWS.slice(1).map((cells) => [...cells.slice(0, -1), '']),
    ]
    // Squeezed: a PDF cannot tell a wrapped line from a cell paragraph break.
    assert.deepEqual(
      assessment.rows.map((r) => r.cells.map((c) => c.text.replace(/\s+/g, ' '))),
      expected
    )
  })

  test('a diagonal watermark is not read as text', async ({ assert }) => {
    const model = await modelOf(await continuedTablePdf({ watermark: true }))
    assert.notInclude(model.text, 'THAM KHẢO')
  })

  test('the running header is read once, on the first page; page numbers are left out', async ({
    assert,
  }) => {
    const model = await modelOf(await continuedTablePdf({ pageFurniture: true }))
    const lines = model.text.split('\n')
    assert.lengthOf(
      lines.filter((l) => l.startsWith('Kế hoạch dạy học môn Toán')),
      1
    )
    assert.notIncludeMembers(lines, ['1', '2'])
  })
})

test.group('PDF layouts of real files: scans', () => {
  const cases: Array<[string, Parameters<typeof scanLikePdf>[0]]> = [
    ['a watermark', { text: 'watermark' }],
    ['a page header', { text: 'header' }],
    ['a page header and a page number', { text: 'headerAndPageNumber' }],
    ['a page header, on two pages', { text: 'header', pages: 2 }],
  ]
  for (const [name, options] of cases) {
    test(`a scan whose only text is ${name} is unreadable`, async ({ assert }) => {
      const outcome = await parseBytes(await scanLikePdf(options), DEFAULT_LIMITS)
      assert.deepInclude(outcome, { status: 'unreadable', messageKey: 'parsing.no_text_layer' })
    })
  }

  test('a short typed document with a running header is still read as text', async ({ assert }) => {
    const model = await modelOf(await shortTextPdf(3, 2))
    assert.include(model.text, '1. Học sinh thảo luận nhóm, trình bày kết quả trang 3 dòng 1.')
    assert.lengthOf(
      model.text.split('\n').filter((l) => l.startsWith('Trường THCS Lê Lợi')),
      1
    )
  })
})
