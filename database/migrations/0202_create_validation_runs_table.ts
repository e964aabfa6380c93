import { BaseSchema } from '@adonisjs/lucid/schema'

/** One run of the validator plugins on one version; a version may be re-validated (newest run wins). */
export default class extends BaseSchema {
  protected tableName = 'validation_runs'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('version_id').unsigned().notNullable().references('id').inTable('document_versions').onDelete('CASCADE')
      table.string('status', 20).notNullable()
      table.integer('errors').notNullable().defaultTo(0)
      table.integer('warnings').notNullable().defaultTo(0)
      table.integer('infos').notNullable().defaultTo(0)
      /* Plugin ids, versions and options: a run can be explained and reproduced later. */
      table.text('plugins').notNullable()
      table.string('file_sha256', 64).notNullable()
      table.timestamp('created_at').notNullable()

      table.index(['version_id', 'id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
