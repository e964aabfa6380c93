import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * An uploaded staff list between preview and confirmation: the parsed rows
 * and their errors, so confirming does not need the file again.
 */
export default class extends BaseSchema {
  protected tableName = 'import_batches'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('id').inTable('users')
      table.integer('school_id').unsigned().notNullable().references('id').inTable('schools')
      table.integer('school_year_id').unsigned().notNullable().references('id').inTable('school_years')
      table.string('file_name', 255).notNullable()
      table.text('rows').notNullable() // JSON: parsed rows with their errors
      table.string('status', 20).notNullable().defaultTo('preview') // preview | done
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
