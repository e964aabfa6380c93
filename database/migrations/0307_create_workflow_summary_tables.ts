import type { Knex } from 'knex'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Summary tables for the dashboards, kept exact by triggers and backfilled
 * from the existing rows (what each table counts: app/workflow/stats/summary_triggers.ts).
 * Plus the indexes the triggers and the dashboards need: documents by
 * current version (which document a new run or finding belongs to) and the
 * open lesson plans by teaching date (the "late" column of a school's or an
 * office's page, counted for today's date).
 *
 * Frozen: the SQL is written out here, as shipped, and imports nothing from
 * app/ (database/migrations.sha256 keeps it so). A change to the triggers is
 * a new migration.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('document_counts', (table) => {
      scopeKeyColumns(table)
      table.integer('document_count').notNullable()
      table.unique([...SCOPE_KEY], { indexName: 'document_counts_key' })
    })
    this.schema.createTable('finding_counts', (table) => {
      scopeKeyColumns(table)
      table.string('plugin_id', 100).notNullable()
      table.string('message_id', 100).notNullable()
      table.string('severity', 10).notNullable()
      table.integer('finding_count').notNullable()
      /* One wording of the message, shown as the example on the dashboard. */
      table.text('example').notNullable()
      table.unique([...SCOPE_KEY, 'plugin_id', 'message_id', 'severity'], { indexName: 'finding_counts_key' })
    })
    this.schema.createTable('open_lesson_counts', (table) => {
      table.integer('school_year_id').notNullable()
      table.integer('school_id').notNullable()
      table.date('teaching_date').notNullable()
      table.integer('document_count').notNullable()
      table.unique(['school_year_id', 'school_id', 'teaching_date'], { indexName: 'open_lesson_counts_key' })
    })
    this.schema.alterTable('documents', (table) => {
      table.index(['current_version_id'], 'documents_current_version_index')
    })
    this.schema.raw(
      `CREATE INDEX documents_open_lessons_index ON documents (school_year_id, school_id, teaching_date) WHERE kind = 'pl4' AND status <> 'approved'`
    )
    this.defer(async (client) => {
      await createTriggers(client)
      await rebuildSummaries(client)
    })
  }

  async down() {
    this.defer(async (client) => dropTriggers(client))
    this.schema.raw('DROP INDEX IF EXISTS documents_open_lessons_index')
    this.schema.alterTable('documents', (table) => {
      table.dropIndex(['current_version_id'], 'documents_current_version_index')
    })
    this.schema.dropTable('open_lesson_counts')
    this.schema.dropTable('finding_counts')
    this.schema.dropTable('document_counts')
  }
}

/** The documents columns the summaries are keyed by, in key order. */
const SCOPE_KEY = ['school_year_id', 'school_id', 'group_id', 'subgroup_id', 'subject_id', 'kind', 'status']

function scopeKeyColumns(table: Knex.CreateTableBuilder) {
  table.integer('school_year_id').notNullable()
  table.integer('school_id').notNullable()
  /* 0 = none (a school plan has no group, a group plan no subgroup). */
  table.integer('group_id').notNullable()
  table.integer('subgroup_id').notNullable()
  table.integer('subject_id').notNullable()
  table.string('kind', 20).notNullable()
  table.string('status', 20).notNullable()
}

interface Trigger {
  name: string
  timing: 'BEFORE' | 'AFTER'
  event: string
  table: string
  statements: string[]
}

/*
 * documents  INSERT / UPDATE of a key column / DELETE (before): ± the document, its current findings, its open lesson date
 * validation_runs INSERT: the run supersedes the version's previous newest run
 * findings   INSERT: + the finding, when its run is the newest run of a current version
 * Same statements on SQLite and PostgreSQL; only the wrapper differs (plpgsql function per trigger).
 */
