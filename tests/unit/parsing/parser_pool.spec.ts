import { test } from '@japa/runner'
import { createParserPool, type ParserPool } from '#app/documents/parsing/parser_pool'
import { PARSING_MESSAGE_KEYS, parsingMessage } from '#app/documents/parsing/messages'
import * as hostile from '#tests/fixtures/hostile_inputs'
import { toDocx } from '#tests/fixtures/docx_builder'
import { toPdf } from '#tests/fixtures/pdf_builder'
import { buildPlan } from '#tests/fixtures/plans'

test.group('Parser pool', (group) => {
  let pool: ParserPool
  group.setup(() => {
    pool = createParserPool({ maxThreads: 1 })
    return () => pool.close()
  })

  test('parses a DOCX and a PDF in a worker, and says which the bytes were', async ({ assert }) => {
    const plan = buildPlan('pl4')
    const files = [
      { bytes: await toDocx(plan), fileType: 'docx' },
      { bytes: await toPdf(plan), fileType: 'pdf' },
    ]
    for (const { bytes, fileType } of files) {
      const outcome = await pool.parse(bytes)
      assert.equal(outcome.status, 'parsed')
      if (outcome.status !== 'parsed') continue
      assert.include(outcome.model.text, 'III. Tiến trình dạy học')
      assert.equal(outcome.fileType, fileType)
    }
    const scanned = await pool.parse(await hostile.imageOnlyPdf())
    assert.deepInclude(scanned, { status: 'unreadable', fileType: 'pdf' })
  })

  test('each hostile input is refused with its own message', async ({ assert }) => {
    const cases: Array<[string, Uint8Array, string, string]> = [
      ['empty file', hostile.emptyFile(), 'rejected', 'parsing.empty'],
      ['zip bomb (size)', hostile.zipBombDocx(120), 'rejected', 'parsing.too_large'],
      ['zip bomb (ratio)', hostile.zipBombDocx(8), 'rejected', 'parsing.too_large'],
      ['billion laughs', hostile.entityExpansionDocx(), 'rejected', 'parsing.unsafe_xml'],
      ['encrypted PDF', await hostile.encryptedPdf(), 'rejected', 'parsing.encrypted'],
      ['image-only PDF', await hostile.imageOnlyPdf(), 'unreadable', 'parsing.no_text_layer'],
      ['corrupt zip', await hostile.corruptDocx(), 'rejected', 'parsing.corrupt'],
      ['zip that is not a DOCX', hostile.plainZip(), 'rejected', 'parsing.zip_not_docx'],
      ['PNG picture', hostile.pngImage(), 'rejected', 'parsing.image'],
      ['Word lock file', hostile.wordLockFile(), 'rejected', 'parsing.lock_file'],
    ]
    for (const [name, bytes, status, messageKey] of cases) {
      const outcome = await pool.parse(bytes)
      assert.deepInclude(outcome, { status, messageKey }, name)
      assert.include(PARSING_MESSAGE_KEYS, messageKey)
    }
  })

  test('a legacy .doc is converted with LibreOffice or refused with "Save As .docx" instructions', async ({
    assert,
  }) => {
    const outcome = await pool.parse(hostile.legacyDoc())
    assert.equal(outcome.status, 'rejected')
    if (outcome.status === 'rejected') {
      assert.oneOf(outcome.messageKey, [
        'parsing.legacy_doc',
        'parsing.legacy_doc_conversion_failed',
      ])
      assert.include(parsingMessage(outcome.messageKey), 'Save As')
    }
  })

  test('a parse that runs out of time is killed, and the pool keeps working', async ({
    assert,
  }) => {
    const long = await toPdf(buildPlan('pl4', { pages: 10 }))
    const killed = await pool.parse(long, { timeoutMs: 1 })
    assert.deepEqual(killed, {
      status: 'rejected',
      reason: 'timeout',
      messageKey: 'parsing.timeout',
    })
    const next = await pool.parse(await toDocx(buildPlan('pl1')))
    assert.equal(next.status, 'parsed')
  })
})
