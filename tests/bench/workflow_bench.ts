/*
|--------------------------------------------------------------------------
| Workflow benchmark: review queue and dashboards at city scale (PostgreSQL)
|--------------------------------------------------------------------------
|
|   createdb -h 127.0.0.1 -U postgres hscm_bench_wf
|   DB_CONNECTION=pg DB_DATABASE=hscm_bench_wf node --import=@poppinss/ts-exec tests/bench/workflow_bench.ts
|
| Fills a fresh PostgreSQL database with a city: 600 schools (THCS, THPT,
| multi-level) under 30 offices, 4 800 groups, 25 000 teachers, each with a
| PL III and 30 lesson plans (775 000 documents), about 1 030 000 versions
| with their validation runs and findings (generate_series). The summary
| triggers are switched off for the bulk load and the summaries rebuilt
| once (what `node ace workflow:rebuild-stats` does), then the database is
| vacuumed as autovacuum would. Then times the service functions the
| controllers call — reviewQueue (/reviews of a group head, a principal)
| and dashboardTables (/dashboard of the department, an office, a school
| drill-down) — with no cache anywhere, the related-plan lookup of a
| lesson plan's validation, and the write cost the triggers
| add to a status change and to a new validation run. Prints p50/p95/p99
| in milliseconds. PostgreSQL only: that is the production database and
| the only one that holds this volume.
*/
process.env.NODE_ENV ??= 'test'
process.env.LOG_LEVEL = 'silent'
if (process.env.DB_CONNECTION !== 'pg' || !process.env.DB_DATABASE) {
  console.error(
    'Run on a throw-away PostgreSQL database: DB_CONNECTION=pg DB_DATABASE=hscm_bench_wf …'
  )
  process.exit(1)
}

import { performance } from 'node:perf_hooks'
import { bootApp, percentiles } from './boot_app.js'

const SCHOOLS = 600
const OFFICES = 30
const GROUPS_PER_SCHOOL = 8
const TEACHERS = 25000
const LESSONS_PER_TEACHER = 30

const app = await bootApp()
const { default: db } = await import('@adonisjs/lucid/services/db')
const { resetDatabase } = await import('#tests/helpers/database')
const { default: SchoolYear } = await import('#app/organization/models/school_year')
const { default: User } = await import('#app/organization/models/user')
const { AccessScope } = await import('#app/organization/services/access_scope')
const { reviewQueue } = await import('#app/workflow/services/review_queue')
const { dashboardTables } = await import('#app/workflow/services/dashboard')
const { deadlineTables } = await import('#app/workflow/services/deadline_views')
const { deadlineReach, homeSchoolId } = await import('#app/workflow/services/deadline_scope')
const { DateTime } = await import('luxon')
const { settingsFor } = await import('#app/workflow/services/workflow_settings')
const { TRIGGER_TABLES } = await import('#app/workflow/stats/summary_triggers')
const { rebuildSummaries } = await import('#app/workflow/stats/rebuild_summaries')
const { default: Document } = await import('#app/documents/models/document')
const { relatedPlans, dependentsQuery } = await import('#app/documents/validation/related_plans')

/* BENCH_REUSE=1 times again on a database an earlier run filled. */
const existing =
  process.env.BENCH_REUSE === '1'
    ? await db
        .from('documents')
        .count('* as n')
        .first()
        .catch(() => null)
    : null
const reuse = Number(existing?.n ?? 0) > 0
if (!reuse) await resetDatabase()
const started = performance.now()
const GROUPS = SCHOOLS * GROUPS_PER_SCHOOL
const HEADS = TEACHERS + 1
const PRINCIPALS = HEADS + GROUPS
const INSPECTORS = PRINCIPALS + SCHOOLS
const LEADER = INSPECTORS + OFFICES
const DOCS_PER_TEACHER = LESSONS_PER_TEACHER + 1

