/*
|--------------------------------------------------------------------------
| npm run load — city-scale load test on PostgreSQL + Redis
|--------------------------------------------------------------------------
|
|   npm run load                          # smoke: 30 s in all
|   npm run load -- --duration=600        # the soak of the report (10 min)
|   npm run load -- --fresh               # rebuild the database first
|   npm run load -- --phases=users --duration=600   # 100 people with think time (soak)
|
| Flags: --duration=S (all phases, default 30), --instances=N web
| processes (default 2), --versions=N (default 1000000), --database=NAME
| (default hscm_load), --fresh, --phases=pages,uploads,mixed (which to run,
| default all; --phases=pages gives the pages phase the whole --duration),
| --readers=F (share of the 100 readers, default 1; --readers=0.01 is one
| person per page, i.e. what each page costs on a machine otherwise idle),
| --users=N (people of the users phase, default 100), --think=S (their mean
| think time between clicks, default 5), --workers=N (queue workers, default
| 1; 0 runs jobs inside the web process).
|
| Capacity phases, closed loop (a quarter, a quarter, a half of --duration):
|   1. pages   — 100 people reading: teachers (start page, own plans), reviewers (queue),
|                inspectors (search, dashboard, inspection list); closed loop, no think time
|   2. uploads — 16 teachers uploading a 10-page lesson plan (parsed + validated inline)
|   3. mixed   — 100 people: 80 reading as in 1, 12 uploading, 8 reviewers approving
| The users phase (--phases=users; not in the default set) is the load of
| N people instead: each opens a page from its role's mix, reads it for an
| exponential think time, sometimes uploads or approves (think_time_users.ts).
| --uploaders=N of its teachers upload (default 16), --heavy-share=F of them
| a 40-page PDF (default 0.25), the others the 10-page DOCX; it ends with the
| targets (page p95 ≤ 150 ms, upload → report p95 ≤ 2 s, 0 errors).
| Memory (RSS) of every web process and worker is sampled every 5 s through all phases.
| Results: a table on stdout and tmp/load/last-run.json.
*/
import { mkdir, writeFile, rm } from 'node:fs/promises'
import { cpus, loadavg, totalmem } from 'node:os'
import { buildPlan, toDocx, toPdf } from '#tests/fixtures/plans'
import { AppProcess, WebInstance } from '#tests/functional/production/support/app_process'
import { productionEnv } from '#tests/functional/production/support/deployment'
import { missingServices } from '#tests/functional/production/support/infrastructure'
import { ensureLoadDatabase, withDatabase } from './load_database.js'
import { approver, signIn, uploader, usernames, type VirtualUser } from './virtual_users.js'
import { loadEndpoint, summarize, type EndpointSpec } from './endpoint_load.js'
import { flatness, sampleMemory } from './memory_sampler.js'
import { signInCityUsers, type UploadMix } from './city_users.js'
import { runThinkTimeUsers } from './think_time_users.js'
import { byEndpoint, markdownTable, pagesByMinute } from './request_summary.js'

