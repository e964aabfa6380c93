import { test } from '@japa/runner'
import { definePlugin, type Plugin } from '#plugins/contract'
import { PluginRegistry } from '#app/documents/validation/plugin_registry'
import { PluginRunner } from '#app/documents/validation/plugin_runner'
import { lines, submission } from '#tests/unit/plugins/model_helpers'

const document = lines('TÊN BÀI DẠY: Phân số\nI. Mục tiêu')

function fakePlugin(
  id: string,
  check: Plugin['check'],
  extra: Partial<Plugin['meta']> = {}
): Plugin<any> {
  return definePlugin({
    meta: {
      id: `test:${id}`,
      version: '1.0.0',
      title: `Plugin ${id}`,
      description: 'A plugin written for runner tests.',
      kinds: ['pl4'],
      formats: ['docx', 'pdf'],
      severity: 'warning',
      reference: { document: 'Test', clause: '1' },
      messages: { found: 'Tìm thấy {what}.', gateClosed: 'Không đúng loại.' },
      defaultOptions: {},
      ...extra,
    },
    check,
  })
}

const reportsFound = fakePlugin('reports', ({ report }) =>
  report({ messageId: 'found', data: { what: 'x' } })
)
const loopsForever = fakePlugin('loops', () => {
  for (;;) {
    // A plugin stuck in a loop must not hang the upload.
  }
})
const throws = fakePlugin('throws', () => {
  throw new Error('boom')
})

async function runnerOf(plugins: Array<Plugin<any>>, logs: string[] = []) {
  return new PluginRunner(await PluginRegistry.fromPlugins(plugins), {
    timeLimitMs: 200,
    logger: { warn: (_bindings, message) => logs.push(message) },
  })
}

