import { BaseSchema } from '@adonisjs/lucid/schema'
import { OPEN_LESSON_COUNTS, createSummaryTriggers, dropSummaryTriggers } from '#app/workflow/stats/summary_triggers'
import { rebuildSummaries } from '#app/workflow/stats/rebuild_summaries'

/**
 * open_lesson_counts was added to migration 0307 after some databases had
 * already run it; those lack the table (and the triggers that fill it).
 * This brings them level: create what is missing, reinstall the triggers,
 * recompute the summaries. On a database that has it all, it does nothing.
 */
export default class extends BaseSchema {
  async up() {
    if (await this.schema.hasTable(OPEN_LESSON_COUNTS)) return
    this.schema.createTable(OPEN_LESSON_COUNTS, (table) => {
      table.integer('school_year_id').notNullable()
      table.integer('school_id').notNullable()
      table.date('teaching_date').notNullable()
      table.integer('document_count').notNullable()
      table.unique(['school_year_id', 'school_id', 'teaching_date'], { indexName: 'open_lesson_counts_key' })
    })
    this.schema.raw(
      `CREATE INDEX IF NOT EXISTS documents_open_lessons_index ON documents (school_year_id, school_id, teaching_date) WHERE kind = 'pl4' AND status <> 'approved'`
    )
    this.defer(async (client) => {
      await dropSummaryTriggers(client)
      await createSummaryTriggers(client)
      await rebuildSummaries(client)
    })
  }

  async down() {
    /* Nothing to undo: 0307 owns the table on databases that were migrated in one go. */
  }
}
