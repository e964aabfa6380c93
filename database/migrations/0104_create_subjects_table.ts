import { BaseSchema } from '@adonisjs/lucid/schema'
import { SUBJECT_CATALOGUE } from '#app/organization/services/subject_catalogue'

/**
 * Subjects and educational activities of the 2018 general education
 * programme, grades 6–12. The catalogue is reference data every database
 * needs (tests included), so the migration loads it.
 */
export default class extends BaseSchema {
  protected tableName = 'subjects'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('code', 40).notNullable().unique()
      table.string('name', 120).notNullable()
      table.text('levels').notNullable() // JSON array: ["thcs","thpt"]
      table.boolean('is_activity').notNullable().defaultTo(false)
      table.integer('sort_order').notNullable().defaultTo(0)
    })

    this.defer(async (db) => {
      await db.table(this.tableName).multiInsert(
        SUBJECT_CATALOGUE.map((subject, index) => ({
          code: subject.code,
          name: subject.name,
          levels: JSON.stringify(subject.levels),
          is_activity: subject.isActivity ?? false,
          sort_order: index + 1,
        }))
      )
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
