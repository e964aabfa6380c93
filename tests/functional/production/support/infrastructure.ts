/*
|--------------------------------------------------------------------------
| The shared services a multi-instance deployment needs, for tests
|--------------------------------------------------------------------------
|
| PostgreSQL and Redis are the machine's own (127.0.0.1, as CI starts
| them); each test run gets a fresh database and its own Redis key prefix,
| so it never sees another run's rows or sessions. The S3-compatible server
| is s3rver, started here on loopback with a temporary folder.
*/
import { createConnection } from 'node:net'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import pg from 'pg'

export const PG = { host: '127.0.0.1', port: 5432, user: 'postgres' }
export const REDIS = { host: '127.0.0.1', port: 6379 }

/** true when something accepts TCP connections there (no protocol spoken). */
export function reachable(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}

/**
 * Why the multi-instance tests cannot run here, or null when they can. On
 * CI (CI=true) missing services are a failure, never a reason to skip.
 */
export async function missingServices(): Promise<string | null> {
  const missing = []
  if (!(await reachable(PG.host, PG.port))) missing.push(`PostgreSQL (${PG.host}:${PG.port})`)
  if (!(await reachable(REDIS.host, REDIS.port)))
    missing.push(`Redis (${REDIS.host}:${REDIS.port})`)
  if (!missing.length) return null
  const reason = `cần ${missing.join(' và ')} đang chạy — multi-instance tests need ${missing.join(' and ')}`
  if (process.env.CI === 'true') throw new Error(`CI: ${reason}`)
  return reason
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ ...PG, database: 'postgres' })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** A brand-new, empty PostgreSQL database; drop() removes it. */
export async function freshDatabase(label: string) {
  const name = `hscm_${label}_${process.pid}_${Date.now()}`
  await adminQuery(`CREATE DATABASE ${name}`)
  return {
    name,
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  }
}

/** s3rver's fixed development credentials. */
export const S3RVER_KEY = 'S3RVER'

/** An S3-compatible server on 127.0.0.1 with one empty bucket. */
export async function startS3Server(bucket: string) {
  const S3rver = createRequire(import.meta.url)('s3rver')
  const directory = await mkdtemp(join(tmpdir(), 'hscm-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  })
  const address: { port: number } = await server.run()
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    bucket,
    directory,
    async stop() {
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
