/*
|--------------------------------------------------------------------------
| npm run load — city-scale load test on PostgreSQL + Redis
|--------------------------------------------------------------------------
|
|   npm run load                          # smoke: 30 s in all
|   npm run load -- --duration=600        # the soak of the report (10 min)
|   npm run load -- --fresh               # rebuild the database first
|
| Flags: --duration=S (all phases, default 30), --instances=N web
| processes (default 2), --versions=N (default 1000000), --database=NAME
| (default hscm_load), --fresh, --phases=pages,uploads,mixed (which to run,
| default all; --phases=pages gives the pages phase the whole --duration),
| --readers=F (share of the 100 readers, default 1; --readers=0.01 is one
| person per page, i.e. what each page costs on a machine otherwise idle).
|
| Phases (a quarter, a quarter, a half of --duration):
|   1. pages   — 100 people reading: teachers (start page, own plans), reviewers (queue),
|                inspectors (search, dashboard, inspection list); closed loop, no think time
|   2. uploads — 16 teachers uploading a 10-page lesson plan (parsed + validated inline)
|   3. mixed   — 100 people: 80 reading as in 1, 12 uploading, 8 reviewers approving
| Memory (RSS) of every web process is sampled every 5 s through all phases.
| Results: a table on stdout and tmp/load/last-run.json.
*/
import { mkdir, writeFile, rm } from 'node:fs/promises'
import { cpus, totalmem } from 'node:os'
import { buildPlan, toDocx } from '#tests/fixtures/plans'
import { WebInstance } from '#tests/functional/production/support/app_process'
import { productionEnv } from '#tests/functional/production/support/deployment'
import { missingServices } from '#tests/functional/production/support/infrastructure'
import { ensureLoadDatabase, withDatabase } from './load_database.js'
import { approver, signIn, uploader, usernames, type VirtualUser } from './virtual_users.js'
import { loadEndpoint, summarize, type EndpointSpec } from './endpoint_load.js'
import { sampleMemory } from './memory_sampler.js'

const flag = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
const DURATION = Number(flag('duration', '30'))
const INSTANCES = Number(flag('instances', '2'))
const VERSIONS = Number(flag('versions', '1000000'))
const DATABASE = flag('database', 'hscm_load')
const FRESH = process.argv.includes('--fresh')
const PHASES = flag('phases', 'pages,uploads,mixed').split(',')
const READERS = Number(flag('readers', '1'))
/* The title the lesson plan fixture carries, so the metadata check agrees. */
const LESSON_TITLE = 'Bài 5. Phân số với tử và mẫu là số nguyên'

const log = (line: string) => console.log(`[load] ${line}`)

function environment(): NodeJS.ProcessEnv {
  const storage = `tmp/load/storage-${process.pid}`
  return {
    ...productionEnv({ database: DATABASE, s3: { endpoint: 'http://127.0.0.1:1', bucket: 'unused' } }),
    /* Local disk: s3rver is a Node process too and would share the two cores with the app. */
    DRIVE_DISK: 'fs',
    STORAGE_PATH: storage,
    QUEUE_DRIVER: 'sync',
    LOG_LEVEL: 'warn',
    DB_POOL_MAX: '10',
  }
}

async function people(baseUrls: string[]) {
  const names = await withDatabase(DATABASE, async (client) => ({
    teachers: await usernames(client, ['teacher'], 46),
    reviewers: await usernames(client, ['subgroup_lead', 'group_head'], 80),
    inspectors: await usernames(client, ['office_inspector', 'dept_specialist', 'dept_leader'], 50),
  }))
  const at = (index: number) => baseUrls[index % baseUrls.length]
  const signInAll = (list: string[]) => Promise.all(list.map((name, index) => signIn(at(index), name)))
  const teachers = await signInAll(names.teachers)
  const inspectors = await signInAll(names.inspectors)
  /* Reviewers with something in their queue: 20 readers, 8 approvers with the same number of approvals each. */
  const reviewers: VirtualUser[] = []
  const approvers = []
  for (const [index, name] of names.reviewers.entries()) {
    if (reviewers.length >= 20 && approvers.length >= 8) break
    const user = await signIn(at(index), name)
    if (reviewers.length < 20) reviewers.push(user)
    else {
      const ready = await approver(at(index), user, 10)
      if (ready.approvals.length >= 3) approvers.push(ready)
    }
  }
  const file = await toDocx(buildPlan('pl4', { pages: 10 }))
  const uploaders = await Promise.all(teachers.slice(0, 16).map((user, index) => uploader(at(index), user, file, LESSON_TITLE)))
  return { teachers: teachers.slice(16), inspectors, reviewers, approvers, uploaders, fileBytes: file.byteLength }
}

type People = Awaited<ReturnType<typeof people>>

const ok = { status: 200 }
const SEARCHES = ['phan so', 'so nguyen', 'quang hop', 'truyen ngan', 'ban do', 'thuat toan']

