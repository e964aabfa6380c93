/*
|--------------------------------------------------------------------------
| A small production deployment on this machine
|--------------------------------------------------------------------------
|
|   instance A ─┐                 ┌─ PostgreSQL (fresh database)
|   instance B ─┼─ nothing local ─┼─ Redis (sessions, rate limits, locks, queue; own key prefix)
|   worker     ─┘                 └─ s3rver (files)
|
| Everything is configured by environment variables only, as in production
| (NODE_ENV=production); the same APP_KEY on every process.
*/
import { randomBytes } from 'node:crypto'
import { AppProcess, WebInstance } from './app_process.js'
import { freshDatabase, PG, REDIS, S3RVER_KEY, startS3Server } from './infrastructure.js'

export interface DeploymentOptions {
  /** Uploads above this size (MB) are validated by the worker. */
  validateInlineMaxMb?: number
}

export class Deployment {
  private constructor(
    readonly a: WebInstance,
    readonly b: WebInstance,
    readonly worker: AppProcess,
    private readonly env: NodeJS.ProcessEnv,
    private readonly stopServices: () => Promise<void>
  ) {}

  static async start(options: DeploymentOptions = {}): Promise<Deployment> {
    const database = await freshDatabase('multi')
    const s3 = await startS3Server(`hscm-${process.pid}`)
    const stopServices = async () => {
      await s3.stop()
      await database.drop()
    }
    try {
      const env = productionEnv({ database: database.name, s3, ...options })
      await AppProcess.ace('prepare', ['hscm:prepare'], env)
      const [a, b, worker] = await Promise.all([
        WebInstance.start('instance-a', env),
        WebInstance.start('instance-b', env),
        AppProcess.spawn('worker', ['ace', 'queue:work'], env),
      ])
      return new Deployment(a, b, worker, env, stopServices)
    } catch (error) {
      await stopServices()
      throw error
    }
  }

  /** One more web instance on the same services (scaling out); the caller stops it. */
  startInstance(name: string): Promise<WebInstance> {
    return WebInstance.start(name, this.env)
  }

  /** SIGTERM to every process, then the services; returns each process's exit code. */
  async stop(): Promise<{ a: number; b: number; worker: number }> {
    const [a, b, worker] = await Promise.all([this.a.stop(), this.b.stop(), this.worker.stop()])
    await this.stopServices()
    return { a, b, worker }
  }
}

/** The environment of every process of a production deployment on this machine's services. */
export function productionEnv(input: {
  database: string
  s3: { endpoint: string; bucket: string }
  validateInlineMaxMb?: number
}): NodeJS.ProcessEnv {
  /* Start from this process's environment minus what the test run set for itself. */
  const { SQLITE_FILENAME, STORAGE_PATH, PORT, ...inherited } = process.env
  return {
    ...inherited,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    APP_URL: 'http://127.0.0.1',
    APP_KEY: randomBytes(32).toString('base64url'),
    LOG_LEVEL: 'info',
    TZ: 'UTC',
    DB_CONNECTION: 'pg',
    DB_HOST: PG.host,
    DB_PORT: String(PG.port),
    DB_USER: PG.user,
    DB_DATABASE: input.database,
    REDIS_HOST: REDIS.host,
    REDIS_PORT: String(REDIS.port),
    REDIS_KEY_PREFIX: `hscm-test-${process.pid}-${Date.now()}:`,
    SESSION_DRIVER: 'redis',
    LIMITER_STORE: 'redis',
    LOCK_STORE: 'redis',
    QUEUE_DRIVER: 'redis',
    DRIVE_DISK: 's3',
    S3_ENDPOINT: input.s3.endpoint,
    S3_BUCKET: input.s3.bucket,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: S3RVER_KEY,
    S3_SECRET_ACCESS_KEY: S3RVER_KEY,
    S3_FORCE_PATH_STYLE: 'true',
    VALIDATE_INLINE_MAX_MB: String(input.validateInlineMaxMb ?? 2),
  }
}