const TRIGGERS: Trigger[] = [
  {
    name: 'workflow_stats_document_inserted',
    timing: 'AFTER',
    event: 'INSERT',
    table: 'documents',
    statements: [
      `INSERT INTO open_lesson_counts (school_year_id, school_id, teaching_date, document_count)
      SELECT NEW.school_year_id, NEW.school_id, NEW.teaching_date, 1
      WHERE NEW.kind = 'pl4' AND NEW.status <> 'approved' AND NEW.teaching_date IS NOT NULL
      ON CONFLICT (school_year_id, school_id, teaching_date) DO UPDATE SET document_count = open_lesson_counts.document_count + excluded.document_count`,
      `INSERT INTO document_counts (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, document_count)
      VALUES (NEW.school_year_id, NEW.school_id, COALESCE(NEW.group_id, 0), COALESCE(NEW.subgroup_id, 0), COALESCE(NEW.subject_id, 0), NEW.kind, NEW.status, 1)
      ON CONFLICT (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status) DO UPDATE SET document_count = document_counts.document_count + excluded.document_count`,
      `INSERT INTO finding_counts (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, plugin_id, message_id, severity, finding_count, example)
      SELECT NEW.school_year_id, NEW.school_id, COALESCE(NEW.group_id, 0), COALESCE(NEW.subgroup_id, 0), COALESCE(NEW.subject_id, 0), NEW.kind, NEW.status, f.plugin_id, f.message_id, f.severity, 1 * COUNT(*), MIN(f.message)
      FROM findings f
      WHERE f.run_id = (SELECT MAX(r.id) FROM validation_runs r WHERE r.version_id = NEW.current_version_id)
      GROUP BY f.plugin_id, f.message_id, f.severity
      ON CONFLICT (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, plugin_id, message_id, severity) DO UPDATE SET
      finding_count = finding_counts.finding_count + excluded.finding_count,
      example = CASE WHEN finding_counts.finding_count <= 0 THEN excluded.example ELSE finding_counts.example END`,
    ],
  },
  {
    name: 'workflow_stats_document_updated',
    timing: 'AFTER',
    event: 'UPDATE OF school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, current_version_id, teaching_date',
    table: 'documents',
    statements: [
      `INSERT INTO open_lesson_counts (school_year_id, school_id, teaching_date, document_count)
      SELECT OLD.school_year_id, OLD.school_id, OLD.teaching_date, -1
      WHERE OLD.kind = 'pl4' AND OLD.status <> 'approved' AND OLD.teaching_date IS NOT NULL
      ON CONFLICT (school_year_id, school_id, teaching_date) DO UPDATE SET document_count = open_lesson_counts.document_count + excluded.document_count`,
      `INSERT INTO document_counts (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, document_count)
      VALUES (OLD.school_year_id, OLD.school_id, COALESCE(OLD.group_id, 0), COALESCE(OLD.subgroup_id, 0), COALESCE(OLD.subject_id, 0), OLD.kind, OLD.status, -1)
      ON CONFLICT (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status) DO UPDATE SET document_count = document_counts.document_count + excluded.document_count`,
      `INSERT INTO finding_counts (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, plugin_id, message_id, severity, finding_count, example)
      SELECT OLD.school_year_id, OLD.school_id, COALESCE(OLD.group_id, 0), COALESCE(OLD.subgroup_id, 0), COALESCE(OLD.subject_id, 0), OLD.kind, OLD.status, f.plugin_id, f.message_id, f.severity, -1 * COUNT(*), MIN(f.message)
      FROM findings f
      WHERE f.run_id = (SELECT MAX(r.id) FROM validation_runs r WHERE r.version_id = OLD.current_version_id)
      GROUP BY f.plugin_id, f.message_id, f.severity
      ON CONFLICT (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, plugin_id, message_id, severity) DO UPDATE SET
      finding_count = finding_counts.finding_count + excluded.finding_count,
      example = CASE WHEN finding_counts.finding_count <= 0 THEN excluded.example ELSE finding_counts.example END`,
      `INSERT INTO open_lesson_counts (school_year_id, school_id, teaching_date, document_count)
      SELECT NEW.school_year_id, NEW.school_id, NEW.teaching_date, 1
      WHERE NEW.kind = 'pl4' AND NEW.status <> 'approved' AND NEW.teaching_date IS NOT NULL
      ON CONFLICT (school_year_id, school_id, teaching_date) DO UPDATE SET document_count = open_lesson_counts.document_count + excluded.document_count`,
      `INSERT INTO document_counts (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, document_count)
      VALUES (NEW.school_year_id, NEW.school_id, COALESCE(NEW.group_id, 0), COALESCE(NEW.subgroup_id, 0), COALESCE(NEW.subject_id, 0), NEW.kind, NEW.status, 1)
      ON CONFLICT (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status) DO UPDATE SET document_count = document_counts.document_count + excluded.document_count`,
      `INSERT INTO finding_counts (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, plugin_id, message_id, severity, finding_count, example)
      SELECT NEW.school_year_id, NEW.school_id, COALESCE(NEW.group_id, 0), COALESCE(NEW.subgroup_id, 0), COALESCE(NEW.subject_id, 0), NEW.kind, NEW.status, f.plugin_id, f.message_id, f.severity, 1 * COUNT(*), MIN(f.message)
      FROM findings f
      WHERE f.run_id = (SELECT MAX(r.id) FROM validation_runs r WHERE r.version_id = NEW.current_version_id)
      GROUP BY f.plugin_id, f.message_id, f.severity
      ON CONFLICT (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, plugin_id, message_id, severity) DO UPDATE SET
      finding_count = finding_counts.finding_count + excluded.finding_count,
      example = CASE WHEN finding_counts.finding_count <= 0 THEN excluded.example ELSE finding_counts.example END`,
    ],
  },
  {
    name: 'workflow_stats_document_deleted',
    timing: 'BEFORE',
    event: 'DELETE',
    table: 'documents',
    statements: [
      `INSERT INTO open_lesson_counts (school_year_id, school_id, teaching_date, document_count)
      SELECT OLD.school_year_id, OLD.school_id, OLD.teaching_date, -1
      WHERE OLD.kind = 'pl4' AND OLD.status <> 'approved' AND OLD.teaching_date IS NOT NULL
      ON CONFLICT (school_year_id, school_id, teaching_date) DO UPDATE SET document_count = open_lesson_counts.document_count + excluded.document_count`,
      `INSERT INTO document_counts (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, document_count)
      VALUES (OLD.school_year_id, OLD.school_id, COALESCE(OLD.group_id, 0), COALESCE(OLD.subgroup_id, 0), COALESCE(OLD.subject_id, 0), OLD.kind, OLD.status, -1)
      ON CONFLICT (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status) DO UPDATE SET document_count = document_counts.document_count + excluded.document_count`,
      `INSERT INTO finding_counts (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, plugin_id, message_id, severity, finding_count, example)
      SELECT OLD.school_year_id, OLD.school_id, COALESCE(OLD.group_id, 0), COALESCE(OLD.subgroup_id, 0), COALESCE(OLD.subject_id, 0), OLD.kind, OLD.status, f.plugin_id, f.message_id, f.severity, -1 * COUNT(*), MIN(f.message)
      FROM findings f
      WHERE f.run_id = (SELECT MAX(r.id) FROM validation_runs r WHERE r.version_id = OLD.current_version_id)
      GROUP BY f.plugin_id, f.message_id, f.severity
      ON CONFLICT (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, plugin_id, message_id, severity) DO UPDATE SET
      finding_count = finding_counts.finding_count + excluded.finding_count,
      example = CASE WHEN finding_counts.finding_count <= 0 THEN excluded.example ELSE finding_counts.example END`,
    ],
  },
  {
    name: 'workflow_stats_run_inserted',
    timing: 'AFTER',
    event: 'INSERT',
    table: 'validation_runs',
    statements: [
      `INSERT INTO finding_counts (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, plugin_id, message_id, severity, finding_count, example)
    SELECT d.school_year_id, d.school_id, COALESCE(d.group_id, 0), COALESCE(d.subgroup_id, 0), COALESCE(d.subject_id, 0), d.kind, d.status, f.plugin_id, f.message_id, f.severity, -COUNT(*), MIN(f.message)
    FROM documents d
    JOIN findings f ON f.run_id = (SELECT MAX(r.id) FROM validation_runs r WHERE r.version_id = NEW.version_id AND r.id < NEW.id)
    WHERE d.current_version_id = NEW.version_id
    GROUP BY d.school_year_id, d.school_id, d.group_id, d.subgroup_id, d.subject_id, d.kind, d.status, f.plugin_id, f.message_id, f.severity
    ON CONFLICT (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, plugin_id, message_id, severity) DO UPDATE SET
      finding_count = finding_counts.finding_count + excluded.finding_count,
      example = CASE WHEN finding_counts.finding_count <= 0 THEN excluded.example ELSE finding_counts.example END`,
    ],
  },
  {
    name: 'workflow_stats_finding_inserted',
    timing: 'AFTER',
    event: 'INSERT',
    table: 'findings',
    statements: [
      `INSERT INTO finding_counts (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, plugin_id, message_id, severity, finding_count, example)
    SELECT d.school_year_id, d.school_id, COALESCE(d.group_id, 0), COALESCE(d.subgroup_id, 0), COALESCE(d.subject_id, 0), d.kind, d.status, NEW.plugin_id, NEW.message_id, NEW.severity, 1, NEW.message
    FROM validation_runs r
    JOIN documents d ON d.current_version_id = r.version_id
    WHERE r.id = NEW.run_id
      AND NOT EXISTS (SELECT 1 FROM validation_runs newer WHERE newer.version_id = r.version_id AND newer.id > r.id)
    ON CONFLICT (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, plugin_id, message_id, severity) DO UPDATE SET
      finding_count = finding_counts.finding_count + excluded.finding_count,
      example = CASE WHEN finding_counts.finding_count <= 0 THEN excluded.example ELSE finding_counts.example END`,
    ],
  },
]

