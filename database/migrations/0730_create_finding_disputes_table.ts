import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A teacher's dispute of one error finding of one version ("Báo kiểm tra
 * chưa đúng"), and the reviewer's decision on it. The finding is named by
 * what it says and where (plugin, message id, location), not only by its
 * row: a revalidation of the same version writes new finding rows, and the
 * dispute still applies to the same finding. It never applies to another
 * version.
 */
export default class extends BaseSchema {
  protected tableName = 'finding_disputes'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('document_id').unsigned().notNullable().references('id').inTable('documents').onDelete('CASCADE')
      table.integer('version_id').unsigned().notNullable().references('id').inTable('document_versions').onDelete('CASCADE')
      /* The finding row the teacher disputed (gone once its run is deleted; the fingerprint below stays). */
      table.integer('finding_id').unsigned().nullable().references('id').inTable('findings').onDelete('SET NULL')
      table.string('plugin_id', 100).notNullable()
      table.string('message_id', 100).notNullable()
      /* The finding's stored location text ('' when it has none). */
      table.text('location_key').notNullable()
      /* The message as the teacher read it (evidence for the department's export). */
      table.text('message').notNullable()
      table.text('reason').notNullable()
      table.integer('disputed_by').unsigned().notNullable().references('id').inTable('users')
      /* open → accepted (the finding is overruled for this version) or upheld (the plan is returned). */
      table.string('status', 10).notNullable().defaultTo('open')
      table.integer('decided_by').unsigned().nullable().references('id').inTable('users')
      table.text('decision_comment').nullable()
      table.timestamp('decided_at').nullable()
      table.timestamp('created_at').notNullable()

      table.unique(['version_id', 'plugin_id', 'message_id', 'location_key'])
      table.index(['document_id'])
      table.index(['plugin_id', 'message_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