const sql = (text: string) => (reuse ? Promise.resolve() : db.rawQuery(text))
/* Row triggers would upsert a summary row per inserted row: off for the bulk load, one rebuild after. */
for (const table of TRIGGER_TABLES) await sql(`ALTER TABLE ${table} DISABLE TRIGGER USER`)
await sql(`INSERT INTO school_years (id, name, starts_on, ends_on, weeks_term1, weeks_term2, plan_deadline, is_current, created_at)
  VALUES (1, '2025-2026', '2025-09-05', '2026-05-31', 18, 17, '2025-09-15', true, now())`)
await sql(`INSERT INTO units (id, kind, code, name, parent_id, is_active, created_at) VALUES
  (1, 'department', 'SO', 'Sở GDĐT', NULL, true, now()), (2, 'division', 'GDTRH', 'Phòng Giáo dục trung học', 1, true, now())`)
await sql(`INSERT INTO units (id, kind, code, name, parent_id, office_level, is_active, created_at)
  SELECT 2 + i, 'office', 'PGD' || i, 'Phòng GDĐT ' || i, 1, 'commune', true, now() FROM generate_series(1, ${OFFICES}) i`)
await sql(`INSERT INTO schools (id, code, name, type, supervising_unit_id, is_active, created_at)
  SELECT s, 'TR' || s, 'Trường ' || s, CASE WHEN s % 10 = 0 THEN 'thpt' WHEN s % 10 = 1 THEN 'multi' ELSE 'thcs' END,
         CASE WHEN s % 10 = 0 THEN 2 ELSE 3 + (s % ${OFFICES}) END, true, now() FROM generate_series(1, ${SCHOOLS}) s`)
await sql(`INSERT INTO school_levels (school_id, level, receiving_unit_id)
  SELECT id, 'thcs', supervising_unit_id FROM schools WHERE type IN ('thcs', 'multi')
  UNION ALL SELECT id, 'thpt', 2 FROM schools WHERE type IN ('thpt', 'multi')`)
await sql(`INSERT INTO groups (id, school_id, name, is_active, created_at)
  SELECT g, (g - 1) / ${GROUPS_PER_SCHOOL} + 1, 'Tổ ' || g, true, now() FROM generate_series(1, ${GROUPS}) g`)
await sql(`INSERT INTO subgroups (id, group_id, name, subject_id, is_active, created_at)
  SELECT sg, (sg - 1) / 2 + 1, 'Nhóm ' || sg, 1 + (sg % 10), true, now() FROM generate_series(1, ${GROUPS * 2}) sg`)
await sql(`INSERT INTO users (id, username, full_name, password, must_change_password, is_active, email_notifications, created_at)
  SELECT u, 'u' || u, 'Người dùng ' || u, 'x', false, true, true, now() FROM generate_series(1, ${LEADER}) u`)
await sql(`INSERT INTO role_assignments (user_id, school_year_id, role, school_id, group_id, subgroup_id, unit_id, created_at)
  SELECT u, 1, 'teacher', ((u - 1) % ${GROUPS}) / ${GROUPS_PER_SCHOOL} + 1, (u - 1) % ${GROUPS} + 1, 2 * ((u - 1) % ${GROUPS}) + 1 + (u % 2), NULL::integer, now() FROM generate_series(1, ${TEACHERS}) u
  UNION ALL SELECT ${HEADS} + g - 1, 1, 'group_head', (g - 1) / ${GROUPS_PER_SCHOOL} + 1, g, NULL::integer, NULL::integer, now() FROM generate_series(1, ${GROUPS}) g
  UNION ALL SELECT ${PRINCIPALS} + s - 1, 1, 'principal', s, NULL::integer, NULL::integer, NULL::integer, now() FROM generate_series(1, ${SCHOOLS}) s
  UNION ALL SELECT ${INSPECTORS} + o - 1, 1, 'office_inspector', NULL::integer, NULL::integer, NULL::integer, 2 + o, now() FROM generate_series(1, ${OFFICES}) o
  UNION ALL SELECT ${LEADER}, 1, 'dept_leader', NULL::integer, NULL::integer, NULL::integer, 1, now()`)

