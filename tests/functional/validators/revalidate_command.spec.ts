import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import Revalidate, { progressBar } from '#app/documents/commands/revalidate'
import { PARSER_VERSION } from '#app/documents/parsing/model_builder'
import ValidatorSetting from '#app/documents/validation/validator_setting'
import { givenTeacher } from '#tests/helpers/organization'
import { indexDocument } from '#app/documents/services/search_index'
import { searchDocuments } from '#app/documents/services/search_documents'
import { lines } from '#tests/unit/plugins/model_helpers'
import { forgetRuleSets, givenLessonPlanIn, givenRuleSetYear, thenLatestRun } from './helpers.js'

async function revalidate(...argv: string[]) {
  const command = await ace.create(Revalidate, argv)
  await command.exec()
  return command
}

test.group('node ace documents:revalidate', (group) => {
  group.setup(() => ace.ui.switchMode('raw'))
  group.teardown(() => ace.ui.switchMode('normal'))
  group.each.teardown(async () => {
    await forgetRuleSets()
  })

  test('validates the current versions of the chosen year again with its rule set', async ({
    assert,
  }) => {
    const year = await givenRuleSetYear()
    const { version } = await givenLessonPlanIn(year, await givenTeacher(), {
      mutations: [{ type: 'dropSection', key: 'II' }],
    })
    const before = await thenLatestRun(version)
    assert.equal(before.status, 'failed')
    await ValidatorSetting.create({
      schoolYearId: year.id,
      pluginId: 'cv5512:structure',
      enabled: true,
      severityOverrides: { sectionMissing: 'info' },
      options: {},
    })

    const command = await revalidate('--year', year.name, '--kind', 'pl4')
    command.assertSucceeded()
    command.assertLog('[ green(success) ] Đã kiểm tra lại 1 phiên bản.')
    const after = await thenLatestRun(version)
    assert.isAbove(after.id, before.id)
    assert.equal(after.status, 'passed')
    const structure = after.findings.filter((finding) => finding.pluginId === 'cv5512:structure')
    assert.deepEqual(
      structure.map((finding) => [finding.messageId, finding.severity]),
      [['sectionMissing', 'info']]
    )
  }).timeout(60_000)

  test('filters by kind and school', async ({ assert }) => {
    const year = await givenRuleSetYear()
    const { version } = await givenLessonPlanIn(year, await givenTeacher())
    const before = await thenLatestRun(version)

    const command = await revalidate('--year', year.name, '--kind', 'pl1')
    command.assertSucceeded()
    const latestRun = await thenLatestRun(version)
    assert.equal(latestRun.id, before.id, 'a PL I filter leaves lesson plans alone')
    const unknownSchool = await revalidate('--year', String(year.id), '--school', 'KHONG-CO')
    unknownSchool.assertExitCode(2)
    const unchanged = await thenLatestRun(version)
    assert.equal(unchanged.id, before.id)
  }).timeout(60_000)

  test('reuses the stored document model while the parser is the same', async ({ assert }) => {
    const year = await givenRuleSetYear()
    const { version } = await givenLessonPlanIn(year, await givenTeacher())
    /* A stored model without the plan's sections (the file has them all): findings about it prove no re-parse. */
    version.model = {
      ...lines(
        'TÊN BÀI DẠY: Phân số\nMôn học: Toán; lớp: 6\nThời gian thực hiện: 2 tiết\nTrường: THCS Nguyễn Du\nGiáo viên: Nguyễn Thị Lan'
      ),
      parserVersion: PARSER_VERSION,
    }
    await version.save()

    const command = await revalidate('--year', year.name)
    command.assertSucceeded()
    const run = await thenLatestRun(version)
    assert.equal(run.status, 'failed')
    assert.include(
      run.findings.map((finding) => finding.messageId),
      'sectionMissing'
    )
    await version.refresh()
    assert.lengthOf(version.model!.blocks, 5)
  }).timeout(60_000)

  test('parses the stored file again when the model came from another parser version', async ({
    assert,
  }) => {
    const year = await givenRuleSetYear()
    const teacher = await givenTeacher()
    const { version } = await givenLessonPlanIn(year, teacher)
    version.merge({
      model: { ...lines('BIÊN BẢN HỌP TỔ CHUYÊN MÔN'), parserVersion: '0.9.0' },
      parserVersion: '0.9.0',
      extractedText: 'BIÊN BẢN HỌP TỔ CHUYÊN MÔN',
    })
    await version.save()
    await indexDocument(version.documentId, ['BIÊN BẢN HỌP TỔ CHUYÊN MÔN'])
    const found = async (q: string) => {
      const page = await searchDocuments(teacher, { q, schoolYearId: year.id })
      return page.items.map((document) => document.id)
    }

    const command = await revalidate('--year', year.name)
    command.assertSucceeded()
    await version.refresh()
    assert.equal(version.parserVersion, PARSER_VERSION)
    assert.isAbove(version.model!.blocks.length, 10)
    const latestRun = await thenLatestRun(version)
    assert.equal(latestRun.status, 'passed')
    /* Search reads the new text too. */
    assert.deepEqual(await found('hinh thanh kien thuc'), [version.documentId])
    assert.deepEqual(await found('bien ban hop'), [])
  }).timeout(60_000)

  test('rejects an unknown kind or year with exit code 2', async () => {
    const unknownKind = await revalidate('--kind', 'pl9')
    unknownKind.assertExitCode(2)
    const unknownYear = await revalidate('--year', '1999-2000')
    unknownYear.assertExitCode(2)
  })

  test('draws its progress as a bar', ({ assert }) => {
    assert.equal(progressBar(0, 40), `[${'░'.repeat(24)}] 0/40`)
    assert.equal(progressBar(20, 40), `[${'█'.repeat(12)}${'░'.repeat(12)}] 20/40`)
    assert.equal(progressBar(0, 0), `[${'█'.repeat(24)}] 0/0`)
  })
})
