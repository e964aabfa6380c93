/*
|--------------------------------------------------------------------------
| Search benchmark: latency of a scoped full-text search on a large dataset
|--------------------------------------------------------------------------
|
|   node --import=@poppinss/ts-exec tests/bench/search_bench.ts [documents]
|   DB_CONNECTION=pg DB_DATABASE=hscm_bench node --import=@poppinss/ts-exec tests/bench/search_bench.ts 333000
|
| Fills a fresh database (SQLite file tmp/bench-search-<pid>.sqlite3 by
| default) with N lesson plans shaped like the city: about 555 plans per
| school (333,000 plans in 600 schools), 20 schools per supervising office,
| plans spread over 12 subjects and 10 authors per school, each indexed with a real plan's text
| (about 6,000 characters, so the plan's own words are in EVERY document:
| the worst case for common words) and a distinct lesson title. Then times
| searchDocuments — the same function the search page calls, permission
| scope included — for each kind of reader, over a mix of common, rare and
| absent words typed without diacritics. Prints p50/p95/p99 in ms.
*/
process.env.SQLITE_FILENAME ??= `tmp/bench-search-${process.pid}.sqlite3`
process.env.NODE_ENV ??= 'test'
process.env.LOG_LEVEL = 'silent'

import { rm } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import { bootApp, percentiles } from './boot_app.js'

const DOCUMENTS = Math.max(1000, Number(process.argv[2] ?? 20000))
const PLANS_PER_SCHOOL = 555
const SCHOOLS = Math.max(4, Math.round(DOCUMENTS / PLANS_PER_SCHOOL))
const SCHOOLS_PER_OFFICE = 20
const TEACHERS_PER_SCHOOL = 10
const SEARCHES = 200
const QUERIES = [
  'ke hoach bai day',
  'phan so',
  'hoat dong hinh thanh kien thuc',
  'bai 17',
  'duong trung truc',
  'so sanh',
  'van dung',
  'khong co tu nay',
]
const TOPICS = [
  'Phân số',
  'Số nguyên',
  'Đường trung trực',
  'Tỉ số phần trăm',
  'So sánh phân số',
  'Hình tròn',
  'Lũy thừa',
  'Biểu đồ cột',
]
const SUBJECT_CODES = [
  'toan',
  'ngu_van',
  'ngoai_ngu_1',
  'khtn',
  'ls_dl',
  'gdcd',
  'cong_nghe',
  'tin_hoc',
  'gdtc',
  'nghe_thuat',
  'vat_li',
  'hoa_hoc',
]

const app = await bootApp()
const { default: db } = await import('@adonisjs/lucid/services/db')
const { resetDatabase } = await import('#tests/helpers/database')
const {
  givenOffice,
  givenSchool,
  givenGroup,
  givenTeacher,
  givenPersonWithRole,
  currentSchoolYear,
} = await import('#tests/helpers/organization')
const { foldText } = await import('#app/documents/services/text_folding')
const { searchDocuments } = await import('#app/documents/services/search_documents')
const { buildPlan, toDocx } = await import('#tests/fixtures/plans')
const { parseBytes } = await import('#app/documents/parsing/parse_bytes')
const { DEFAULT_LIMITS } = await import('#app/documents/parsing/parse_outcome')
const { default: Subject } = await import('#app/organization/models/subject')

await resetDatabase()
const outcome = await parseBytes(await toDocx(buildPlan('pl4')), DEFAULT_LIMITS)
if (outcome.status !== 'parsed') throw new Error('fixture did not parse')
const planText = outcome.model.text
const year = await currentSchoolYear()
const subjects = await Subject.query().whereIn('code', SUBJECT_CODES)
if (subjects.length === 0) throw new Error('no subjects in the catalogue')

/* ---------- the city: offices, schools, one group each; readers ---------- */
interface SchoolUnit {
  schoolId: number
  groupId: number
  ownerIds: number[]
}
const units: SchoolUnit[] = []
let office = await givenOffice()
const firstOffice = office
for (let i = 0; i < SCHOOLS; i++) {
  if (i > 0 && i % SCHOOLS_PER_OFFICE === 0) office = await givenOffice()
  const school = await givenSchool({ office })
  const group = await givenGroup(school)
  units.push({ schoolId: school.id, groupId: group.id, ownerIds: [] })
}
const { default: School } = await import('#app/organization/models/school')
const { default: Group } = await import('#app/organization/models/group')
const firstSchool = await School.findOrFail(units[0].schoolId)
const teacher = await givenTeacher({
  school: firstSchool,
  group: await Group.findOrFail(units[0].groupId),
})
const readers = {
  'teacher (own plans)': teacher,
  'principal (one school)': await givenPersonWithRole('principal', { school: firstSchool }),
  [`office (${Math.min(SCHOOLS, SCHOOLS_PER_OFFICE)} schools)`]: await givenPersonWithRole(
    'office_inspector',
    { unit: firstOffice }
  ),
  'specialist (Toán, city-wide)': await givenPersonWithRole('dept_specialist', {
    subjects: ['toan'],
  }),
  'leader (everything)': await givenPersonWithRole('dept_leader'),
}

