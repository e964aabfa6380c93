import { BaseSchema } from '@adonisjs/lucid/schema'

/** Professional groups (tổ chuyên môn) and their subject subgroups (nhóm chuyên môn). */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('groups', (table) => {
      table.increments('id')
      table.integer('school_id').unsigned().notNullable().references('id').inTable('schools')
      table.string('name', 160).notNullable()
      table.boolean('is_active').notNullable().defaultTo(true)
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
      table.unique(['school_id', 'name'])
    })

    this.schema.createTable('subgroups', (table) => {
      table.increments('id')
      table.integer('group_id').unsigned().notNullable().references('id').inTable('groups')
      table.string('name', 160).notNullable()
      table.integer('subject_id').unsigned().nullable().references('id').inTable('subjects')
      table.boolean('is_active').notNullable().defaultTo(true)
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
      table.unique(['group_id', 'name'])
    })
  }

  async down() {
    this.schema.dropTable('subgroups')
    this.schema.dropTable('groups')
  }
}
