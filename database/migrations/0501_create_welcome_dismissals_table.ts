import { BaseSchema } from '@adonisjs/lucid/schema'

/** When a person closed the first-login welcome panel on the start page (one row per person). */
export default class extends BaseSchema {
  protected tableName = 'welcome_dismissals'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.integer('user_id').unsigned().primary().references('id').inTable('users').onDelete('CASCADE')
      table.timestamp('dismissed_at').notNullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
