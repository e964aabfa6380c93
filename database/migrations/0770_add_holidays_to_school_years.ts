import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Breaks of a school year (Tết, mid-term): a JSON list of { from, to } ISO
 * dates. A calendar week whose school days all fall in a break is not a
 * teaching week, so "Tuần 24" after Tết lands a week later. Null: none.
 */
export default class extends BaseSchema {
  protected tableName = 'school_years'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.text('holidays').nullable()
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('holidays')
    })
  }
}
