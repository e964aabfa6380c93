/*
|--------------------------------------------------------------------------
| Bulk history for load tests: ~1,000,000 document versions on PostgreSQL
|--------------------------------------------------------------------------
|
|   node --import=@poppinss/ts-exec tests/load/generate_versions.ts --versions=1000000
|
| Needs a migrated database holding the city seed (node ace hscm:seed
| --scale=city) and reads the same DB_* variables as the app. Everything is
| generated inside PostgreSQL with INSERT … SELECT generate_series, one
| transaction per batch of documents, so a million rows take minutes, not
| hours. The rows are what read pages need (documents, versions, one
| validation run per version, search rows, workflow events); versions
| point at no real file, so downloads of generated versions would 404.
|
| Shape, per teacher assignment in turn: a document has 1–5 versions (3 on
| average); 90 % lesson plans (PL IV), 10 % teacher plans (PL III); 55 %
| approved, 15 % submitted, 5 % returned, 25 % draft. The current version
| of a non-draft document passed validation; earlier versions failed.
*/
import pg from 'pg'

const BATCH_DOCUMENTS = 25_000

const TOPICS = [
  'phan so',
  'so nguyen',
  'phuong trinh bac nhat',
  'hinh tam giac',
  'ti le thuc',
  'dien tich hinh thang',
  'luy thua',
  'so thap phan',
  'van ban nghi luan',
  'tho luc bat',
  'truyen ngan',
  'cau ghep',
  'dong vat co xuong song',
  'quang hop',
  'chuyen dong deu',
  'nhiet do',
  'lich su dia phuong',
  'ban do',
  'chu nghia tu ban',
  'khang chien chong phap',
  'mang may tinh',
  'thuat toan',
  'an toan giao thong',
  'thoi tiet',
]

function option(name: string, fallback: number): number {
  const flag = process.argv.find((arg) => arg.startsWith(`--${name}=`))
  return flag ? Number(flag.split('=')[1]) : fallback
}

export function connectionFromEnv(): pg.ClientConfig {
  return {
    host: process.env.DB_HOST ?? '127.0.0.1',
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USER ?? 'postgres',
    password: process.env.DB_PASSWORD,
    database: process.env.DB_DATABASE ?? 'hscm',
  }
}

/** Teacher assignments of the current year, numbered 0…n-1, with their first subject. */
const TEACHERS_SQL = `
  CREATE TEMP TABLE load_teachers AS
  SELECT (row_number() OVER (ORDER BY ra.id)) - 1 AS n, ra.user_id, ra.school_id, ra.group_id, ra.subgroup_id, ra.school_year_id,
         (SELECT min(subject_id) FROM role_assignment_subjects s WHERE s.role_assignment_id = ra.id) AS subject_id
  FROM role_assignments ra JOIN school_years y ON y.id = ra.school_year_id AND y.is_current
  WHERE ra.role = 'teacher'`

/** Documents $1…$2 (a running number g), spread over the teachers round-robin. */
const DOCUMENTS_SQL = `
  INSERT INTO documents (kind, school_year_id, school_id, group_id, subgroup_id, subject_id, grade, owner_user_id,
                         title, lesson_title, periods, teaching_week, status, created_at, updated_at)
  SELECT CASE WHEN g % 10 = 0 THEN 'pl3' ELSE 'pl4' END,
         t.school_year_id, t.school_id, t.group_id, t.subgroup_id, t.subject_id, 6 + g % 4, t.user_id,
         CASE WHEN g % 10 = 0 THEN 'Kế hoạch giáo dục của giáo viên' ELSE 'Bài ' || (1 + g % 40) || '. ' || ($3::text[])[1 + g % $4] END,
         CASE WHEN g % 10 = 0 THEN NULL ELSE 'Bài ' || (1 + g % 40) || '. ' || ($3::text[])[1 + g % $4] END,
         CASE WHEN g % 10 = 0 THEN NULL ELSE 1 + g % 3 END,
         CASE WHEN g % 10 = 0 THEN NULL ELSE 1 + g % 35 END,
         CASE WHEN g % 20 < 11 THEN 'approved' WHEN g % 20 < 14 THEN 'submitted' WHEN g % 20 < 15 THEN 'returned' ELSE 'draft' END,
         now() - ((g % 240) || ' days')::interval, now() - ((g % 200) || ' days')::interval
  FROM generate_series($1::int, $2::int) AS g
  JOIN load_teachers t ON t.n = g % (SELECT count(*) FROM load_teachers)`

