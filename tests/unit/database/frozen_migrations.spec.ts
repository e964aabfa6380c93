import { test } from '@japa/runner'
import { createHash } from 'node:crypto'
import { readFile, readdir } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'

/*
 * A shipped migration has run on databases we cannot reach again: editing
 * it changes nothing there and makes fresh databases differ from old ones.
 * database/migrations.sha256 records every released migration (the format of
 * `sha256sum`, so `sha256sum -c database/migrations.sha256` checks it too);
 * a change is a new migration. A new migration is added to the list when it
 * ships: `sha256sum database/migrations/<file> >> database/migrations.sha256`.
 */
const LIST = 'database/migrations.sha256'

async function recorded() {
  const text = await readFile(app.makePath(LIST), 'utf8')
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [hash, path] = line.split(/\s+\*?/)
      return { hash, path }
    })
}

async function sha256(path: string) {
  return createHash('sha256')
    .update(await readFile(app.makePath(path)))
    .digest('hex')
}

async function migrationFiles() {
  const entries = await readdir(app.makePath('database/migrations'))
  return entries.filter((name) => name.endsWith('.ts')).map((name) => `database/migrations/${name}`)
}

test.group('Frozen migrations', () => {
  test('every recorded migration is still there, byte for byte', async ({ assert }) => {
    const entries = await recorded()
    assert.isAbove(entries.length, 30)
    const changed: string[] = []
    for (const { hash, path } of entries) {
      const actual = await sha256(path).catch(() => 'missing')
      if (actual !== hash) changed.push(`${path} (${actual === 'missing' ? 'removed' : 'edited'})`)
    }
    assert.deepEqual(
      changed,
      [],
      `shipped migrations must not change; write a new migration instead`
    )
  })

  test('an unrecorded migration comes after every recorded one', async ({ assert }) => {
    const entries = await recorded()
    const recordedPaths = new Set(entries.map((entry) => entry.path))
    const newest = [...recordedPaths].sort().at(-1)!
    const files = await migrationFiles()
    const slipped = files.filter((path) => !recordedPaths.has(path) && path < newest)
    assert.deepEqual(slipped, [], 'a new migration must sort after the last released one')
  })

  test('no migration imports application code', async ({ assert }) => {
    const importing: string[] = []
    for (const path of await migrationFiles()) {
      const source = await readFile(app.makePath(path), 'utf8')
      if (/(from\s+|import\(\s*)'(#|\.)/.test(source)) importing.push(path)
    }
    assert.deepEqual(
      importing,
      [],
      'a migration must hold its own SQL and data: app code changes, the migration must not'
    )
  })
})
