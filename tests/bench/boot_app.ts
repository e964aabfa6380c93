/*
| Boots the AdonisJS application inside a benchmark script, so a benchmark
| can use models, the database and services exactly as the server does.
|
|   const app = await bootApp()   // then import '#app/...' modules
|   ...
|   await app.terminate()
*/
import 'reflect-metadata'
import { createIgnitor } from '../../bin/ignitor.js'

export async function bootApp() {
  const app = createIgnitor().createApp('console')
  await app.init()
  await app.boot()
  await app.start(async () => {})
  return app
}

/** p50/p95/p99 and median of a list of durations in milliseconds. */
export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
  return { p50: at(50), p95: at(95), p99: at(99), n: sorted.length }
}
