import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/lucid'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { cacheStatements } from '#app/core/services/sqlite_statement_cache'

const migrations = { naturalSort: true, paths: ['database/migrations'] }

/*
 * Models are written by hand with explicit column types, so one model fits
 * SQLite and PostgreSQL alike; no generated database/schema.ts.
 */
const schemaGeneration = { enabled: false }

/*
 * SQLite is the embedded default so that `npm start` works on a fresh
 * machine; PostgreSQL is the production database (DB_CONNECTION=pg).
 */
/* "%pid%" in the name gives each test process its own database file. */
const sqliteFile = app.makePath(
  env.get('SQLITE_FILENAME', 'tmp/db.sqlite3').replace('%pid%', String(process.pid))
)
if (env.get('DB_CONNECTION', 'sqlite') === 'sqlite')
  mkdirSync(dirname(sqliteFile), { recursive: true })

const dbConfig = defineConfig({
  connection: env.get('DB_CONNECTION', 'sqlite'),
  prettyPrintDebugQueries: true,

  connections: {
    sqlite: {
      client: 'better-sqlite3',
      connection: {
        filename: sqliteFile,
      },
      useNullAsDefault: true,
      migrations,
      schemaGeneration,
      /* The FTS5 search table owns these shadow tables; dropping it drops them. */
      wipe: {
        ignoreTables: [
          'document_search_config',
          'document_search_content',
          'document_search_data',
          'document_search_docsize',
          'document_search_idx',
        ],
      },
      /* WAL lets readers go on while one request writes. */
      pool: {
        afterCreate: (connection: any, done: (error: Error | null, connection: any) => void) => {
          connection.pragma('journal_mode = WAL')
          connection.pragma('foreign_keys = ON')
          connection.pragma('busy_timeout = 5000')
          cacheStatements(connection)
          done(null, connection)
        },
      },
    },
    pg: {
      client: 'pg',
      connection: {
        host: env.get('DB_HOST', '127.0.0.1'),
        port: env.get('DB_PORT', 5432),
        user: env.get('DB_USER', 'postgres'),
        password: env.get('DB_PASSWORD'),
        database: env.get('DB_DATABASE', 'hscm'),
      },
      pool: { min: 0, max: env.get('DB_POOL_MAX', 10) },
      migrations,
      schemaGeneration,
    },
  },
})

export default dbConfig