test.group('Plugin runner', () => {
  test('renders Vietnamese messages and counts severities', async ({ assert }) => {
    const runner = await runnerOf([reportsFound])
    const report = await runner.run({ document, submission: submission() })
    assert.equal(report.status, 'passed')
    assert.equal(report.warnings, 1)
    assert.equal(report.findings[0].message, 'Tìm thấy x.')
    assert.deepEqual(report.plugins, [{ id: 'test:reports', version: '1.0.0', options: {} }])
  })

  test('a plugin that loops forever becomes a validatorFailed warning', async ({ assert }) => {
    const logs: string[] = []
    const runner = await runnerOf([loopsForever, reportsFound], logs)
    const report = await runner.run({ document, submission: submission() })
    assert.deepEqual(
      report.findings.map((f) => [f.pluginId, f.messageId, f.severity]),
      [
        ['test:loops', 'validatorFailed', 'warning'],
        ['test:reports', 'found', 'warning'],
      ]
    )
    assert.equal(report.status, 'passed')
    assert.lengthOf(logs, 1)
  })

  test('a plugin interrupted only because others used the shared watchdog runs again alone and passes', async ({
    assert,
  }) => {
    // Each takes 250 ms of the 400 ms limit: the second is interrupted at 400 ms, then given its own 400 ms.
    const busy = (id: string) =>
      fakePlugin(id, ({ report }) => {
        const until = performance.now() + 250
        while (performance.now() < until) {
          // Working, not stuck.
        }
        report({ messageId: 'found', data: { what: id } })
      })
    const logs: string[] = []
    const runner = new PluginRunner(
      await PluginRegistry.fromPlugins([busy('first'), busy('second')]),
      { timeLimitMs: 400, logger: { warn: (_bindings, message) => logs.push(message) } }
    )
    const report = await runner.run({ document, submission: submission() })
    assert.deepEqual(
      report.findings.map((f) => [f.pluginId, f.messageId]),
      [
        ['test:first', 'found'],
        ['test:second', 'found'],
      ]
    )
    assert.lengthOf(logs, 0)
  })

  test('a plugin that throws becomes a validatorFailed warning and a log line', async ({
    assert,
  }) => {
    const logs: string[] = []
    const runner = await runnerOf([throws], logs)
    const report = await runner.run({ document, submission: submission() })
    assert.deepEqual(
      report.findings.map((f) => f.messageId),
      ['validatorFailed']
    )
    assert.equal(report.status, 'passed')
    assert.lengthOf(logs, 1)
  })

  test('a plugin reporting an unknown messageId is a failed plugin', async ({ assert }) => {
    const unknown = fakePlugin('unknown', ({ report }) => report({ messageId: 'nope' }))
    const runner = await runnerOf([unknown])
    const report = await runner.run({ document, submission: submission() })
    assert.deepEqual(
      report.findings.map((f) => f.messageId),
      ['validatorFailed']
    )
  })

  test('a gate that reports skips every other plugin', async ({ assert }) => {
    const gate = fakePlugin(
      'gate',
      ({ report }) => report({ messageId: 'gateClosed', severity: 'error' }),
      { gate: true }
    )
    const runner = await runnerOf([reportsFound, gate])
    const report = await runner.run({ document, submission: submission() })
    assert.deepEqual(
      report.findings.map((f) => f.messageId),
      ['gateClosed']
    )
    assert.deepEqual(report.skipped, [{ id: 'test:reports', reason: 'gate' }])
    assert.equal(report.status, 'failed')
  })

  test('a silent gate lets the other plugins run', async ({ assert }) => {
    const gate = fakePlugin('gate', () => {}, { gate: true })
    const runner = await runnerOf([reportsFound, gate])
    const report = await runner.run({ document, submission: submission() })
    assert.deepEqual(
      report.findings.map((f) => f.messageId),
      ['found']
    )
  })

  test('department overrides: severity per messageId, off, disabled plugins', async ({
    assert,
  }) => {
    const runner = await runnerOf([reportsFound, throws])
    const raised = await runner.run({
      document,
      submission: submission(),
      overrides: {
        plugins: {
          'test:reports': { severities: { found: 'error' } },
          'test:throws': { enabled: false },
        },
      },
    })
    assert.deepEqual(
      raised.findings.map((f) => [f.messageId, f.severity]),
      [['found', 'error']]
    )
    assert.equal(raised.status, 'failed')
    assert.deepEqual(raised.skipped, [{ id: 'test:throws', reason: 'disabled' }])
    assert.deepEqual(
      raised.plugins,
      [{ id: 'test:reports', version: '1.0.0', options: {}, severities: { found: 'error' } }],
      'the run records the rule set it applied'
    )

    const silenced = await runner.run({
      document,
      submission: submission(),
      overrides: {
        plugins: {
          'test:reports': { severities: { found: 'off' } },
          'test:throws': { enabled: false },
        },
      },
    })
    assert.lengthOf(silenced.findings, 0)
  })

  test('plugins for other kinds or formats do not run', async ({ assert }) => {
    const pdfOnly = fakePlugin(
      'pdf-only',
      ({ report }) => report({ messageId: 'found', data: { what: 'pdf' } }),
      { formats: ['pdf'] }
    )
    const runner = await runnerOf([pdfOnly])
    const report = await runner.run({ document, submission: submission() })
    assert.lengthOf(report.plugins, 0)
  })

  test('invalid plugin metadata stops the registry', async ({ assert }) => {
    const bad = fakePlugin('bad', () => {}, { id: 'No Namespace', version: 'one' })
    await assert.rejects(() => PluginRegistry.fromPlugins([bad]), /Invalid validator plugin/)
  })

  test('discovers every plugin folder and its profiles', async ({ assert }) => {
    const registry = await PluginRegistry.discover()
    const ids = registry.all.map((plugin) => plugin.meta.id)
    assert.includeMembers(ids, [
      'cv5512:structure',
      'cv5512:document-kind',
      'cv5512:lesson-plan-activities',
      'cv5512:unfilled-template',
      'cv5512:metadata-agreement',
      'cv5512:plan-arithmetic',
      'cv5512:one-lesson-per-file',
    ])
    assert.equal(registry.forDocument('pl4', 'docx')[0].meta.id, 'cv5512:document-kind')
  })
})
