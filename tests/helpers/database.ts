import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { migrate } from '#app/core/services/migrate'

/** A fresh schema for the whole run: drop every table, then migrate. */
export async function resetDatabase() {
  const connection = db.connection()
  await connection.dropAllTables()
  if (connection.dialect.name === 'postgres') await connection.dropAllTypes?.()
  await migrate(app)
}
