import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * An uploaded file waiting for its owner to confirm the metadata read from
 * it (the two-step upload without JavaScript). The file sits under
 * `pending/`; confirming turns it into a document's first version, and
 * cancelling or expiring removes row and file together.
 */
export default class extends BaseSchema {
  protected tableName = 'pending_uploads'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.string('kind', 40).notNullable()
      table.string('storage_key', 255).notNullable().unique()
      table.string('original_name', 255).notNullable()
      table.integer('size').notNullable()
      /* JSON: what the teacher typed before choosing the file, and what was read from it. */
      table.text('typed').notNullable()
      table.text('read').notNullable()
      table.timestamp('expires_at').notNullable()
      table.timestamp('created_at').notNullable()

      table.index(['expires_at'])
      table.index(['user_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