async function createTriggers(client: QueryClientContract) {
  for (const trigger of TRIGGERS) {
    if (client.dialect.name === 'postgres') await createPostgresTrigger(client, trigger)
    else await client.rawQuery(`CREATE TRIGGER ${trigger.name} ${trigger.timing} ${trigger.event} ON ${trigger.table} FOR EACH ROW BEGIN ${trigger.statements.map((s) => `${s};`).join('\n')} END`)
  }
}

async function createPostgresTrigger(client: QueryClientContract, trigger: Trigger) {
  /* A BEFORE DELETE trigger must return OLD or the delete is skipped; AFTER triggers ignore the value. */
  const returned = trigger.timing === 'BEFORE' ? 'OLD' : 'NULL'
  await client.rawQuery(`CREATE OR REPLACE FUNCTION ${trigger.name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${trigger.statements.map((s) => `${s};`).join('\n')}
      RETURN ${returned};
    END $$`)
  await client.rawQuery(`CREATE TRIGGER ${trigger.name} ${trigger.timing} ${trigger.event} ON ${trigger.table} FOR EACH ROW EXECUTE FUNCTION ${trigger.name}()`)
}

async function dropTriggers(client: QueryClientContract) {
  for (const trigger of TRIGGERS) {
    await client.rawQuery(`DROP TRIGGER IF EXISTS ${trigger.name}${client.dialect.name === 'postgres' ? ` ON ${trigger.table}` : ''}`)
    if (client.dialect.name === 'postgres') await client.rawQuery(`DROP FUNCTION IF EXISTS ${trigger.name}()`)
  }
}

