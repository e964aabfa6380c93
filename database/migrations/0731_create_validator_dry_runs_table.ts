import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A dry run of a proposed rule change (/admin/validators): the proposal as
 * it would be saved, the job's progress, and how many current versions
 * would newly pass or newly fail, by kind and school. Nothing else changes
 * until the administrator confirms.
 */
export default class extends BaseSchema {
  protected tableName = 'validator_dry_runs'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('school_year_id').unsigned().notNullable().references('id').inTable('school_years').onDelete('CASCADE')
      table.string('plugin_id', 120).notNullable()
      /* JSON { enabled, severities, options }, validated as saveRule validates it. */
      table.text('proposal').notNullable()
      /* queued → running → done | failed; confirmed once the proposal was saved. */
      table.string('status', 12).notNullable().defaultTo('queued')
      table.integer('total').notNullable().defaultTo(0)
      table.integer('done').notNullable().defaultTo(0)
      /* JSON DryRunResult once done. */
      table.text('result').nullable()
      table.integer('created_by').unsigned().notNullable().references('id').inTable('users')
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()

      table.index(['school_year_id', 'plugin_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