/* Documents: per teacher one PL III and 30 lesson plans, statuses spread 60/15/5/20. */
await sql(`INSERT INTO documents (id, kind, school_year_id, school_id, group_id, subgroup_id, subject_id, grade, owner_user_id, title, lesson_title, periods, teaching_date, status, current_version_id, created_at, updated_at)
  SELECT d, CASE WHEN k = 0 THEN 'pl3' ELSE 'pl4' END, 1, ((u - 1) % ${GROUPS}) / ${GROUPS_PER_SCHOOL} + 1, (u - 1) % ${GROUPS} + 1, 2 * ((u - 1) % ${GROUPS}) + 1 + (u % 2),
         1 + ((2 * ((u - 1) % ${GROUPS}) + 1 + (u % 2)) % 10), 6 + (u % 4), u, 'Kế hoạch ' || d, CASE WHEN k = 0 THEN NULL ELSE 'Bài ' || k END, 2,
         CASE WHEN k = 0 THEN NULL ELSE DATE '2025-09-08' + (k * 7) END,
         CASE WHEN d % 20 < 12 THEN 'approved' WHEN d % 20 < 15 THEN 'submitted' WHEN d % 20 < 16 THEN 'returned' ELSE 'draft' END,
         CASE WHEN d % 3 = 0 THEN 2000000 + d ELSE d END, now(), now()
  FROM generate_series(1, ${TEACHERS}) u, generate_series(0, ${LESSONS_PER_TEACHER}) k, LATERAL (SELECT (u - 1) * ${DOCS_PER_TEACHER} + k + 1 AS d) ids`)
/* Versions: v1 for every document, v2 (current) for one in three: about 1 030 000. */
await sql(`INSERT INTO document_versions (id, document_id, number, uploader_id, original_name, storage_key, sha256, size, format, mime_type, parse_status, created_at)
  SELECT id, document_id, number, owner_user_id, 'ke-hoach.docx', 'bench/' || id, md5(id::text) || md5(id::text), 40000, 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'parsed', now()
  FROM (SELECT id AS document_id, id, 1 AS number, owner_user_id FROM documents
        UNION ALL SELECT id, 2000000 + id, 2, owner_user_id FROM documents WHERE id % 3 = 0) v`)
/* Runs: superseded first versions failed; one current version in seven has a warning. */
await sql(`INSERT INTO validation_runs (id, version_id, status, errors, warnings, infos, plugins, file_sha256, created_at)
  SELECT v.id, v.id, CASE WHEN v.number = 1 AND v.document_id % 3 = 0 THEN 'failed' ELSE 'passed' END,
         CASE WHEN v.number = 1 AND v.document_id % 3 = 0 THEN 1 ELSE 0 END, CASE WHEN v.id % 7 = 0 THEN 1 ELSE 0 END, 0, '[]', v.sha256, now()
  FROM document_versions v`)
await sql(`INSERT INTO findings (run_id, plugin_id, message_id, severity, message)
  SELECT id, 'cv5512:structure', CASE WHEN errors > 0 THEN 'sectionMissing' ELSE 'activityName' END, CASE WHEN errors > 0 THEN 'error' ELSE 'warning' END,
         CASE WHEN errors > 0 THEN 'Thiếu mục "I. Mục tiêu".' ELSE 'Tên hoạt động khác mẫu.' END
  FROM validation_runs WHERE errors > 0 OR warnings > 0`)
for (const table of TRIGGER_TABLES) await sql(`ALTER TABLE ${table} ENABLE TRIGGER USER`)
const loaded = performance.now()
if (!reuse) {
  const totals = await rebuildSummaries()
  console.log(
    `summaries rebuilt in ${((performance.now() - loaded) / 1000).toFixed(1)} s: ${JSON.stringify(totals)}`
  )
}
await sql('VACUUM ANALYZE')
/* Rows above were inserted with explicit ids: move the sequences past them for the write timings. */
for (const table of ['documents', 'document_versions', 'validation_runs']) {
  await db.rawQuery(
    `SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT MAX(id) FROM ${table}))`
  )
}
const counts =
  await db.rawQuery(`SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM document_versions) AS versions, (SELECT count(*) FROM findings) AS findings,
  (SELECT count(*) FROM document_counts) AS document_count_rows, (SELECT count(*) FROM finding_counts) AS finding_count_rows`)
