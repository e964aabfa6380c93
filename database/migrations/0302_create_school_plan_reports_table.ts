import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The approved school plan sent upward (directive 2.2): one row per
 * receiving unit of each level the school teaches (THPT → the department's
 * secondary division; THCS → the supervising office), with the council's
 * decision that approved it.
 */
export default class extends BaseSchema {
  protected tableName = 'school_plan_reports'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('document_id').unsigned().notNullable().references('id').inTable('documents').onDelete('CASCADE')
      table.integer('version_id').unsigned().notNullable().references('id').inTable('document_versions').onDelete('CASCADE')
      table.integer('unit_id').unsigned().notNullable().references('id').inTable('units')
      table.string('level', 10).notNullable() // thcs | thpt
      table.string('decision_number', 60).notNullable()
      table.date('decision_date').notNullable()
      table.integer('sent_by_user_id').unsigned().notNullable().references('id').inTable('users')
      table.timestamp('sent_at').notNullable()

      table.unique(['version_id', 'unit_id'])
      table.index(['unit_id', 'sent_at'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
