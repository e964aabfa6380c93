import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Full-text search over each document's metadata and current version's
 * text. The text is folded in JS before it is written (lower case, no
 * diacritics, đ→d) so both dialects index the same words:
 * - SQLite: an FTS5 table (unicode61 tokenizer) matched with prefix terms;
 * - PostgreSQL: a plain table with a trigram GIN index for word-start regexes.
 */
export default class extends BaseSchema {
  protected tableName = 'document_search'

  async up() {
    if (this.db.dialect.name === 'postgres') {
      this.schema.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm')
      this.schema.createTable(this.tableName, (table) => {
        table.integer('document_id').unsigned().primary().references('id').inTable('documents').onDelete('CASCADE')
        table.text('folded').notNullable()
      })
      this.schema.raw(`CREATE INDEX document_search_folded_trgm ON ${this.tableName} USING GIN (folded gin_trgm_ops)`)
      return
    }
    this.schema.raw(`CREATE VIRTUAL TABLE ${this.tableName} USING fts5(document_id UNINDEXED, folded, tokenize = 'unicode61')`)
  }

  async down() {
    this.schema.raw(`DROP TABLE IF EXISTS ${this.tableName}`)
  }
}
