import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * When each document was first approved, kept on the document so that the
 * deadline views count "approved in time" in one pass over documents
 * instead of probing the events of each of a city's lesson plans. Filled
 * from the approval events already recorded, then kept by a trigger on
 * document_events (whatever writes an approval: workflow action, council
 * record, seeder, plain SQL). An index over the year's documents by kind
 * and lesson day covers the deadline figures (index-only on PostgreSQL).
 */
const TRIGGER = 'documents_first_approval'
const UPDATE = `UPDATE documents SET first_approved_at = NEW.created_at
  WHERE id = NEW.document_id AND (first_approved_at IS NULL OR first_approved_at > NEW.created_at)`

export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('documents', (table) => {
      table.timestamp('first_approved_at', { useTz: true }).nullable()
    })
    this.defer(async (client) => {
      await client.rawQuery(`UPDATE documents SET first_approved_at = (
          SELECT MIN(created_at) FROM document_events
          WHERE document_events.document_id = documents.id AND document_events.to_status = 'approved')
        WHERE EXISTS (SELECT 1 FROM document_events
          WHERE document_events.document_id = documents.id AND document_events.to_status = 'approved')`)
      if (client.dialect.name === 'postgres') {
        await client.rawQuery(`CREATE OR REPLACE FUNCTION ${TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            ${UPDATE};
            RETURN NULL;
          END $$`)
        await client.rawQuery(`CREATE TRIGGER ${TRIGGER} AFTER INSERT ON document_events FOR EACH ROW
          WHEN (NEW.to_status = 'approved') EXECUTE FUNCTION ${TRIGGER}()`)
      } else {
        await client.rawQuery(`CREATE TRIGGER ${TRIGGER} AFTER INSERT ON document_events FOR EACH ROW
          WHEN NEW.to_status = 'approved' BEGIN ${UPDATE}; END`)
      }
      await client.rawQuery(`CREATE INDEX documents_deadline_facts_index ON documents
        (school_year_id, kind, teaching_date, teaching_week, status, first_approved_at, school_id, group_id, owner_user_id, subject_id)`)
    })
  }

  async down() {
    this.defer(async (client) => {
      await client.rawQuery('DROP INDEX IF EXISTS documents_deadline_facts_index')
      if (client.dialect.name === 'postgres') {
        await client.rawQuery(`DROP TRIGGER IF EXISTS ${TRIGGER} ON document_events`)
        await client.rawQuery(`DROP FUNCTION IF EXISTS ${TRIGGER}()`)
      } else await client.rawQuery(`DROP TRIGGER IF EXISTS ${TRIGGER}`)
    })
    this.schema.alterTable('documents', (table) => {
      table.dropColumn('first_approved_at')
    })
  }
}
