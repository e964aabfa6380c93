import { BaseSchema } from '@adonisjs/lucid/schema'

/** School years with their calendar: 35 weeks split 18/17 by default, plan deadline 15/9. */
export default class extends BaseSchema {
  protected tableName = 'school_years'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('name', 20).notNullable().unique() // 2025-2026
      table.date('starts_on').notNullable()
      table.date('ends_on').notNullable()
      table.integer('weeks_term1').notNullable().defaultTo(18)
      table.integer('weeks_term2').notNullable().defaultTo(17)
      table.date('plan_deadline').notNullable()
      table.boolean('is_current').notNullable().defaultTo(false)
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
