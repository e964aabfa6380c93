import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { rm } from 'node:fs/promises'
import { migrate } from '#app/core/services/migrate'

/** A fresh schema for the whole run: drop every table, then migrate. */
export async function resetDatabase() {
  const connection = db.connection()
  await connection.dropAllTables()
  if (connection.dialect.name === 'postgres') await connection.dropAllTypes()
  await migrate(app)
}

/** Removes this run's own SQLite file, storage and e-mail folders (named after the process id). */
export async function removeRunFiles() {
  await db.manager.closeAll()
  const suffix = String(process.pid)
  const paths = [
    `tmp/test-${suffix}.sqlite3`,
    `tmp/test-${suffix}.sqlite3-wal`,
    `tmp/test-${suffix}.sqlite3-shm`,
    `tmp/test-storage-${suffix}`,
    `tmp/test-mail-${suffix}`,
    `tmp/test-uploads-${suffix}`,
  ]
  for (const path of paths) {
    /* Retried: a file still being written into a folder makes a single rm fail with ENOTEMPTY. */
    await rm(app.makePath(path), { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })
  }
}
