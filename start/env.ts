/*
|--------------------------------------------------------------------------
| Environment variables, validated at boot (README lists each one)
|--------------------------------------------------------------------------
*/
import { Env } from '@adonisjs/core/env'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
  PORT: Env.schema.number(),
  HOST: Env.schema.string({ format: 'host' }),
  APP_KEY: Env.schema.secret(),
  APP_URL: Env.schema.string({ format: 'url', tld: false }),
  LOG_LEVEL: Env.schema.enum([
    'fatal',
    'error',
    'warn',
    'info',
    'debug',
    'trace',
    'silent',
  ] as const),
  /* Detailed error pages (stack traces) for a developer: set by `npm run dev`, never by `npm start` */
  ERROR_DETAILS: Env.schema.boolean.optional(),

  /* Database: embedded SQLite by default, PostgreSQL in production */
  DB_CONNECTION: Env.schema.enum.optional(['sqlite', 'pg'] as const),
  SQLITE_FILENAME: Env.schema.string.optional(),
  DB_HOST: Env.schema.string.optional({ format: 'host' }),
  DB_PORT: Env.schema.number.optional(),
  DB_USER: Env.schema.string.optional(),
  DB_PASSWORD: Env.schema.string.optional(),
  DB_DATABASE: Env.schema.string.optional(),
  DB_POOL_MAX: Env.schema.number.optional(),

  /* Sessions, rate limits: cookie/database by default, Redis when several instances run */
  SESSION_DRIVER: Env.schema.enum(['cookie', 'memory', 'redis'] as const),
  LIMITER_STORE: Env.schema.enum.optional(['database', 'memory', 'redis'] as const),
  REDIS_HOST: Env.schema.string.optional({ format: 'host' }),
  REDIS_PORT: Env.schema.number.optional(),
  REDIS_PASSWORD: Env.schema.string.optional(),
  REDIS_DB: Env.schema.number.optional(),
  REDIS_KEY_PREFIX: Env.schema.string.optional(),

  /* Background jobs and locks: inline and in-process by default, Redis and workers in production */
  QUEUE_DRIVER: Env.schema.enum.optional(['sync', 'redis'] as const),
  QUEUE_CONCURRENCY: Env.schema.number.optional(),
  LOCK_STORE: Env.schema.enum.optional(['memory', 'redis'] as const),
  VALIDATE_INLINE_MAX_MB: Env.schema.number.optional(),

  /* File storage: local disk by default, any S3-compatible service in production */
  DRIVE_DISK: Env.schema.enum.optional(['fs', 's3'] as const),
  STORAGE_PATH: Env.schema.string.optional(),
  S3_ENDPOINT: Env.schema.string.optional(),
  S3_REGION: Env.schema.string.optional(),
  S3_BUCKET: Env.schema.string.optional(),
  S3_ACCESS_KEY_ID: Env.schema.string.optional(),
  S3_SECRET_ACCESS_KEY: Env.schema.string.optional(),
  S3_FORCE_PATH_STYLE: Env.schema.boolean.optional(),

  /* Uploads */
  UPLOAD_MAX_MB: Env.schema.number.optional(),
  UPLOAD_TMP_PATH: Env.schema.string.optional(),

  /* E-mail (workflow reminders): stored as files by default, SMTP in production */
  MAIL_MAILER: Env.schema.enum.optional(['smtp', 'file'] as const),
  MAIL_FROM: Env.schema.string.optional(),
  MAIL_STORE_PATH: Env.schema.string.optional(),
  SMTP_HOST: Env.schema.string.optional({ format: 'host' }),
  SMTP_PORT: Env.schema.number.optional(),
  SMTP_USERNAME: Env.schema.string.optional(),
  SMTP_PASSWORD: Env.schema.secret.optional(),
})
