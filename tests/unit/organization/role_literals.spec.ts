import { test } from '@japa/runner'
import { readFile, readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import app from '@adonisjs/core/services/app'
import { ROLES } from '#app/core/registries/roles'

/*
 * What a role may do is asked of the role registry (app/core/registries/roles.ts)
 * by capability (`rolesThat`, `reviewersOf`, `PRINCIPAL_OFFICE`, …); a role
 * name written anywhere else is a copy the next role or changed right would
 * have to find. The kind registry names its submitters; seeding data,
 * migrations and tests may name roles as data; they are not scanned.
 *
 * 'teacher' is left out of the pattern: it is also a kind level
 * (`KindLevel`), so a literal cannot tell the two apart.
 */
const REGISTRIES = ['app/core/registries/roles.ts', 'app/core/registries/kinds.ts']
const DATA = ['app/documents/demo_files/', 'app/workflow/seeding/', 'app/organization/seeding/']

/*
 * Files that still compare role names, each to be moved to a capability.
 * The list may only shrink: a file that no longer names a role must leave it.
 */
const NOT_YET_MOVED = new Set([
  /* Data: which guide each role reads; the staff sheet's words for each role. */
  'app/core/guide/guide_roles.ts',
  'app/core/guide/guides.ts',
  'app/organization/services/staff_import/vocabulary.ts',
  'app/organization/services/staff_import/apply_import.ts',
])

async function filesUnder(directory: string, extensions: string[]): Promise<string[]> {
  const entries = await readdir(app.makePath(directory), { withFileTypes: true, recursive: true })
  return entries
    .filter(
      (entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension))
    )
    .map((entry) => relative(app.makePath(), join(entry.parentPath, entry.name)))
}

async function filesNamingRoles(): Promise<Map<string, string[]>> {
  const names = ROLES.filter((role) => role !== 'teacher')
  const literal = new RegExp(`(['"\`])(${names.join('|')})\\1`)
  const files = [
    ...(await filesUnder('app', ['.ts'])),
    ...(await filesUnder('resources/views', ['.edge'])),
    ...(await filesUnder('start', ['.ts'])),
  ].filter((path) => !REGISTRIES.includes(path) && !DATA.some((folder) => path.startsWith(folder)))
  const found = new Map<string, string[]>()
  for (const file of files) {
    const content = await readFile(app.makePath(file), 'utf8')
    const lines = content
      .split('\n')
      .flatMap((line, index) => (literal.test(line) ? [`${index + 1}: ${line.trim()}`] : []))
    if (lines.length) found.set(file, lines)
  }
  return found
}

test.group('Role names live in the role registry only', () => {
  test('no new file compares role names instead of asking a capability', async ({ assert }) => {
    const found = await filesNamingRoles()
    const offenders = [...found]
      .filter(([file]) => !NOT_YET_MOVED.has(file))
      .flatMap(([file, lines]) => lines.map((line) => `${file}:${line}`))
    assert.deepEqual(offenders, [], 'ask the role registry for a capability instead')
  })

  test('a file that no longer names a role leaves the list of those not yet moved', async ({
    assert,
  }) => {
    const found = await filesNamingRoles()
    const moved = [...NOT_YET_MOVED].filter((file) => !found.has(file))
    assert.deepEqual(moved, [], 'remove these from NOT_YET_MOVED')
  })
})
