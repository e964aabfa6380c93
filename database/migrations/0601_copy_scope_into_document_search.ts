import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * PostgreSQL: every column search narrows on, copied into document_search.
 *
 * A word found in nearly every plan ("kế hoạch bài dạy") matched ALL the
 * city's plans in the word index before the reader's scope (one school,
 * one office) narrowed them in `documents`: time grew with the city, not
 * with what the reader may see (0.6 s at 100,000 plans). With the scope
 * columns (and the date results are ordered by) beside the words, a search
 * runs on document_search alone: a narrow scope through its btree index, a
 * rare word through the GIN index, a common word city-wide by walking the
 * date index, each row checked without a join.
 *
 * Triggers keep the copy exact whatever writes (upload, workflow action,
 * seeder, bulk load, plain SQL):
 *   document_search INSERT           fills the columns from its document
 *   documents UPDATE of a column     copies the new values (status moves,
 *                                    a plan moved to another group, a save)
 *
 * SQLite keeps its FTS5 table (a virtual table takes no btree index); the
 * embedded database serves one school or a small city, where it is fast.
 *
 * Rolling release (resources/docs/deployment.md §8): the previous release
 * keeps writing while this runs, so nothing here holds a long lock. The
 * columns are nullable (no table rewrite), the triggers come first (rows
 * written from then on are right), the existing rows are filled in
 * batches that each commit on their own (≈ 3 minutes in all for 333,000
 * plans with full texts), and the indexes are built CONCURRENTLY.
 */
const COLUMNS = ['school_year_id', 'school_id', 'group_id', 'subgroup_id', 'subject_id', 'owner_user_id', 'kind', 'status', 'grade', 'updated_at']
const INDEXED = [
  ['school_year_id', 'updated_at', 'document_id'],
  ['school_year_id', 'school_id'],
  ['school_year_id', 'group_id'],
  ['school_year_id', 'subgroup_id'],
  ['school_year_id', 'subject_id'],
  ['owner_user_id', 'school_year_id'],
]

const list = (prefix: string) => COLUMNS.map((column) => `${prefix}${column}`).join(', ')

/** Rows per back-fill statement: each commits alone, holding its row locks about a second at city scale. */
const BATCH = 2000

export default class extends BaseSchema {
  /* CREATE INDEX CONCURRENTLY and per-batch commits cannot run inside one transaction. */
  static disableTransactions = true

  async up() {
    if (this.db.dialect.name !== 'postgres') return
    this.schema.raw(`ALTER TABLE document_search
      ADD COLUMN school_year_id integer, ADD COLUMN school_id integer, ADD COLUMN group_id integer,
      ADD COLUMN subgroup_id integer, ADD COLUMN subject_id integer, ADD COLUMN owner_user_id integer,
      ADD COLUMN kind varchar(20), ADD COLUMN status varchar(20), ADD COLUMN grade integer, ADD COLUMN updated_at timestamptz`)

    this.schema.raw(`CREATE OR REPLACE FUNCTION document_search_copy_scope() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT ${list('d.')} INTO ${list('NEW.')} FROM documents d WHERE d.id = NEW.document_id;
        RETURN NEW;
      END $$`)
    this.schema.raw(`CREATE TRIGGER document_search_copy_scope BEFORE INSERT OR UPDATE OF document_id ON document_search
      FOR EACH ROW EXECUTE FUNCTION document_search_copy_scope()`)

    this.schema.raw(`CREATE OR REPLACE FUNCTION document_search_follow_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE document_search SET (${list('')}) = (${list('NEW.')}) WHERE document_id = NEW.id;
        RETURN NULL;
      END $$`)
    this.schema.raw(`CREATE TRIGGER document_search_follow_document AFTER UPDATE OF ${list('')} ON documents
      FOR EACH ROW WHEN ((${list('OLD.')}) IS DISTINCT FROM (${list('NEW.')}))
      EXECUTE FUNCTION document_search_follow_document()`)

    this.defer(async (client) => {
      const { rows } = await client.rawQuery('SELECT COALESCE(MAX(document_id), 0) AS last FROM document_search')
      for (let from = 1; from <= Number(rows[0].last); from += BATCH) {
        await client.rawQuery(
          `UPDATE document_search s SET (${list('')}) = (SELECT ${list('d.')} FROM documents d WHERE d.id = s.document_id)
           WHERE s.document_id BETWEEN ? AND ? AND s.school_year_id IS NULL`,
          [from, from + BATCH - 1]
        )
      }
    })
    for (const columns of INDEXED) {
      this.schema.raw(`CREATE INDEX CONCURRENTLY document_search_${columns.join('_')}_index ON document_search (${columns.join(', ')})`)
    }
  }

  async down() {
    if (this.db.dialect.name !== 'postgres') return
    this.schema.raw('DROP TRIGGER IF EXISTS document_search_follow_document ON documents')
    this.schema.raw('DROP FUNCTION IF EXISTS document_search_follow_document()')
    this.schema.raw('DROP TRIGGER IF EXISTS document_search_copy_scope ON document_search')
    this.schema.raw('DROP FUNCTION IF EXISTS document_search_copy_scope()')
    this.schema.raw(`ALTER TABLE document_search ${COLUMNS.map((column) => `DROP COLUMN ${column}`).join(', ')}`)
  }
}
