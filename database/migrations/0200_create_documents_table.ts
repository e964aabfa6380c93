import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A plan as the uploader declared it (kind, unit, subject, lesson); its
 * files are the versions. Unit columns are what AccessScope narrows on.
 */
export default class extends BaseSchema {
  protected tableName = 'documents'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('kind', 20).notNullable()
      table.integer('school_year_id').unsigned().notNullable().references('id').inTable('school_years').onDelete('RESTRICT')
      table.integer('school_id').unsigned().notNullable().references('id').inTable('schools').onDelete('RESTRICT')
      table.integer('group_id').unsigned().nullable().references('id').inTable('groups').onDelete('RESTRICT')
      table.integer('subgroup_id').unsigned().nullable().references('id').inTable('subgroups').onDelete('RESTRICT')
      table.integer('subject_id').unsigned().nullable().references('id').inTable('subjects').onDelete('RESTRICT')
      table.integer('grade').nullable()
      table.string('class_name', 50).nullable()
      table.integer('owner_user_id').unsigned().notNullable().references('id').inTable('users').onDelete('RESTRICT')
      table.string('title', 500).notNullable()
      table.string('lesson_title', 500).nullable()
      table.integer('periods').nullable()
      table.date('teaching_date').nullable()
      table.integer('teaching_week').nullable()
      /* The workflow module owns the transitions; uploads only create drafts. */
      table.string('status', 20).notNullable().defaultTo('draft')
      /* No foreign key: the version row references the document (a cycle); kept consistent in one transaction. */
      table.integer('current_version_id').unsigned().nullable()
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()

      table.index(['owner_user_id', 'school_year_id'])
      table.index(['school_id', 'school_year_id', 'kind'])
      table.index(['group_id'])
      table.index(['subject_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
