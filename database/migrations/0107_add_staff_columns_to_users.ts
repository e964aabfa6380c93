import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Staff code (mã định danh of the sector database or SMAS) makes imports
 * idempotent: a re-import updates the account with the same code.
 */
export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.string('staff_code', 40).nullable().unique()
      table.date('birth_date').nullable()
      table.string('phone', 30).nullable()
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('staff_code')
      table.dropColumn('birth_date')
      table.dropColumn('phone')
    })
  }
}
