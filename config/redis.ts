import env from '#start/env'
import { defineConfig } from '@adonisjs/redis'

/* Used only when SESSION_DRIVER, LIMITER_STORE, QUEUE_DRIVER or LOCK_STORE is redis (production). */
const redisConfig = defineConfig({
  connection: 'main',
  connections: {
    main: {
      host: env.get('REDIS_HOST', '127.0.0.1'),
      port: env.get('REDIS_PORT', 6379),
      password: env.get('REDIS_PASSWORD', ''),
      /* Another db or prefix lets several deployments (or a test run) share one Redis. */
      db: env.get('REDIS_DB', 0),
      keyPrefix: env.get('REDIS_KEY_PREFIX', 'hscm:'),
      lazyConnect: true,
      retryStrategy(times) {
        return times > 10 ? null : times * 50
      },
    },
  },
})

export default redisConfig

declare module '@adonisjs/redis/types' {
  export interface RedisConnections extends InferConnections<typeof redisConfig> {}
}
