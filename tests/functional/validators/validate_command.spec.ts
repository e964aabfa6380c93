import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@japa/runner'
import { buildPlan, toDocx, toPdf } from '#tests/fixtures/plans'
import { corruptDocx, pngImage, zipBombDocx } from '#tests/fixtures/hostile_inputs'
import { runAce } from './run_ace.js'

test.group('node ace validate', (group) => {
  let dir: string
  const file = (name: string) => join(dir, name)

  group.setup(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hscm-validate-'))
    await writeFile(file('kế hoạch bài dạy.docx'), await toDocx(buildPlan('pl4')))
    await writeFile(file('kế hoạch bài dạy.pdf'), await toPdf(buildPlan('pl4')))
    await writeFile(
      file('thiếu mục II.docx'),
      await toDocx(buildPlan('pl4', { mutations: [{ type: 'dropSection', key: 'II' }] }))
    )
    await writeFile(file('hỏng.docx'), await corruptDocx())
    await writeFile(file('bom nén.docx'), zipBombDocx())
    await writeFile(file('ảnh chụp.docx'), pngImage())
    return () => rm(dir, { recursive: true, force: true })
  })

  test('--json prints one array; correct DOCX and PDF plans pass with exit code 0', async ({
    assert,
  }) => {
    const outcome = await runAce([
      'validate',
      file('kế hoạch bài dạy.docx'),
      file('kế hoạch bài dạy.pdf'),
      '--kind=pl4',
      '--json',
    ])
    assert.equal(outcome.exitCode, 0, outcome.stderr)
    const results = JSON.parse(outcome.stdout)
    assert.deepEqual(
      results.map((result: { file: string; kind: string; status: string }) => [
        result.file,
        result.kind,
        result.status,
      ]),
      [
        [file('kế hoạch bài dạy.docx'), 'pl4', 'passed'],
        [file('kế hoạch bài dạy.pdf'), 'pl4', 'passed'],
      ]
    )
  }).timeout(60_000)

  test('a faulty plan fails and hostile or broken files are reported, not crashed on: exit code 1', async ({
    assert,
  }) => {
    const names = [
      'thiếu mục II.docx',
      'hỏng.docx',
      'bom nén.docx',
      'ảnh chụp.docx',
      'kế hoạch bài dạy.docx',
    ]
    const outcome = await runAce(['validate', ...names.map(file), '--kind', 'pl4', '--json'])
    assert.equal(outcome.exitCode, 1, outcome.stderr)
    const results = JSON.parse(outcome.stdout)
    assert.deepEqual(
      results.map((result: { status: string }) => result.status),
      ['failed', 'unreadable', 'unreadable', 'unsupported', 'passed']
    )
    const missing = results[0].findings.find(
      (finding: { messageId: string }) => finding.messageId === 'sectionMissing'
    )
    assert.properties(missing, ['messageId', 'severity', 'message', 'location'])
    assert.equal(missing.severity, 'error')
    assert.include(missing.message, 'Thiết bị dạy học')
    for (const result of results.slice(1, 4)) assert.lengthOf(result.findings, 1)
  }).timeout(60_000)

  test('without --json: a Vietnamese summary per file and in total', async ({ assert }) => {
    const outcome = await runAce([
      'validate',
      file('thiếu mục II.docx'),
      file('kế hoạch bài dạy.pdf'),
      '--kind=pl4',
    ])
    assert.equal(outcome.exitCode, 1)
    assert.include(outcome.stdout, 'KHÔNG ĐẠT')
    assert.include(outcome.stdout, 'Thiếu mục "II. Thiết bị dạy học và học liệu"')
    assert.include(outcome.stdout, 'Tổng cộng 2 tệp: 1 đạt, 1 chưa đạt.')
  }).timeout(60_000)

  test('the declared subject and grade are compared with the text when given', async ({
    assert,
  }) => {
    const outcome = await runAce([
      'validate',
      file('kế hoạch bài dạy.docx'),
      '--kind=pl4',
      '--subject=Ngữ văn',
      '--grade=6',
      '--json',
    ])
    assert.equal(outcome.exitCode, 1)
    const [result] = JSON.parse(outcome.stdout)
    assert.include(
      result.findings.map((finding: { messageId: string }) => finding.messageId),
      'subjectMismatch'
    )
  }).timeout(60_000)

  test('--enable runs a rule that is off by default (a dry run before enabling it)', async ({
    assert,
  }) => {
    const messageIds = async (...flags: string[]) => {
      const outcome = await runAce([
        'validate',
        file('kế hoạch bài dạy.docx'),
        '--kind=pl4',
        '--grade=6',
        '--json',
        ...flags,
      ])
      return JSON.parse(outcome.stdout)[0].findings.map(
        (finding: { messageId: string }) => finding.messageId
      )
    }
    assert.notInclude(await messageIds(), 'objectivesMissing')
    assert.include(await messageIds('--enable=nls:digital-competence'), 'objectivesMissing')
  }).timeout(60_000)

  test('usage errors exit with code 2: {name}')
    .with([
      { name: 'no --kind', args: () => [file('kế hoạch bài dạy.docx')] },
      { name: 'unknown --kind', args: () => [file('kế hoạch bài dạy.docx'), '--kind=pl9'] },
      { name: 'no file', args: () => ['--kind=pl4'] },
      {
        name: 'a file that does not exist',
        args: () => [file('không có.docx'), '--kind=pl4', '--json'],
      },
    ])
    .run(async ({ assert }, usage) => {
      const outcome = await runAce(['validate', ...usage.args()])
      assert.equal(outcome.exitCode, 2)
      assert.equal(outcome.stdout.includes('['), false)
    })
    .timeout(30_000)
})
