import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A counter per account, copied into the session at sign-in and compared on
 * every request: raising it (sign-out, password change or reset,
 * deactivation, last role removed) ends every session of the account at
 * once, whatever the session store (cookie, memory, Redis).
 */
export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.integer('session_version').notNullable().defaultTo(0)
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('session_version')
    })
  }
}