const flag = (name: string, fallback: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
const DURATION = Number(flag('duration', '30'))
const INSTANCES = Number(flag('instances', '2'))
const VERSIONS = Number(flag('versions', '1000000'))
const DATABASE = flag('database', 'hscm_load')
const FRESH = process.argv.includes('--fresh')
const PHASES = flag('phases', 'pages,uploads,mixed').split(',')
const READERS = Number(flag('readers', '1'))
const USERS = Number(flag('users', '100'))
const THINK = Number(flag('think', '5'))
const WORKERS = Number(flag('workers', '1'))
const UPLOADERS = Number(flag('uploaders', '16'))
const HEAVY_SHARE = Number(flag('heavy-share', '0.25'))
const CAPACITY_PHASES = ['pages', 'uploads', 'mixed']
/* The title the lesson plan fixture carries, so the metadata check agrees. */
const LESSON_TITLE = 'Bài 5. Phân số với tử và mẫu là số nguyên'

const log = (line: string) => console.log(`[load] ${line}`)

function environment(): NodeJS.ProcessEnv {
  const storage = `tmp/load/storage-${process.pid}`
  return {
    ...productionEnv({
      database: DATABASE,
      s3: { endpoint: 'http://127.0.0.1:1', bucket: 'unused' },
    }),
    /* Local disk: s3rver is a Node process too and would share the two cores with the app. */
    DRIVE_DISK: 'fs',
    STORAGE_PATH: storage,
    /* With a worker, jobs go through Redis as in production; uploads ≤ VALIDATE_INLINE_MAX_MB (2) are validated in the request either way. */
    QUEUE_DRIVER: WORKERS > 0 ? 'redis' : 'sync',
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
  const signInAll = (list: string[]) =>
    Promise.all(list.map((name, index) => signIn(at(index), name)))
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
  const uploaders = await Promise.all(
    teachers.slice(0, 16).map((user, index) => uploader(at(index), user, file, LESSON_TITLE))
  )
  return {
    teachers: teachers.slice(16),
    inspectors,
    reviewers,
    approvers,
    uploaders,
    fileBytes: file.byteLength,
  }
}

type People = Awaited<ReturnType<typeof people>>
const emptyPeople: People = {
  teachers: [],
  inspectors: [],
  reviewers: [],
  approvers: [],
  uploaders: [],
  fileBytes: 0,
}

const ok = { status: 200 }
const SEARCHES = ['phan so', 'so nguyen', 'quang hop', 'truyen ngan', 'ban do', 'thuat toan']

function readers(p: People, baseUrls: string[], scale: number): EndpointSpec[] {
  const take = <T>(list: T[], share: number) =>
    list.slice(0, Math.max(1, Math.round(share * scale)))
  return [
    {
      name: 'GET / (teacher start page)',
      baseUrls,
      path: () => '/',
      users: take(p.teachers, 15),
      expect: ok,
    },
    {
      name: 'GET /documents (teacher: own plans)',
      baseUrls,
      path: () => '/documents',
      users: take(p.teachers.slice(15), 15),
      expect: ok,
    },
    {
      name: 'GET /reviews (reviewer queue)',
      baseUrls,
      path: () => '/reviews',
      users: take(p.reviewers, 20),
      expect: ok,
    },
    {
      name: 'GET /documents/search?q= (inspector)',
      baseUrls,
      path: (c, n) =>
        `/documents/search?q=${encodeURIComponent(SEARCHES[(c + n) % SEARCHES.length])}`,
      users: take(p.inspectors, 15),
      expect: ok,
    },
    {
      name: 'GET /dashboard (inspector)',
      baseUrls,
      path: () => '/dashboard',
      users: take(p.inspectors.slice(15), 15),
      expect: ok,
    },
    {
      name: 'GET /inspection (inspector)',
      baseUrls,
      path: () => '/inspection',
      users: take(p.inspectors.slice(30), 20),
      expect: ok,
    },
  ]
}

function uploads(p: People, baseUrls: string[], count: number): EndpointSpec {
  return {
    name: 'POST /documents (upload 10-page lesson plan, validated)',
    baseUrls,
    method: 'POST',
    path: () => '/documents',
    users: p.uploaders.slice(0, count).map((user) => ({
      cookie: user.cookie,
      body: user.body,
      contentType: user.contentType,
      csrfToken: user.csrfToken,
    })),
    expect: { status: 302, location: /^\/documents\/\d+\/versions\/1$/ },
  }
}

function approvals(p: People, baseUrls: string[]): EndpointSpec {
  const perReviewer = Math.min(...p.approvers.map((user) => user.approvals.length))
  return {
    name: 'POST /reviews/:id/approve (reviewer)',
    baseUrls,
    method: 'POST',
    path: (c, n) =>
      `/reviews/${p.approvers[c].approvals[(n - 1) % perReviewer].documentId}/approve`,
    body: (c, n) => p.approvers[c].approvals[(n - 1) % perReviewer].body,
    users: p.approvers.map((user) => ({
      cookie: user.cookie,
      contentType: 'application/x-www-form-urlencoded',
    })),
    expect: { status: 302, location: /^\/reviews$/ },
    /* A person approves after reading: one approval a second at most (autocannon's slowest pace). */
    connectionRate: 1,
    amount: perReviewer * p.approvers.length,
  }
}

async function phase(name: string, specs: EndpointSpec[], seconds: number) {
  log(
    `phase ${name}: ${specs.reduce((sum, spec) => sum + spec.users.length, 0)} connections for ${seconds} s`
  )
  const results = await Promise.all(specs.map((spec) => loadEndpoint(spec, seconds)))
  return results.map(summarize)
}

function table(rows: ReturnType<typeof summarize>[]) {
  const lines = [
    '| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const row of rows)
    lines.push(
      `| ${row.endpoint} | ${row.requests} | ${row.rps.toFixed(1)} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.errors} |`
    )
  return lines.join('\n')
}

/** N people of the city with think time: the load the 150 ms page target is about. */
async function usersPhase(baseUrls: string[], capacityPeople: People, seconds: number) {
  const uploadMix: UploadMix = {
    uploaders: UPLOADERS,
    heavyShare: HEAVY_SHARE,
    usual: {
      label: '10-page DOCX',
      bytes: await toDocx(buildPlan('pl4', { pages: 10 })),
      fileName: 'Kế hoạch bài dạy.docx',
    },
    heavy: {
      label: '40-page PDF',
      bytes: await toPdf(buildPlan('pl4', { pages: 40, layout: 'activityTable' })),
      fileName: 'Kế hoạch bài dạy 40 trang.pdf',
    },
  }
  /* The capacity phases' approvers keep their queues to themselves. */
  const skip = new Set(capacityPeople.approvers.map((user) => user.username))
  const users = await withDatabase(DATABASE, (client) =>
    signInCityUsers({
      client,
      baseUrls,
      total: USERS,
      uploads: uploadMix,
      lessonTitle: LESSON_TITLE,
      skip,
    })
  )
  const roleCounts = Object.entries(Object.groupBy(users, (user) => user.role.role))
    .map(([role, group]) => `${group!.length} ${role}s`)
    .join(', ')
  const readyToApprove = users.reduce((sum, user) => sum + user.approvals.length, 0)
  const uploaders = Object.entries(
    Object.groupBy(
      users.filter((user) => user.upload),
      (user) => user.upload!.label
    )
  )
    .map(([label, group]) => `${group!.length} × ${label}`)
    .join(', ')
  log(
    `phase users: ${roleCounts} (uploaders: ${uploaders}; ${readyToApprove} plans ready to approve), mean think ${THINK} s, for ${seconds} s`
  )
  /* Others share the machine: its load average every 15 s says how much. */
  const loadAverages: Array<{ at: number; load1: number }> = []
  const started = Date.now()
  const sampler = setInterval(
    () => loadAverages.push({ at: (Date.now() - started) / 1000, load1: loadavg()[0] }),
    15_000
  )
  const run = await runThinkTimeUsers(users, { seconds, thinkMean: THINK }).finally(() =>
    clearInterval(sampler)
  )
  await mkdir('tmp/load', { recursive: true })
  await writeFile('tmp/load/users-requests.json', JSON.stringify(run.samples))
  return {
    people: roleCounts,
    uploaders,
    loadAverages,
    thinkMeanSeconds: THINK,
    seconds,
    endpoints: byEndpoint(run.samples, seconds),
    minutes: pagesByMinute(run.samples, seconds),
  }
}

/** The targets against the users phase: page p95 ≤ 150 ms, upload to report p95 ≤ 2 s, no error. */
function verdicts(rows: ReturnType<typeof byEndpoint>) {
  const row = (name: string) => rows.find((r) => r.endpoint === name)!
  const pages = row('**all pages (GET)**')
  const toReport = row('**all uploads to report**')
  const errors = row('**all requests**').errors
  const mark = (met: boolean) => (met ? 'met' : 'NOT met')
  return [
    '| target | measured | verdict |',
    '| --- | --- | --- |',
    `| page p95 ≤ 150 ms | ${pages.p95} ms | ${mark(pages.p95 <= 150)} |`,
    `| upload → report p95 ≤ 2 s | ${toReport.p95} ms (${toReport.requests} uploads) | ${mark(toReport.requests > 0 && toReport.p95 <= 2000)} |`,
    `| 0 errors | ${errors} | ${mark(errors === 0)} |`,
  ].join('\n')
}

async function main() {
  const missing = await missingServices()
  if (missing) throw new Error(missing)
  const env = environment()
  const dataset = await ensureLoadDatabase(DATABASE, { fresh: FRESH, versions: VERSIONS, env }, log)
  log(`dataset: ${JSON.stringify(dataset)}`)

  const instances = await Promise.all(
    Array.from({ length: INSTANCES }, (_, index) => WebInstance.start(`load-${index + 1}`, env))
  )
  const workers = await Promise.all(
    Array.from({ length: WORKERS }, (_, index) =>
      AppProcess.spawn(`load-worker-${index + 1}`, ['ace', 'queue:work'], env)
    )
  )
  const baseUrls = instances.map((instance) => instance.url)
  const processes = [...instances.map((instance) => instance.process), ...workers]
  /* Never leave app processes behind, even when the load generator itself crashes. */
  process.once('exit', () => processes.forEach((child) => child.child.kill('SIGTERM')))
  try {
    const capacity = PHASES.some((name) => CAPACITY_PHASES.includes(name))
    const p = capacity ? await people(baseUrls) : emptyPeople
    if (capacity)
      log(
        `signed in: ${p.teachers.length + p.uploaders.length} teachers, ${p.reviewers.length + p.approvers.length} reviewers, ${p.inspectors.length} inspectors`
      )
    const memory = sampleMemory(processes.map((child) => child.child.pid!))
    const quarter =
      PHASES.length === 3
        ? Math.max(5, Math.round(DURATION / 4))
        : Math.round(DURATION / PHASES.length)
    const skip = async () => []
    const pages = PHASES.includes('pages')
      ? await phase('pages', readers(p, baseUrls, READERS), quarter)
      : await skip()
    const uploading = PHASES.includes('uploads')
      ? await phase('uploads', [uploads(p, baseUrls, 16)], quarter)
      : await skip()
    const mixed = PHASES.includes('mixed')
      ? await phase(
          'mixed',
          [
            ...readers(p, baseUrls, 0.8 * READERS),
            uploads(p, baseUrls, 12),
            ...(p.approvers.length ? [approvals(p, baseUrls)] : []),
          ],
          PHASES.length === 3 ? Math.max(10, DURATION - 2 * quarter) : quarter
        )
      : await skip()
    const users = PHASES.includes('users') ? await usersPhase(baseUrls, p, quarter) : null
    const samples = memory.stop()
    /* The second half leaves out the warm-up (JIT, caches, pools filling), where RSS always climbs. */
    const secondHalf = samples.slice(Math.floor(samples.length / 2))
    const memoryFlatness = processes.map((child, index) => ({
      process: child.name,
      ...flatness(samples, index),
      secondHalfSlopeMbPerMin: flatness(secondHalf, index).slopeMbPerMin,
    }))

    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    }
    const report = {
      date: new Date().toISOString(),
      machine,
      loadAverage: loadavg(),
      instances: INSTANCES,
      workers: WORKERS,
      durationSeconds: DURATION,
      dataset,
      uploadFileBytes: p.fileBytes,
      pages,
      uploads: uploading,
      mixed,
      users,
      memoryFlatness,
      memory: samples,
    }
    await mkdir('tmp/load', { recursive: true })
    await writeFile('tmp/load/last-run.json', JSON.stringify(report, null, 2))
    if (pages.length) console.log(`\n## Pages (100 connections)\n\n${table(pages)}\n`)
    if (uploading.length) console.log(`\n## Uploads (16 connections)\n\n${table(uploading)}\n`)
    if (mixed.length) console.log(`\n## Mixed\n\n${table(mixed)}\n`)
    if (users) {
      console.log(
        `\n## ${USERS} users, think time ${THINK} s (${users.people})\n\n${markdownTable(users.endpoints)}\n`
      )
      console.log(`### Pages minute by minute\n\n${markdownTable(users.minutes, 'minute')}\n`)
      console.log(verdicts(users.endpoints))
      const loads = users.loadAverages.map((sample) => sample.load1)
      if (loads.length)
        console.log(
          `Machine load average (1 min) during the phase: ${Math.min(...loads).toFixed(2)} – ${Math.max(...loads).toFixed(2)} on ${cpus().length} cores`
        )
    }
    console.log(
      `Memory RSS (MB) per process (${processes.map((child) => child.name).join('/')}), every 5 s: ${samples.map((sample) => sample.rssMb.join('/')).join(' ')}`
    )
    for (const row of memoryFlatness)
      console.log(
        `${row.process}: start ${row.startMb} MB, max ${row.maxMb} MB, end ${row.endMb} MB, slope ${row.slopeMbPerMin} MB/min (second half ${row.secondHalfSlopeMbPerMin})`
      )
  } finally {
    await Promise.all(processes.map((child) => child.stop()))
    await rm(env.STORAGE_PATH!, { recursive: true, force: true })
  }
}

await main()
