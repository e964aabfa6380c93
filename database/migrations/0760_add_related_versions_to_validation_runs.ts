import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The approved related plans a run compared the version with (need,
 * document id, version id; JSON text): a report can say which plan it
 * followed, and a run is explained later even after that plan changed.
 */
export default class extends BaseSchema {
  protected tableName = 'validation_runs'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.text('related_versions').nullable()
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropColumn('related_versions')
    })
  }
}
