import type { Knex } from 'knex'
import { BaseSchema } from '@adonisjs/lucid/schema'
import { DOCUMENT_COUNTS, FINDING_COUNTS, FINDING_KEY, OPEN_LESSON_COUNTS, SCOPE_KEY, createSummaryTriggers, dropSummaryTriggers } from '#app/workflow/stats/summary_triggers'
import { rebuildSummaries } from '#app/workflow/stats/rebuild_summaries'

/**
 * Summary tables for the dashboards, kept exact by triggers
 * (app/workflow/stats/summary_triggers.ts) and backfilled from the
 * existing rows. Plus the indexes the triggers and the dashboards need:
 * documents by current version (which document a new run or finding
 * belongs to) and the open lesson plans by teaching date (the "late"
 * column of a school's or an office's page, counted for today's date).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable(DOCUMENT_COUNTS, (table) => {
      scopeKeyColumns(table)
      table.integer('document_count').notNullable()
      table.unique([...SCOPE_KEY], { indexName: 'document_counts_key' })
    })
    this.schema.createTable(FINDING_COUNTS, (table) => {
      scopeKeyColumns(table)
      table.string('plugin_id', 100).notNullable()
      table.string('message_id', 100).notNullable()
      table.string('severity', 10).notNullable()
      table.integer('finding_count').notNullable()
      /* One wording of the message, shown as the example on the dashboard. */
      table.text('example').notNullable()
      table.unique([...FINDING_KEY], { indexName: 'finding_counts_key' })
    })
    this.schema.createTable(OPEN_LESSON_COUNTS, (table) => {
      table.integer('school_year_id').notNullable()
      table.integer('school_id').notNullable()
      table.date('teaching_date').notNullable()
      table.integer('document_count').notNullable()
      table.unique(['school_year_id', 'school_id', 'teaching_date'], { indexName: 'open_lesson_counts_key' })
    })
    this.schema.alterTable('documents', (table) => {
      table.index(['current_version_id'], 'documents_current_version_index')
    })
    this.schema.raw(
      `CREATE INDEX documents_open_lessons_index ON documents (school_year_id, school_id, teaching_date) WHERE kind = 'pl4' AND status <> 'approved'`
    )
    this.defer(async (client) => {
      await createSummaryTriggers(client)
      await rebuildSummaries(client)
    })
  }

  async down() {
    this.defer(async (client) => dropSummaryTriggers(client))
    this.schema.raw('DROP INDEX IF EXISTS documents_open_lessons_index')
    this.schema.alterTable('documents', (table) => {
      table.dropIndex(['current_version_id'], 'documents_current_version_index')
    })
    this.schema.dropTable(OPEN_LESSON_COUNTS)
    this.schema.dropTable(FINDING_COUNTS)
    this.schema.dropTable(DOCUMENT_COUNTS)
  }
}

function scopeKeyColumns(table: Knex.CreateTableBuilder) {
  table.integer('school_year_id').notNullable()
  table.integer('school_id').notNullable()
  /* 0 = none (a school plan has no group, a group plan no subgroup). */
  table.integer('group_id').notNullable()
  table.integer('subgroup_id').notNullable()
  table.integer('subject_id').notNullable()
  table.string('kind', 20).notNullable()
  table.string('status', 20).notNullable()
}
