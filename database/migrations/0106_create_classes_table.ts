import { BaseSchema } from '@adonisjs/lucid/schema'

/** Classes of a school in a school year (6A1, 10A2…); the grade is 6–12. */
export default class extends BaseSchema {
  protected tableName = 'classes'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('school_id').unsigned().notNullable().references('id').inTable('schools')
      table.integer('school_year_id').unsigned().notNullable().references('id').inTable('school_years')
      table.integer('grade').notNullable()
      table.string('name', 40).notNullable()
      table.unique(['school_id', 'school_year_id', 'name'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
