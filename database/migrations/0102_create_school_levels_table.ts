import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The levels a school teaches and, per level, the unit that receives its
 * school plan and may inspect it (THPT → the department's secondary
 * division; THCS → the district or commune office that supervises it).
 */
export default class extends BaseSchema {
  protected tableName = 'school_levels'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('school_id').unsigned().notNullable().references('id').inTable('schools').onDelete('CASCADE')
      table.string('level', 10).notNullable() // thcs | thpt
      table.integer('receiving_unit_id').unsigned().notNullable().references('id').inTable('units')
      table.unique(['school_id', 'level'])
      table.index(['receiving_unit_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
