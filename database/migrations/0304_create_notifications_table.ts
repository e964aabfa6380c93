import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * In-app notifications (the bell) and the record of e-mails sent for them.
 * dedupe_key makes reminders idempotent: the daily job may run twice and
 * still notify once per document, offset and day.
 */
export default class extends BaseSchema {
  protected tableName = 'notifications'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.string('kind', 40).notNullable()
      table.string('title', 300).notNullable()
      table.text('body').nullable()
      table.string('url', 300).nullable()
      table.integer('document_id').unsigned().nullable().references('id').inTable('documents').onDelete('CASCADE')
      table.string('dedupe_key', 160).nullable().unique()
      table.timestamp('read_at').nullable()
      table.timestamp('emailed_at').nullable()
      table.timestamp('created_at').notNullable()

      table.index(['user_id', 'read_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