console.log(
  `postgres: ${JSON.stringify(counts.rows[0])} ready in ${((performance.now() - started) / 1000).toFixed(1)} s`
)
const os = await import('node:os')
console.log(
  `load average at start of timing: ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`
)

const year = await SchoolYear.findOrFail(1)
const settings = await settingsFor(year.id)
const t = (key: string) => key

/* BENCH_ONLY=<words> times only the cases whose label holds them (e.g. BENCH_ONLY=deadline). */
const only = process.env.BENCH_ONLY

async function time(label: string, runs: number, task: (i: number) => Promise<unknown>) {
  if (only && !label.includes(only)) return
  await task(0) // warm-up: connection, plan cache
  const samples: number[] = []
  for (let i = 1; i <= runs; i++) {
    const start = performance.now()
    await task(i)
    samples.push(performance.now() - start)
  }
  const p = percentiles(samples)
  console.log(
    `${label.padEnd(38)} p50 ${p.p50.toFixed(1)} ms  p95 ${p.p95.toFixed(1)} ms  p99 ${p.p99.toFixed(1)} ms  (n=${p.n})`
  )
}

await time('review queue (group head, /reviews)', 100, async (i) => {
  const head = HEADS + ((i * 37) % GROUPS)
  return reviewQueue(head, year, settings)
})
await time('review queue (principal, /reviews)', 50, async (i) =>
  reviewQueue(PRINCIPALS + ((i * 13) % SCHOOLS), year, settings)
)

/*
 * What reading the related plan costs a lesson plan's validation in the
 * city (issue 14): the teacher's approved PL III found through the
 * documents index and its version's parser version read (the summary
 * itself is cached per version; its parse on a cache miss and the
 * cross-document plugins' CPU are in validation_bench.ts). And the lesson
 * plans an approved PL III revalidates.
 */
/* The documents are loaded before timing: a validation already holds its document. */
const spread = (i: number) => 1 + ((i * 7919) % TEACHERS)
const lessons = await Document.query().whereIn(
  'id',
  Array.from({ length: 201 }, (_, i) => (spread(i) - 1) * DOCS_PER_TEACHER + 2 + (i % 30))
)
const teacherPlans = await Document.query().whereIn(
  'id',
  Array.from({ length: 101 }, (_, i) => (spread(i) - 1) * DOCS_PER_TEACHER + 1)
)
await time('related plan lookup (lesson plan → PL III)', 200, async (i) =>
  relatedPlans(lessons[i % lessons.length], ['teacherPlan'])
)
await time('dependents of an approved PL III', 100, async (i) =>
  dependentsQuery(teacherPlans[i % teacherPlans.length], 'teacherPlan', ['pl4'])?.select(
    'current_version_id'
  )
)

const leader = await User.findOrFail(LEADER)
const leaderScope = await AccessScope.for(leader, year.id)
await time('department dashboard (city, /dashboard)', 30, async () =>
  dashboardTables({ user: leader, scope: leaderScope, year, settings, t })
)
/* Office 2 (unit 4) supervises the THCS and multi-level schools numbered 1 mod 30. */
const inspector = await User.findOrFail(INSPECTORS + 1)
await time('office dashboard (/dashboard)', 30, async () => {
  const scope = await AccessScope.for(inspector, year.id)
  return dashboardTables({ user: inspector, scope, year, settings, t })
})
await time('school drill-down (/dashboard?school=)', 30, async (i) =>
  dashboardTables({
    user: leader,
    scope: leaderScope,
    year,
    settings,
    t,
    schoolId: 1 + ((i * 29) % SCHOOLS),
  })
)

