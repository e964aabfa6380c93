import { test } from '@japa/runner'
import { detectFileType } from '#app/documents/parsing/detect_file_type'
import * as hostile from '#tests/fixtures/hostile_inputs'
import { toDocx } from '#tests/fixtures/docx_builder'
import { toPdf } from '#tests/fixtures/pdf_builder'
import { buildPlan } from '#tests/fixtures/plans'

test.group('File type detection by content', () => {
  test('recognises each kind of upload from its bytes', async ({ assert }) => {
    const plan = buildPlan('pl4')
    const cases: Array<[Uint8Array, string]> = [
      [await toDocx(plan), 'docx'],
      [await toPdf(plan), 'pdf'],
      [hostile.legacyDoc(), 'legacyDoc'],
      [hostile.pngImage(), 'image'],
      [hostile.plainZip(), 'zipNotDocx'],
      [await hostile.corruptDocx(), 'corruptZip'],
      [hostile.wordLockFile(), 'lockFile'],
      [hostile.emptyFile(), 'empty'],
      [Buffer.from('Kế hoạch bài dạy (văn bản thuần)'), 'unknown'],
    ]
    for (const [bytes, expected] of cases) assert.equal(detectFileType(bytes).type, expected)
  })

  test('a renamed file is judged by content: a PDF with a junk prefix is still a PDF', async ({
    assert,
  }) => {
    const pdf = await toPdf(buildPlan('pl4'))
    assert.equal(detectFileType(Buffer.concat([Buffer.from('\r\n\r\n'), pdf])).type, 'pdf')
  })
})