/** Backfill: the summaries recomputed from documents, their current version's newest run and its findings. */
async function rebuildSummaries(client: QueryClientContract) {
  if (client.dialect.name === 'postgres') {
    await client.rawQuery(`LOCK TABLE documents, validation_runs, findings IN SHARE MODE`)
    await client.rawQuery(`LOCK TABLE document_counts, finding_counts, open_lesson_counts IN EXCLUSIVE MODE`)
  }
  await client.rawQuery(`DELETE FROM document_counts`)
  await client.rawQuery(`DELETE FROM finding_counts`)
  await client.rawQuery(`DELETE FROM open_lesson_counts`)
  await client.rawQuery(`INSERT INTO document_counts (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, document_count)
    SELECT d.school_year_id, d.school_id, COALESCE(d.group_id, 0), COALESCE(d.subgroup_id, 0), COALESCE(d.subject_id, 0), d.kind, d.status, COUNT(*)
    FROM documents d
    GROUP BY d.school_year_id, d.school_id, d.group_id, d.subgroup_id, d.subject_id, d.kind, d.status`)
  await client.rawQuery(`INSERT INTO finding_counts (school_year_id, school_id, group_id, subgroup_id, subject_id, kind, status, plugin_id, message_id, severity, finding_count, example)
    SELECT d.school_year_id, d.school_id, COALESCE(d.group_id, 0), COALESCE(d.subgroup_id, 0), COALESCE(d.subject_id, 0), d.kind, d.status, f.plugin_id, f.message_id, f.severity, COUNT(*), MIN(f.message)
    FROM documents d
    JOIN validation_runs r ON r.version_id = d.current_version_id
    JOIN findings f ON f.run_id = r.id
    WHERE NOT EXISTS (SELECT 1 FROM validation_runs newer WHERE newer.version_id = r.version_id AND newer.id > r.id)
    GROUP BY d.school_year_id, d.school_id, d.group_id, d.subgroup_id, d.subject_id, d.kind, d.status, f.plugin_id, f.message_id, f.severity`)
  await client.rawQuery(`INSERT INTO open_lesson_counts (school_year_id, school_id, teaching_date, document_count)
    SELECT school_year_id, school_id, teaching_date, COUNT(*) FROM documents
    WHERE kind = 'pl4' AND status <> 'approved' AND teaching_date IS NOT NULL
    GROUP BY school_year_id, school_id, teaching_date`)
}
