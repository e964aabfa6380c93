import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Where users call or write for help (hotline, e-mail, the department's
 * unit). One row for the whole department, edited by its administrator;
 * the guide and the error pages show it.
 */
export default class extends BaseSchema {
  protected tableName = 'support_contacts'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('hotline', 40).notNullable()
      table.string('email', 255).nullable()
      table.string('unit_name', 255).notNullable()
      table.string('hours', 255).nullable()
      table.integer('updated_by_user_id').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL')
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
