/*
|--------------------------------------------------------------------------
| Search benchmark: latency of a scoped full-text search on a large dataset
|--------------------------------------------------------------------------
|
|   node --import=@poppinss/ts-exec tests/bench/search_bench.ts [documents]
|   DB_CONNECTION=pg DB_DATABASE=hscm_bench node --import=@poppinss/ts-exec tests/bench/search_bench.ts 20000
|
| Fills a fresh database (SQLite file tmp/bench-search-<pid>.sqlite3 by
| default) with N lesson plans spread over 40 schools, each indexed with a
| real plan's text (about 6 000 characters) and a distinct lesson title,
| then times searchDocuments — the same function the search page calls,
| permission scope included — for a principal and for a teacher, over a
| mix of queries without diacritics. Prints p50/p95/p99 in milliseconds.
*/
process.env.SQLITE_FILENAME ??= `tmp/bench-search-${process.pid}.sqlite3`
process.env.NODE_ENV ??= 'test'
process.env.LOG_LEVEL = 'silent'

import { rm } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import { bootApp, percentiles } from './boot_app.js'

const DOCUMENTS = Math.max(1000, Number(process.argv[2] ?? 20000))
const SCHOOLS = 40
const SEARCHES = 200
const QUERIES = ['ke hoach bai day', 'phan so', 'hoat dong hinh thanh kien thuc', 'bai 17', 'duong trung truc', 'so sanh', 'van dung']
const TOPICS = ['Phân số', 'Số nguyên', 'Đường trung trực', 'Tỉ số phần trăm', 'So sánh phân số', 'Hình tròn', 'Lũy thừa', 'Biểu đồ cột']

const app = await bootApp()
const db = (await import('@adonisjs/lucid/services/db')).default
const { resetDatabase } = await import('#tests/helpers/database')
const { givenSchool, givenGroup, givenTeacher, givenPersonWithRole } = await import('#tests/helpers/organization')
const { foldText } = await import('#app/documents/services/text_folding')
const { searchDocuments } = await import('#app/documents/services/search_documents')
const { buildPlan, toDocx } = await import('#tests/fixtures/plans')
const { parseBytes } = await import('#app/documents/parsing/parse_bytes')
const { DEFAULT_LIMITS } = await import('#app/documents/parsing/parse_outcome')
const { currentSchoolYear } = await import('#tests/helpers/organization')

await resetDatabase()
const outcome = await parseBytes(await toDocx(buildPlan('pl4')), DEFAULT_LIMITS)
if (outcome.status !== 'parsed') throw new Error('fixture did not parse')
const planText = outcome.model.text
const year = await currentSchoolYear()

const schools: { school: Awaited<ReturnType<typeof givenSchool>>; group: Awaited<ReturnType<typeof givenGroup>>; teacher: Awaited<ReturnType<typeof givenTeacher>> }[] = []
for (let i = 0; i < SCHOOLS; i++) {
  const school = await givenSchool()
  const group = await givenGroup(school)
  schools.push({ school, group, teacher: await givenTeacher({ school, group }) })
}
const principal = await givenPersonWithRole('principal', { school: schools[0].school })

const started = performance.now()
const now = new Date().toISOString().slice(0, 19).replace('T', ' ')
for (let offset = 0; offset < DOCUMENTS; offset += 500) {
  const rows = Array.from({ length: Math.min(500, DOCUMENTS - offset) }, (_, i) => {
    const n = offset + i
    const unit = schools[n % SCHOOLS]
    return {
      kind: 'pl4', school_year_id: year.id, school_id: unit.school.id, group_id: unit.group.id, subject_id: null,
      grade: 6 + (n % 4), owner_user_id: unit.teacher.id, title: `Bài ${n % 120}. ${TOPICS[n % TOPICS.length]} (${n})`,
      lesson_title: `Bài ${n % 120}. ${TOPICS[n % TOPICS.length]}`, periods: 2, teaching_week: 1 + (n % 35), status: 'draft', created_at: now, updated_at: now,
    }
  })
  await db.transaction(async (trx) => {
    const inserted = await trx.table('documents').multiInsert(rows).returning('id')
    const ids = inserted.map((row: any) => (typeof row === 'object' ? row.id : row))
    const firstId = ids.length === rows.length ? null : ids[0] - rows.length + 1
    const search = rows.map((row, i) => ({ document_id: firstId === null ? ids[i] : firstId + i, folded: foldText(`Kế hoạch bài dạy ${row.title}\n${planText}`) }))
    await trx.table('document_search').multiInsert(search)
  })
}
const loadSeconds = ((performance.now() - started) / 1000).toFixed(1)
/* Production has autovacuum; a bulk load right before timing needs its statistics by hand. */
if (db.connection().dialect.name === 'postgres') await db.rawQuery('ANALYZE')

async function time(user: any, label: string) {
  const samples: number[] = []
  for (let i = 0; i < SEARCHES; i++) {
    const q = QUERIES[i % QUERIES.length]
    const t = performance.now()
    await searchDocuments(user, { q, page: 1 })
    samples.push(performance.now() - t)
  }
  const p = percentiles(samples)
  console.log(`${label.padEnd(30)} p50 ${p.p50.toFixed(1)} ms  p95 ${p.p95.toFixed(1)} ms  p99 ${p.p99.toFixed(1)} ms  (n=${p.n})`)
}

console.log(`${db.connection().dialect.name}: ${DOCUMENTS} documents indexed in ${loadSeconds} s`)
await time(principal, 'principal (one school)')
await time(schools[1].teacher, 'teacher (own plans)')

await app.terminate()
if (db.connection().dialect.name !== 'postgres') {
  for (const suffix of ['', '-wal', '-shm']) await rm(`${process.env.SQLITE_FILENAME}${suffix}`, { force: true })
}
