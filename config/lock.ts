import env from '#start/env'
import { defineConfig, stores } from '@adonisjs/lock'

/*
 * memory: one process (the embedded default). redis: locks seen by every
 * web instance and worker, so one version is never validated twice at once.
 */
const lockConfig = defineConfig({
  default: env.get('LOCK_STORE', 'memory'),
  stores: {
    /* The Redis connection is lazy: nothing connects unless this store is used. */
    redis: stores.redis({ connectionName: 'main' }),
    memory: stores.memory(),
  },
})

export default lockConfig

declare module '@adonisjs/lock/types' {
  export interface LockStoresList extends InferLockStores<typeof lockConfig> {}
}
