import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The audit log of the workflow: one row per transition (submitted,
 * withdrawn, approved, returned, new version, council approval, report
 * sent). Append-only: the application never updates or deletes a row.
 */
export default class extends BaseSchema {
  protected tableName = 'document_events'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('document_id').unsigned().notNullable().references('id').inTable('documents').onDelete('CASCADE')
      table.integer('version_id').unsigned().nullable().references('id').inTable('document_versions').onDelete('SET NULL')
      /* Null for the system (the reminder job, a new upload seen by the documents module). */
      table.integer('actor_user_id').unsigned().nullable().references('id').inTable('users').onDelete('RESTRICT')
      table.string('actor_role', 30).nullable()
      table.string('action', 30).notNullable()
      table.string('from_status', 20).nullable()
      table.string('to_status', 20).nullable()
      table.text('comment').nullable()
      /* The validation run the decision relied on (the gate's evidence). */
      table.integer('validation_run_id').unsigned().nullable().references('id').inTable('validation_runs').onDelete('SET NULL')
      /* Extra facts of an action (a council decision's number and date); JSON. */
      table.text('details').nullable()
      table.timestamp('created_at').notNullable()

      table.index(['document_id', 'id'])
      table.index(['actor_user_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
