import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The department's rule set per school year: for each validator plugin,
 * whether it runs, its options and a severity per messageId (or 'off').
 * No row means the plugin's own defaults.
 */
export default class extends BaseSchema {
  protected tableName = 'validator_settings'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('school_year_id').unsigned().notNullable().references('id').inTable('school_years').onDelete('CASCADE')
      table.string('plugin_id', 120).notNullable()
      table.boolean('enabled').notNullable().defaultTo(true)
      /* JSON as text, alike on SQLite and PostgreSQL: { messageId: 'error' | 'warning' | 'info' | 'off' }. */
      table.text('severity_overrides').notNullable()
      /* JSON object merged over the plugin's defaultOptions, validated with its VineJS schema. */
      table.text('options').notNullable()
      table.integer('updated_by').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL')
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()

      table.unique(['school_year_id', 'plugin_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
