import { test } from '@japa/runner'
import type { DocumentModel, TableBlock } from '#plugins/document_model'
import { parseBytes } from '#app/documents/parsing/parse_bytes'
import { DEFAULT_LIMITS } from '#app/documents/parsing/parse_outcome'
import {
  BODY,
  DATE_LINE,
  TITLE,
  equationDocx,
  mixedEncodingDocx,
  titleElsewhereDocx,
  unicodeInLegacyStyleDocx,
  type FontSource,
} from '#tests/fixtures/docx_real_layouts'

async function modelOf(bytes: Uint8Array): Promise<DocumentModel> {
  const outcome = await parseBytes(bytes, DEFAULT_LIMITS)
  if (outcome.status !== 'parsed')
    throw new Error(`fixture did not parse: ${outcome.status} ${outcome.reason}`)
  return outcome.model
}

const lines = (model: DocumentModel) => model.text.split('\n')

test.group('DOCX of real files: legacy-font runs in a Unicode document', () => {
  const sources: Array<[FontSource, string]> = [
    ['run', 'the run names the font'],
    ['hAnsiOnly', 'the run names it only for Latin-1 letters (w:hAnsi)'],
    ['paragraphStyle', 'the paragraph style sets it'],
    ['documentDefault', "the old template's document default sets it"],
  ]
  for (const encoding of ['vni', 'tcvn3'] as const) {
    for (const [source, how] of sources) {
      test(`a ${encoding.toUpperCase()} date line is converted when ${how}`, async ({ assert }) => {
        const model = await modelOf(await mixedEncodingDocx(encoding, source))
        assert.deepEqual(lines(model), ['I. Mục tiêu', BODY, DATE_LINE])
        assert.deepEqual(model.legacyEncoding, { encoding, converted: true })
      })
    }
  }

  test('Unicode text in a style whose legacy font the writer lacked is left as written', async ({
    assert,
  }) => {
    const model = await modelOf(await unicodeInLegacyStyleDocx())
    assert.deepEqual(lines(model), [BODY, 'Tôi và các em'])
    assert.isUndefined(model.legacyEncoding)
  })
})

test.group('DOCX of real files: a title outside the body paragraphs', () => {
  for (const place of ['drawingTextBox', 'vmlTextBox'] as const) {
    test(`a title in a text box (${place === 'drawingTextBox' ? 'DrawingML only' : 'VML'}) is a paragraph after the one anchoring it`, async ({
      assert,
    }) => {
      const model = await modelOf(await titleElsewhereDocx(place))
      assert.deepEqual(lines(model), [
        'Tổ: Khoa học tự nhiên',
        'Trường THCS Lê Lợi',
        TITLE,
        'I. Mục tiêu',
        BODY,
      ])
      const title = model.blocks.find(
        (b) => b.type !== 'table' && b.type !== 'pageBreak' && b.text === TITLE
      )
      assert.exists(title)
    })
  }

  test('a title in a table cell is that cell’s paragraph', async ({ assert }) => {
    const model = await modelOf(await titleElsewhereDocx('tableCell'))
    const table = model.blocks.find((b): b is TableBlock => b.type === 'table')!
    assert.deepEqual(table.rows[0].cells[0].paragraphs, [TITLE])
    assert.deepEqual(lines(model), ['Tổ: Khoa học tự nhiên', TITLE, 'I. Mục tiêu', BODY])
  })
})

test.group('DOCX of real files: equations', () => {
  test('a Word equation is read as its linear form, in its place in the line', async ({
    assert,
  }) => {
    const model = await modelOf(await equationDocx())
    assert.deepEqual(lines(model), ['Công thức chung: (x+1)/2 = a^2 + √b (với b ≥ 0)'])
    assert.notMatch(model.warnings.join('\n'), /m:oMath/)
  })
})
