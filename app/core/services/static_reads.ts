/*
|--------------------------------------------------------------------------
| Static reads: data a long job reads again and again, read once per job
|--------------------------------------------------------------------------
|
| The demo year plays thousands of real actions; each asks again who holds
| which role, the year's routing rules, the validators' settings. None of
| these change while the seeding runs, so inside `withStaticReads` each is
| read once and shared; outside (every request), every read goes to the
| database as before.
|
|   await withStaticReads(() => seedYear())
|   const rules = await staticRead(`routing:${yearId}`, () => RoutingRule.findBy(...))
*/
import { AsyncLocalStorage } from 'node:async_hooks'

const reads = new AsyncLocalStorage<Map<string, Promise<unknown>>>()

/** Runs a job in which the static reads are remembered until it ends. */
export function withStaticReads<T>(job: () => Promise<T>): Promise<T> {
  return reads.run(new Map(), job)
}

/** The read remembered under `key` in the current job; a plain read outside one. The value is shared: never mutate it. */
export function staticRead<T>(key: string, read: () => Promise<T>): Promise<T> {
  const remembered = reads.getStore()
  if (!remembered) return read()
  let value = remembered.get(key) as Promise<T> | undefined
  if (!value) {
    value = read()
    remembered.set(key, value)
    value.catch(() => remembered.delete(key))
  }
  return value
}
