import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { PluginRegistry } from '#app/documents/validation/plugin_registry'
import { scaffoldPaths } from '#app/documents/commands/validator_scaffold'
import { runAce } from './run_ace.js'

test.group('node ace make:validator', (group) => {
  /* A draft (plugins/_name/) so that the application and other test runs never load it meanwhile. */
  const name = `zz-scaffold-${process.pid}`
  const paths = scaffoldPaths(name, true)
  const remove = () =>
    Promise.all([
      rm(app.makePath('plugins', paths.folder), { recursive: true, force: true }),
      rm(app.makePath(paths.spec), { force: true }),
    ])
  group.teardown(async () => {
    await remove()
  })

  test('writes a plugin that loads, a README and a spec that passes as generated', async ({
    assert,
  }) => {
    const created = await runAce(['make:validator', name, '--draft', '--kind=pl4'])
    assert.equal(created.exitCode, 0, created.stderr)
    for (const path of [paths.plugin, paths.readme, paths.spec])
      assert.isTrue(existsSync(app.makePath(path)), path)

    const { default: plugin } = await import(app.makeURL(paths.plugin).href)
    const registry = await PluginRegistry.fromPlugins([plugin])
    assert.equal(registry.all[0].meta.id, `dept:${name}`)
    assert.deepEqual(registry.all[0].meta.kinds, ['pl4'])

    const tested = await runAce(['test', 'unit', `--files=${paths.spec}`])
    assert.equal(tested.exitCode, 0, tested.stdout + tested.stderr)
    assert.include(tested.stdout, '4 passed')
  }).timeout(120_000)

  test('refuses a name that is not kebab-case, and never overwrites', async ({ assert }) => {
    const invalid = await runAce(['make:validator', 'Kiểm_tra'])
    assert.equal(invalid.exitCode, 2)
    await runAce(['make:validator', name, '--draft'])
    const again = await runAce(['make:validator', name, '--draft'])
    assert.equal(again.exitCode, 1)
    assert.include(again.stderr + again.stdout, 'không ghi đè')
  }).timeout(60_000)
})
