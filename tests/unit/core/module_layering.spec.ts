import { test } from '@japa/runner'
import { readFile, readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import app from '@adonisjs/core/services/app'

/*
 * The modules depend in one direction (ARCHITECTURE.md):
 * core ← organization ← documents ← workflow. A lower module that must show
 * or trigger something of a higher one is extended from the higher one's
 * provider, never by importing it. Static, type-only and dynamic imports
 * all count, written with the `#app/…` alias or as a relative path.
 */
const HIGHER: Record<string, string[]> = {
  organization: ['documents', 'workflow'],
  documents: ['workflow'],
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\1/g

async function sourceFiles(module: string): Promise<string[]> {
  const folder = app.makePath('app', module)
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
}

/** The `app/` module a specifier points into, if any. */
function targetModule(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('#app/')) return specifier.split('/')[1]
  if (!specifier.startsWith('.')) return undefined
  const path = relative(app.makePath('app'), join(file, '..', specifier))
  return path.startsWith('..') ? undefined : path.split('/')[0]
}

async function upwardImports(module: string): Promise<string[]> {
  const found: string[] = []
  for (const file of await sourceFiles(module)) {
    const content = await readFile(file, 'utf8')
    for (const [, , specifier] of content.matchAll(IMPORT)) {
      if (HIGHER[module].includes(targetModule(file, specifier) ?? ''))
        found.push(`${relative(app.makePath(), file)} imports ${specifier}`)
    }
  }
  return found
}

test.group('Module layering', () => {
  test('{$self} imports nothing from a module above it')
    .with(Object.keys(HIGHER))
    .run(async ({ assert }, module) => {
      assert.deepEqual(
        await upwardImports(module),
        [],
        'register from the higher module’s provider instead'
      )
    })

  test('the check sees static, type-only, dynamic and relative imports', ({ assert }) => {
    const file = app.makePath('app', 'organization', 'services', 'x.ts')
    const specifiers = [
      ...`import a from '#app/workflow/a'
import type { B } from "#app/documents/b"
const c = await import('#app/workflow/c')
import '../../documents/d.js'`.matchAll(IMPORT),
    ].map(([, , specifier]) => targetModule(file, specifier))
    assert.deepEqual(specifiers, ['workflow', 'documents', 'workflow', 'documents'])
  })
})
