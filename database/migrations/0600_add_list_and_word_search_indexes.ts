import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Indexes for list pages at city scale (see resources/docs/load-test-report.md).
 *
 * - documents (school_year_id, updated_at, id): search results and the
 *   inspection list show a year's documents newest-changed first; walking
 *   this index backwards yields a page without reading (and sorting) the
 *   whole scope of a city-wide inspector.
 * - PostgreSQL: search matches whole words (the last one as a prefix) with
 *   a tsvector of the folded text ('simple' dictionary: no stemming, no stop
 *   words, the text is already folded in JS) in a stored generated column
 *   with a GIN index. It replaces the trigram-indexed regexes, whose recheck
 *   read and matched every candidate row (~250 ms for a common word pair
 *   against ~25 ms). The stored column also keeps per-row checks cheap when
 *   the planner walks documents first and looks each one up.
 *   SQLite keeps its FTS5 table unchanged.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('documents', (table) => {
      table.index(['school_year_id', 'updated_at', 'id'], 'documents_year_updated_index')
    })
    if (this.db.dialect.name !== 'postgres') return
    this.schema.raw(`ALTER TABLE document_search ADD COLUMN words tsvector GENERATED ALWAYS AS (to_tsvector('simple', folded)) STORED`)
    this.schema.raw('CREATE INDEX document_search_words_index ON document_search USING GIN (words)')
    this.schema.raw('DROP INDEX IF EXISTS document_search_folded_trgm')
  }

  async down() {
    this.schema.alterTable('documents', (table) => {
      table.dropIndex(['school_year_id', 'updated_at', 'id'], 'documents_year_updated_index')
    })
    if (this.db.dialect.name !== 'postgres') return
    this.schema.raw('CREATE INDEX document_search_folded_trgm ON document_search USING GIN (folded gin_trgm_ops)')
    this.schema.raw('DROP INDEX IF EXISTS document_search_words_index')
    this.schema.raw('ALTER TABLE document_search DROP COLUMN words')
  }
}
