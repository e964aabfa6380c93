import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, drivers } from '@adonisjs/queue'

/*
 * sync (the embedded default): a dispatched job runs at once, inside the
 * process that dispatched it, so `npm start` needs no Redis and no worker.
 * redis (production): jobs wait in Redis until a worker process
 * (`node ace queue:work`) takes them; web instances only enqueue.
 */
const driver = env.get('QUEUE_DRIVER', 'sync')

const queueConfig = defineConfig({
  default: driver,

  /* Only the chosen adapter is built, so the sync default never touches Redis. */
  adapters:
    driver === 'redis'
      ? { redis: drivers.redis({ connectionName: 'main' }) }
      : { sync: drivers.sync() },

  worker: {
    /* Validation is CPU-bound and already runs in the parser pool: a few jobs per worker is enough. */
    concurrency: env.get('QUEUE_CONCURRENCY', 2),
    idleDelay: '500ms',
    timeout: '5m',
    /* A worker that dies mid-job gives it back after this long. */
    stalledThreshold: '2m',
    stalledInterval: '30s',
    /* SIGTERM: stop taking jobs, finish the running ones, then exit. */
    gracefulShutdown: true,
  },

  /* Jobs live beside their module: app/<module>/jobs/<name>_job.ts. */
  locations: [app.makePath('app/*/jobs/*_job.{ts,js}')],
})

export default queueConfig
