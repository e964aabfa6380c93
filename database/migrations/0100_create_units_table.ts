import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Units above the schools: the department (Sở GDĐT), its divisions (Phòng
 * Giáo dục trung học…) and the supervising offices (a 2022 district office
 * or, since 1 July 2025, a commune-level office). Who reports to whom is
 * data, because the hierarchy changed in 2025 and may change again.
 */
export default class extends BaseSchema {
  protected tableName = 'units'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('kind', 20).notNullable() // department | division | office
      table.string('code', 40).notNullable().unique()
      table.string('name', 200).notNullable()
      table.integer('parent_id').unsigned().nullable().references('id').inTable('units')
      /* For offices: 'district' (before 1/7/2025) or 'commune' (after). */
      table.string('office_level', 20).nullable()
      table.boolean('is_active').notNullable().defaultTo(true)
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