function readers(p: People, baseUrls: string[], scale: number): EndpointSpec[] {
  const take = <T>(list: T[], share: number) => list.slice(0, Math.max(1, Math.round(share * scale)))
  return [
    { name: 'GET / (teacher start page)', baseUrls, path: () => '/', users: take(p.teachers, 15), expect: ok },
    { name: 'GET /documents (teacher: own plans)', baseUrls, path: () => '/documents', users: take(p.teachers.slice(15), 15), expect: ok },
    { name: 'GET /reviews (reviewer queue)', baseUrls, path: () => '/reviews', users: take(p.reviewers, 20), expect: ok },
    { name: 'GET /documents/search?q= (inspector)', baseUrls, path: (c, n) => `/documents/search?q=${encodeURIComponent(SEARCHES[(c + n) % SEARCHES.length])}`, users: take(p.inspectors, 15), expect: ok },
    { name: 'GET /dashboard (inspector)', baseUrls, path: () => '/dashboard', users: take(p.inspectors.slice(15), 15), expect: ok },
    { name: 'GET /inspection (inspector)', baseUrls, path: () => '/inspection', users: take(p.inspectors.slice(30), 20), expect: ok },
  ]
}

function uploads(p: People, baseUrls: string[], count: number): EndpointSpec {
  return {
    name: 'POST /documents (upload 10-page lesson plan, validated)',
    baseUrls,
    method: 'POST',
    path: () => '/documents',
    users: p.uploaders.slice(0, count).map((user) => ({ cookie: user.cookie, body: user.body, contentType: user.contentType })),
    expect: { status: 302, location: /^\/documents\/\d+\/versions\/1$/ },
  }
}

function approvals(p: People, baseUrls: string[]): EndpointSpec {
  const perReviewer = Math.min(...p.approvers.map((user) => user.approvals.length))
  return {
    name: 'POST /reviews/:id/approve (reviewer)',
    baseUrls,
    method: 'POST',
    path: (c, n) => `/reviews/${p.approvers[c].approvals[(n - 1) % perReviewer].documentId}/approve`,
    body: (c, n) => p.approvers[c].approvals[(n - 1) % perReviewer].body,
    users: p.approvers.map((user) => ({ cookie: user.cookie, contentType: 'application/x-www-form-urlencoded' })),
    expect: { status: 302, location: /^\/reviews$/ },
    /* A person approves after reading: one approval a second at most (autocannon's slowest pace). */
    connectionRate: 1,
    amount: perReviewer * p.approvers.length,
  }
}

async function phase(name: string, specs: EndpointSpec[], seconds: number) {
  log(`phase ${name}: ${specs.reduce((sum, spec) => sum + spec.users.length, 0)} connections for ${seconds} s`)
  const results = await Promise.all(specs.map((spec) => loadEndpoint(spec, seconds)))
  return results.map(summarize)
}

function table(rows: ReturnType<typeof summarize>[]) {
  const lines = ['| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | errors |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |']
  for (const row of rows) lines.push(`| ${row.endpoint} | ${row.requests} | ${row.rps.toFixed(1)} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.errors} |`)
  return lines.join('\n')
}

async function main() {
  const missing = await missingServices()
  if (missing) throw new Error(missing)
  const env = environment()
  const dataset = await ensureLoadDatabase(DATABASE, { fresh: FRESH, versions: VERSIONS, env }, log)
  log(`dataset: ${JSON.stringify(dataset)}`)

  const instances = await Promise.all(Array.from({ length: INSTANCES }, (_, index) => WebInstance.start(`load-${index + 1}`, env)))
  const baseUrls = instances.map((instance) => instance.url)
  /* Never leave web processes behind, even when the load generator itself crashes. */
  process.once('exit', () => instances.forEach((instance) => instance.process.child.kill('SIGTERM')))
  try {
    const p = await people(baseUrls)
    log(`signed in: ${p.teachers.length + p.uploaders.length} teachers, ${p.reviewers.length + p.approvers.length} reviewers, ${p.inspectors.length} inspectors`)
    const memory = sampleMemory(instances.map((instance) => instance.process.child.pid!))
    const quarter = PHASES.length === 3 ? Math.max(5, Math.round(DURATION / 4)) : Math.round(DURATION / PHASES.length)
    const skip = async () => []
    const pages = PHASES.includes('pages') ? await phase('pages', readers(p, baseUrls, READERS), quarter) : await skip()
    const uploading = PHASES.includes('uploads') ? await phase('uploads', [uploads(p, baseUrls, 16)], quarter) : await skip()
    const mixed = PHASES.includes('mixed')
      ? await phase('mixed', [...readers(p, baseUrls, 0.8 * READERS), uploads(p, baseUrls, 12), ...(p.approvers.length ? [approvals(p, baseUrls)] : [])], PHASES.length === 3 ? Math.max(10, DURATION - 2 * quarter) : quarter)
      : await skip()
    const samples = memory.stop()

    const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version }
    const report = { date: new Date().toISOString(), machine, instances: INSTANCES, durationSeconds: DURATION, dataset, uploadFileBytes: p.fileBytes, pages, uploads: uploading, mixed, memory: samples }
    await mkdir('tmp/load', { recursive: true })
    await writeFile('tmp/load/last-run.json', JSON.stringify(report, null, 2))
    console.log(`\n## Pages (100 connections)\n\n${table(pages)}\n\n## Uploads (16 connections)\n\n${table(uploading)}\n\n## Mixed\n\n${table(mixed)}\n`)
    console.log(`Memory RSS (MB) per instance, every 5 s: ${samples.map((sample) => sample.rssMb.join('/')).join(' ')}`)
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()))
    await rm(env.STORAGE_PATH!, { recursive: true, force: true })
  }
}

await main()
