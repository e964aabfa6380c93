import { BaseSchema } from '@adonisjs/lucid/schema'

/** THCS, THPT and multi-level schools; records are deactivated, never deleted. */
export default class extends BaseSchema {
  protected tableName = 'schools'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('code', 40).notNullable().unique()
      table.string('name', 200).notNullable()
      table.string('type', 10).notNullable() // thcs | thpt | multi
      table.integer('supervising_unit_id').unsigned().notNullable().references('id').inTable('units')
      table.string('address', 300).nullable()
      table.boolean('is_active').notNullable().defaultTo(true)
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
      table.index(['supervising_unit_id'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
