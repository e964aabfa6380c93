import { BaseSchema } from '@adonisjs/lucid/schema'

/** A reviewer's remark on a version, anchored to a finding or a block (section) of the document when given. */
export default class extends BaseSchema {
  protected tableName = 'review_comments'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('document_id').unsigned().notNullable().references('id').inTable('documents').onDelete('CASCADE')
      table.integer('version_id').unsigned().nullable().references('id').inTable('document_versions').onDelete('SET NULL')
      table.integer('author_user_id').unsigned().notNullable().references('id').inTable('users')
      table.integer('finding_id').unsigned().nullable().references('id').inTable('findings').onDelete('SET NULL')
      table.integer('block_index').nullable()
      table.text('body').notNullable()
      table.timestamp('created_at').notNullable()

      table.index(['document_id', 'id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
