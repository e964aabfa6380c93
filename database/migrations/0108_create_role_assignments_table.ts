import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * What a person is, for one school year, in one place: a teacher of a
 * group, the head of a group, an office inspector… One person may hold
 * several assignments. Subjects (taught or covered) and classes hang off
 * an assignment.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('role_assignments', (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('id').inTable('users')
      table.integer('school_year_id').unsigned().notNullable().references('id').inTable('school_years')
      table.string('role', 30).notNullable()
      table.integer('school_id').unsigned().nullable().references('id').inTable('schools')
      table.integer('group_id').unsigned().nullable().references('id').inTable('groups')
      table.integer('subgroup_id').unsigned().nullable().references('id').inTable('subgroups')
      table.integer('unit_id').unsigned().nullable().references('id').inTable('units')
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').nullable()
      table.index(['user_id', 'school_year_id'])
      table.index(['school_year_id', 'school_id', 'role'])
      table.index(['group_id'])
    })

    this.schema.createTable('role_assignment_subjects', (table) => {
      table.integer('role_assignment_id').unsigned().notNullable().references('id').inTable('role_assignments').onDelete('CASCADE')
      table.integer('subject_id').unsigned().notNullable().references('id').inTable('subjects')
      table.primary(['role_assignment_id', 'subject_id'])
    })

    this.schema.createTable('role_assignment_classes', (table) => {
      table.integer('role_assignment_id').unsigned().notNullable().references('id').inTable('role_assignments').onDelete('CASCADE')
      table.integer('class_id').unsigned().notNullable().references('id').inTable('classes')
      table.primary(['role_assignment_id', 'class_id'])
    })
  }

  async down() {
    this.schema.dropTable('role_assignment_classes')
    this.schema.dropTable('role_assignment_subjects')
    this.schema.dropTable('role_assignments')
  }
}
