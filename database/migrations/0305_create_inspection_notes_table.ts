import { BaseSchema } from '@adonisjs/lucid/schema'

/** Nhận xét kiểm tra: a note from an office or the department on a document; the school reads it on the document page. */
export default class extends BaseSchema {
  protected tableName = 'inspection_notes'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('document_id').unsigned().notNullable().references('id').inTable('documents').onDelete('CASCADE')
      table.integer('version_id').unsigned().nullable().references('id').inTable('document_versions').onDelete('SET NULL')
      table.integer('author_user_id').unsigned().notNullable().references('id').inTable('users')
      table.string('author_role', 30).notNullable()
      table.text('body').notNullable()
      table.timestamp('created_at').notNullable()

      table.index(['document_id', 'id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