/** 1 + id % 5 versions per document of the id range; the last one is current. */
const VERSIONS_SQL = `
  INSERT INTO document_versions (document_id, number, uploader_id, original_name, storage_key, sha256, size, format, mime_type,
                                 parse_status, parser_version, created_at)
  SELECT d.id, n, d.owner_user_id,
         CASE WHEN d.id % 5 = 0 THEN 'ke-hoach.pdf' ELSE 'Kế hoạch bài dạy.docx' END,
         'bulk/' || d.id || '/' || n,
         md5(d.id || '/' || n) || md5(n || '/' || d.id),
         CASE WHEN d.id % 5 = 0 THEN 32000 + (d.id::bigint * 7919 + n) % 25000 ELSE 11000 + (d.id::bigint * 7919 + n) % 2000 END,
         CASE WHEN d.id % 5 = 0 THEN 'pdf' ELSE 'docx' END,
         CASE WHEN d.id % 5 = 0 THEN 'application/pdf' ELSE 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' END,
         'parsed', 'bulk', d.created_at + (n || ' hours')::interval
  FROM documents d CROSS JOIN LATERAL generate_series(1, 1 + d.id % 5) AS n
  WHERE d.id BETWEEN $1 AND $2`

const CURRENT_VERSION_SQL = `
  UPDATE documents d SET current_version_id = v.id
  FROM document_versions v
  WHERE v.document_id = d.id AND v.number = 1 + d.id % 5 AND d.id BETWEEN $1 AND $2`

/** One run per version: the current version of a non-draft document passed, the others failed. */
const RUNS_SQL = `
  INSERT INTO validation_runs (version_id, status, errors, warnings, infos, plugins, file_sha256, created_at)
  SELECT v.id,
         CASE WHEN v.id = d.current_version_id AND d.status <> 'draft' THEN 'passed' ELSE 'failed' END,
         CASE WHEN v.id = d.current_version_id AND d.status <> 'draft' THEN 0 ELSE 1 + v.id % 3 END,
         v.id % 2, 0, '[]', v.sha256, v.created_at
  FROM document_versions v JOIN documents d ON d.id = v.document_id
  WHERE d.id BETWEEN $1 AND $2`

const SEARCH_SQL = `
  INSERT INTO document_search (document_id, folded)
  SELECT d.id, 'ke hoach bai day ' || lower(coalesce(d.lesson_title, 'ke hoach giao duc cua giao vien')) || ' khoi ' || d.grade
  FROM documents d WHERE d.id BETWEEN $1 AND $2`

/** submitted, then approved or returned, by the owner and (for decisions) nobody in particular (null actor). */
const EVENTS_SQL = `
  INSERT INTO document_events (document_id, version_id, actor_user_id, actor_role, action, from_status, to_status, created_at)
  SELECT d.id, d.current_version_id, d.owner_user_id, 'teacher', 'submitted', 'draft', 'submitted', d.updated_at
  FROM documents d WHERE d.status <> 'draft' AND d.id BETWEEN $1 AND $2
  UNION ALL
  SELECT d.id, d.current_version_id, NULL, NULL, CASE WHEN d.status = 'approved' THEN 'approved' ELSE 'returned' END,
         'submitted', d.status, d.updated_at + interval '2 days'
  FROM documents d WHERE d.status IN ('approved', 'returned') AND d.id BETWEEN $1 AND $2`

export async function generateVersions(client: pg.Client, versions: number, log = console.log) {
  const documents = Math.round(versions / 3)
  await client.query(TEACHERS_SQL)
  const { rows } = await client.query('SELECT count(*)::int AS teachers FROM load_teachers')
  if (rows[0].teachers === 0)
    throw new Error(
      'No teacher assignment in the current school year: run node ace hscm:seed --scale=city first'
    )
  const result = await client.query('SELECT coalesce(max(id), 0) AS id FROM documents')
  const startId = Number(result.rows[0].id) + 1

  for (let first = 0; first < documents; first += BATCH_DOCUMENTS) {
    const last = Math.min(first + BATCH_DOCUMENTS, documents) - 1
    const started = performance.now()
    await client.query('BEGIN')
    await client.query(DOCUMENTS_SQL, [first, last, TOPICS, TOPICS.length])
    const ids = [startId + first, startId + last]
    for (const sql of [VERSIONS_SQL, CURRENT_VERSION_SQL, RUNS_SQL, SEARCH_SQL, EVENTS_SQL])
      await client.query(sql, ids)
    await client.query('COMMIT')
    log(
      `documents ${first + 1}–${last + 1} of ${documents} in ${((performance.now() - started) / 1000).toFixed(1)} s`
    )
  }
  await client.query('ANALYZE')
  return counts(client)
}

export async function counts(client: pg.Client) {
  const { rows } = await client.query(`
    SELECT (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM document_versions)::int AS versions,
           (SELECT count(*) FROM validation_runs)::int AS runs, (SELECT count(*) FROM document_events)::int AS events,
           pg_database_size(current_database())::bigint AS bytes`)
  return rows[0] as {
    documents: number
    versions: number
    runs: number
    events: number
    bytes: string
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const client = new pg.Client(connectionFromEnv())
  await client.connect()
  try {
    console.log(await generateVersions(client, option('versions', 1_000_000)))
  } finally {
    await client.end()
  }
}
