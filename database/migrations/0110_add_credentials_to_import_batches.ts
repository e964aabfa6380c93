import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The initial passwords of an import, encrypted with the app key, kept only
 * until the administrator downloads them once for printing.
 */
export default class extends BaseSchema {
  protected tableName = 'import_batches'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.text('credentials').nullable()
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('credentials')
    })
  }
}
