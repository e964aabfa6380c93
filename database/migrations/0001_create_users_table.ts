import { BaseSchema } from '@adonisjs/lucid/schema'

/** One account per person (directive 2.3); records are deactivated, never deleted. */
export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('username', 80).notNullable().unique()
      table.string('email', 254).nullable().unique()
      table.string('full_name', 160).notNullable()
      table.string('password').notNullable()
      table.boolean('must_change_password').notNullable().defaultTo(false)
      table.boolean('is_active').notNullable().defaultTo(true)
      table.boolean('email_notifications').notNullable().defaultTo(true)
      table.timestamp('last_login_at').nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
