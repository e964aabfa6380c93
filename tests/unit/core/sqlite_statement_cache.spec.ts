import { test } from '@japa/runner'
import { createRequire } from 'node:module'
import { cacheStatements } from '#app/core/services/sqlite_statement_cache'

/* The SQLite driver Knex uses; it ships no type declarations. */
const Database = createRequire(import.meta.url)('better-sqlite3')

test.group('SQLite statement cache', () => {
  test('the same SQL text is compiled once and still sees rows and schema changes', ({
    assert,
  }) => {
    const connection = new Database(':memory:')
    cacheStatements(connection)
    connection.exec('CREATE TABLE plans (id INTEGER PRIMARY KEY, title TEXT)')
    const insert = 'INSERT INTO plans (title) VALUES (?)'
    const select = 'SELECT * FROM plans ORDER BY id'

    connection.prepare(insert).run('Kế hoạch dạy học')
    assert.strictEqual(connection.prepare(insert), connection.prepare(insert))
    connection.prepare(insert).run('Kế hoạch bài dạy')
    assert.deepEqual(
      connection
        .prepare(select)
        .all()
        .map((row: any) => row.title),
      ['Kế hoạch dạy học', 'Kế hoạch bài dạy']
    )

    connection.exec('ALTER TABLE plans ADD COLUMN grade INTEGER DEFAULT 6')
    assert.deepEqual(connection.prepare(select).all()[0], {
      id: 1,
      title: 'Kế hoạch dạy học',
      grade: 6,
    })
    assert.notStrictEqual(
      connection.prepare('SAVEPOINT trx1'),
      connection.prepare('SAVEPOINT trx1')
    )
    connection.close()
  })
})
