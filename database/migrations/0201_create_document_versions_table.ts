import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * One immutable uploaded file of a document: v1, v2, … Never updated after
 * insert; the stored model lets validators run again without re-parsing.
 */
export default class extends BaseSchema {
  protected tableName = 'document_versions'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('document_id').unsigned().notNullable().references('id').inTable('documents').onDelete('CASCADE')
      table.integer('number').notNullable()
      table.integer('uploader_id').unsigned().notNullable().references('id').inTable('users').onDelete('RESTRICT')
      table.string('original_name', 255).notNullable()
      /* Unique per version, never reused: an earlier version's file is never overwritten. */
      table.string('storage_key', 255).notNullable().unique()
      table.string('sha256', 64).notNullable()
      table.bigInteger('size').notNullable()
      table.string('format', 10).notNullable()
      table.string('mime_type', 100).notNullable()
      table.string('parse_status', 20).notNullable()
      table.string('parser_version', 50).nullable()
      table.text('model', 'longtext').nullable()
      table.text('extracted_text', 'longtext').nullable()
      table.timestamp('created_at').notNullable()

      table.unique(['document_id', 'number'])
      table.index(['sha256'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
