/*
|--------------------------------------------------------------------------
| Demo-seed benchmark: what `npm start` spends on a fresh database
|--------------------------------------------------------------------------
|
|   node --import=@poppinss/ts-exec tests/bench/demo_seed_bench.ts
|
| On a fresh SQLite file (tmp/bench-demo-<pid>.sqlite3, removed after):
| migrations, the demo organization, then the demo school year of plans
| through the real actions (hscm:prepare's steps). Prints the wall time and
| the CPU time (every thread of the process: main, parser pool, file
| rendering) of each step, and the rows the year holds. Target: the whole
| under 30 s.
*/
process.env.SQLITE_FILENAME ??= `tmp/bench-demo-${process.pid}.sqlite3`
process.env.STORAGE_PATH ??= `tmp/bench-demo-${process.pid}-uploads`
process.env.MAIL_STORE_PATH ??= `tmp/bench-demo-${process.pid}-mail`
process.env.NODE_ENV ??= 'test'
process.env.LOG_LEVEL = 'silent'

import { rm } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import { bootApp } from './boot_app.js'

const app = await bootApp()
const { default: db } = await import('@adonisjs/lucid/services/db')
const { migrate } = await import('#app/core/services/migrate')
const { seedDemoIfEmpty } = await import('#app/organization/seeding/demo')
const { enableDemoGuidance } = await import('#app/documents/validation/demo_rules')
const { seedDemoYear } = await import('#app/workflow/seeding/demo_year')

async function step<T>(label: string, task: () => Promise<T>): Promise<T> {
  const wall = performance.now()
  const cpu = process.cpuUsage()
  const mainCpu = process.threadCpuUsage()
  const result = await task()
  const used = process.cpuUsage(cpu)
  const main = process.threadCpuUsage(mainCpu)
  console.log(
    `${label.padEnd(24)} wall ${seconds((performance.now() - wall) * 1000)}  CPU ${seconds(used.user + used.system)} (main thread ${seconds(main.user + main.system)})`
  )
  return result
}

function seconds(microseconds: number) {
  return `${(microseconds / 1e6).toFixed(1).padStart(5)} s`
}

const started = performance.now()
const cpuAtStart = process.cpuUsage()
await step('migrations', () => migrate(app))
await step('demo organization', async () => {
  await seedDemoIfEmpty()
  await enableDemoGuidance()
})
const plans = await step('demo school year', () => seedDemoYear())
const total = process.cpuUsage(cpuAtStart)
console.log(
  `${'total'.padEnd(24)} wall ${seconds((performance.now() - started) * 1000)}  CPU ${seconds(total.user + total.system)}`
)
async function count(table: string) {
  const row = await db.from(table).count('* as n').first()
  return Number(row.n)
}
console.log(
  `${plans} plans, ${await count('document_versions')} versions, ${await count('validation_runs')} validation runs, ${await count('document_events')} events, ${await count('notifications')} notifications`
)

await app.terminate()
for (const path of [process.env.STORAGE_PATH, process.env.MAIL_STORE_PATH])
  await rm(path!, { recursive: true, force: true })
for (const suffix of ['', '-wal', '-shm'])
  await rm(`${process.env.SQLITE_FILENAME}${suffix}`, { force: true })
