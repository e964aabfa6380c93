import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Who reviews which kind of plan, the lesson-plan lead time and the
 * reminder offsets, per school year. A year without a row uses the
 * directive's defaults (app/workflow/services/routing_defaults.ts); the
 * department admin edits them on /workflow/settings.
 */
export default class extends BaseSchema {
  protected tableName = 'routing_rules'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('school_year_id').unsigned().notNullable().unique().references('id').inTable('school_years').onDelete('CASCADE')
      /* JSON: { pl3: 'group_leads', pl1: 'principal_office', … } */
      table.text('reviewers').notNullable()
      table.integer('lesson_plan_lead_days').notNullable().defaultTo(1)
      /* JSON: days before a deadline when reminders go out, e.g. [7, 3, 1] */
      table.text('reminder_offsets').notNullable()
      table.integer('updated_by_user_id').unsigned().nullable().references('id').inTable('users')
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
