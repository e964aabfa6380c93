/*
|--------------------------------------------------------------------------
| The city-scale PostgreSQL database the load test runs against
|--------------------------------------------------------------------------
|
| Built once and kept between runs (it takes a few minutes): migrations,
| the city seed (600 schools, ~25,000 teachers) and ~1,000,000 versions.
| --fresh rebuilds it.
*/
import pg from 'pg'
import { AppProcess } from '#tests/functional/production/support/app_process'
import { PG } from '#tests/functional/production/support/infrastructure'
import { counts, generateVersions } from './generate_versions.js'

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ ...PG, database: 'postgres' })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

export async function withDatabase<T>(
  name: string,
  work: (client: pg.Client) => Promise<T>
): Promise<T> {
  const client = new pg.Client({ ...PG, database: name })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

async function isReady(name: string): Promise<boolean> {
  const exists = await admin(async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    return found.rowCount === 1
  })
  if (!exists) return false
  return withDatabase(name, async (client) => {
    const table = await client.query(`SELECT to_regclass('public.document_versions') AS t`)
    if (!table.rows[0].t) return false
    const result = await client.query('SELECT count(*) FROM document_versions')
    return Number(result.rows[0].count) > 0
  })
}

export async function ensureLoadDatabase(
  name: string,
  options: { fresh: boolean; versions: number; env: NodeJS.ProcessEnv },
  log: (line: string) => void
) {
  if (!options.fresh && (await isReady(name))) {
    log(`reusing database ${name} (running pending migrations)`)
    await AppProcess.ace('load-migrate', ['migration:run', '--force'], options.env)
    return withDatabase(name, counts)
  }
  log(`building database ${name}: migrations, city seed, ${options.versions} versions`)
  await admin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${name}`)
  })
  await AppProcess.ace('load-migrate', ['migration:run', '--force'], options.env)
  await AppProcess.ace('load-seed', ['hscm:seed', '--scale=city'], options.env)
  return withDatabase(name, (client) => generateVersions(client, options.versions, log))
}