/* The plans' other authors: plain accounts (no roles needed to own a plan), written in bulk. */
units[0].ownerIds.push(teacher.id)
const createdAt = new Date().toISOString().slice(0, 19).replace('T', ' ')
const others = units.flatMap((unit, s) =>
  Array.from({ length: TEACHERS_PER_SCHOOL - unit.ownerIds.length }, (_, t) => ({ s, t }))
)
for (let offset = 0; offset < others.length; offset += 500) {
  const batch = others.slice(offset, offset + 500)
  const rows = batch.map(({ s, t }) => ({
    username: `bench.${s}.${t}`,
    full_name: 'Giáo viên thử nghiệm',
    password: teacher.password,
    created_at: createdAt,
  }))
  const inserted = await db.table('users').multiInsert(rows).returning('id')
  const ids = inserted.map((row: any) => (typeof row === 'object' ? row.id : row))
  const firstId = ids.length === rows.length ? null : ids[0] - rows.length + 1
  batch.forEach(({ s }, i) => units[s].ownerIds.push(firstId === null ? ids[i] : firstId + i))
}

/* ---------- the plans, 500 per statement ---------- */
const started = performance.now()
const now = Date.now()
for (let offset = 0; offset < DOCUMENTS; offset += 500) {
  const rows = Array.from({ length: Math.min(500, DOCUMENTS - offset) }, (_, i) => {
    const n = offset + i
    const unit = units[n % SCHOOLS]
    const topic = TOPICS[n % TOPICS.length]
    /* Spread over the year so "newest first" has a real order to walk. */
    const updatedAt = new Date(now - (DOCUMENTS - n) * 60_000)
      .toISOString()
      .slice(0, 19)
      .replace('T', ' ')
    return {
      kind: 'pl4',
      school_year_id: year.id,
      school_id: unit.schoolId,
      group_id: unit.groupId,
      subject_id: subjects[n % subjects.length].id,
      grade: 6 + (n % 4),
      owner_user_id: unit.ownerIds[Math.floor(n / SCHOOLS) % TEACHERS_PER_SCHOOL],
      title: `Bài ${n % 120}. ${topic} (${n})`,
      lesson_title: `Bài ${n % 120}. ${topic}`,
      periods: 2,
      teaching_week: 1 + (n % 35),
      status: n % 3 === 0 ? 'approved' : 'submitted',
      created_at: updatedAt,
      updated_at: updatedAt,
    }
  })
  await db.transaction(async (trx) => {
    const inserted = await trx.table('documents').multiInsert(rows).returning('id')
    const ids = inserted.map((row: any) => (typeof row === 'object' ? row.id : row))
    const firstId = ids.length === rows.length ? null : ids[0] - rows.length + 1
    const search = rows.map((row, i) => ({
      document_id: firstId === null ? ids[i] : firstId + i,
      folded: foldText(`Kế hoạch bài dạy ${row.title}\n${planText}`),
    }))
    await trx.table('document_search').multiInsert(search)
  })
  if (offset % 50_000 === 0 && offset > 0) console.log(`  … ${offset} plans loaded`)
}
const loadSeconds = ((performance.now() - started) / 1000).toFixed(1)
/* Production has autovacuum; a bulk load right before timing needs its statistics by hand. */
if (db.connection().dialect.name === 'postgres') await db.rawQuery('ANALYZE')

async function time(user: any, label: string) {
  const samples: number[] = []
  let matches = 0
  for (let i = 0; i < SEARCHES; i++) {
    const q = QUERIES[i % QUERIES.length]
    const t = performance.now()
    const page = await searchDocuments(user, { q, page: 1 })
    samples.push(performance.now() - t)
    matches += page.total
  }
  const p = percentiles(samples)
  console.log(
    `${label.padEnd(30)} p50 ${p.p50.toFixed(1)} ms  p95 ${p.p95.toFixed(1)} ms  p99 ${p.p99.toFixed(1)} ms  (n=${p.n}, avg matches ${Math.round(matches / SEARCHES)})`
  )
}

console.log(
  `${db.connection().dialect.name}: ${DOCUMENTS} plans in ${SCHOOLS} schools indexed in ${loadSeconds} s`
)
for (const [label, reader] of Object.entries(readers)) await time(reader, label)

await app.terminate()
if (db.connection().dialect.name !== 'postgres') {
  for (const suffix of ['', '-wal', '-shm'])
    await rm(`${process.env.SQLITE_FILENAME}${suffix}`, { force: true })
}
