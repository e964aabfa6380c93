import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Indexes the workflow's queries need on the documents module's table:
 * dashboards group a year's documents by school and status, the review
 * queue looks up submitted documents of a group or subgroup.
 */
export default class extends BaseSchema {
  protected tableName = 'documents'

  async up() {
    this.schema.alterTable(this.tableName, (table) => {
      table.index(['school_year_id', 'status', 'school_id'], 'documents_year_status_school_index')
      table.index(['group_id', 'status'], 'documents_group_status_index')
      table.index(['subgroup_id', 'status'], 'documents_subgroup_status_index')
    })
  }

  async down() {
    this.schema.alterTable(this.tableName, (table) => {
      table.dropIndex(['school_year_id', 'status', 'school_id'], 'documents_year_status_school_index')
      table.dropIndex(['group_id', 'status'], 'documents_group_status_index')
      table.dropIndex(['subgroup_id', 'status'], 'documents_subgroup_status_index')
    })
  }
}