/* The deadline views build their links from the named routes, which a console app does not load. */
await import('#start/routes')
const { default: router } = await import('@adonisjs/core/services/router')
router.commit()
/* The deadline views count in SQL (by school or group, by lesson day); every lesson plan of the city is taught by now. */
const { deadlineDetail } = await import('#app/workflow/services/deadline_views')
const { pagesToXlsx } = await import('#app/workflow/services/xlsx_export')
async function deadlineContextOf(user: InstanceType<typeof User>, schoolId?: number) {
  const scope = await AccessScope.for(user, year.id)
  const { schoolIds, subjectIds } = await deadlineReach(scope)
  return {
    year,
    settings,
    t,
    today: DateTime.now(),
    schoolIds,
    subjectIds,
    homeSchoolId: homeSchoolId(scope, schoolIds),
    schoolId,
  }
}
const deadlineViews = async (user: InstanceType<typeof User>, schoolId?: number) =>
  deadlineTables(await deadlineContextOf(user, schoolId))
const rss = () => `${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`
await time('deadline views (department, /deadlines)', 30, async () => deadlineViews(leader))
console.log(`  rss after the department deadline view: ${rss()}`)
await time('deadline views (office, /deadlines)', 30, async () => deadlineViews(inspector))
await time('deadline views (principal, /deadlines)', 30, async (i) =>
  deadlineViews(await User.findOrFail(PRINCIPALS + ((i * 13) % SCHOOLS)))
)
const leaderContext = await deadlineContextOf(leader)
/* Detail lists: the city's lessons of a week not approved (tens of thousands), pages 1 and 200; PL III not handed in. */
await time('deadline detail (department, week, page 1)', 30, async () =>
  deadlineDetail(leaderContext, { figure: 'taught_in_week', week: 10 }, { page: 1, perPage: 50 })
)
await time('deadline detail (department, week, page 200)', 30, async () =>
  deadlineDetail(leaderContext, { figure: 'taught_in_week', week: 10 }, { page: 200, perPage: 50 })
)
await time('deadline detail (department, PL III, page 1)', 30, async () =>
  deadlineDetail(leaderContext, { figure: 'not_submitted', kind: 'pl3' }, { page: 1, perPage: 50 })
)
await time('deadline export (department, week, all rows)', 3, async () => {
  const query = { figure: 'taught_in_week' as const, week: 10 }
  const first = await deadlineDetail(leaderContext, query, { page: 1, perPage: 2000 })
  const stream = pagesToXlsx(first, async (page) =>
    page > first.pagination!.lastPage
      ? null
      : deadlineDetail(leaderContext, query, { page, perPage: 2000 })
  )
  let bytes = 0
  for await (const chunk of stream) bytes += chunk.length
  return bytes
})
console.log(`  rss after the deadline exports: ${rss()}`)

/* What the triggers add to writes: a status change (one document row moves) and a new run with a finding. */
await time('write: status change (trigger upkeep)', 50, async (i) => {
  const id = 1 + i * 997
  await db.transaction(async (trx) => {
    const row = await trx.from('documents').where('id', id).select('status').firstOrFail()
    await trx
      .from('documents')
      .where('id', id)
      .update({ status: row.status === 'submitted' ? 'returned' : 'submitted' })
  })
})
await time('write: new run + 1 finding (trigger upkeep)', 50, async (i) => {
  const id = 2 + i * 991
  await db.transaction(async (trx) => {
    const document = await trx
      .from('documents')
      .where('id', id)
      .select('current_version_id')
      .firstOrFail()
    const [run] = await trx
      .table('validation_runs')
      .insert({
        version_id: document.current_version_id,
        status: 'passed',
        errors: 0,
        warnings: 1,
        infos: 0,
        plugins: '[]',
        file_sha256: 'x',
        created_at: new Date(),
      })
      .returning('id')
    await trx.table('findings').insert({
      run_id: run.id,
      plugin_id: 'cv5512:structure',
      message_id: 'activityName',
      severity: 'warning',
      message: 'Tên hoạt động khác mẫu.',
    })
  })
})

await app.terminate()
