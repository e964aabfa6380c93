import { BaseSchema } from '@adonisjs/lucid/schema'

/** One problem reported by a plugin in a run, with the message as the uploader read it. */
export default class extends BaseSchema {
  protected tableName = 'findings'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('run_id').unsigned().notNullable().references('id').inTable('validation_runs').onDelete('CASCADE')
      table.string('plugin_id', 100).notNullable()
      table.string('message_id', 100).notNullable()
      table.string('severity', 10).notNullable()
      table.text('message').notNullable()
      table.text('location').nullable()
      table.text('reference').nullable()
      /* Extra fields a plugin offers (how to fix, data); JSON. */
      table.text('details').nullable()

      table.index(['run_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
