import { test } from '@japa/runner'
import { readFile, readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import app from '@adonisjs/core/services/app'
import { kindIds } from '#app/core/registries/kinds'

/*
 * What varies by kind is asked of the kind registry (app/core/registries/kinds.ts)
 * by trait; a kind id written anywhere else in the application is a copy
 * that the next kind would have to find. Plugins, profiles, language
 * files, migrations and tests may name kinds: they are not scanned; nor is
 * the demo data (the generated plans and the seeded demo year), which names
 * concrete kinds as data, like a profile.
 */
const REGISTRY = 'app/core/registries/kinds.ts'
const DEMO_DATA = ['app/documents/demo_files/', 'app/workflow/seeding/']

async function filesUnder(directory: string, extensions: string[]): Promise<string[]> {
  const entries = await readdir(app.makePath(directory), { withFileTypes: true, recursive: true })
  return entries
    .filter(
      (entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension))
    )
    .map((entry) => relative(app.makePath(), join(entry.parentPath, entry.name)))
}

test.group('Kind ids live in the kind registry only', () => {
  test('no kind id is written in application code or views outside the registry', async ({
    assert,
  }) => {
    const literal = new RegExp(`(['"\`])(${kindIds().join('|')})\\1`)
    const files = [
      ...(await filesUnder('app', ['.ts'])),
      ...(await filesUnder('resources/views', ['.edge'])),
      ...(await filesUnder('start', ['.ts'])),
    ]
    assert.isAbove(files.length, 100)
    const offenders: string[] = []
    for (const file of files.filter(
      (path) => path !== REGISTRY && !DEMO_DATA.some((folder) => path.startsWith(folder))
    )) {
      const content = await readFile(app.makePath(file), 'utf8')
      const lines = content.split('\n')
      lines.forEach(
        (line, index) =>
          literal.test(line) && offenders.push(`${file}:${index + 1}: ${line.trim()}`)
      )
    }
    assert.deepEqual(offenders, [], 'ask the kind registry for a trait instead')
  })
})
