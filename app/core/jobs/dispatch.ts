/*
|--------------------------------------------------------------------------
| Dispatch a background job (Redis queue in production, inline by default)
|--------------------------------------------------------------------------
|
| With QUEUE_DRIVER=sync (the embedded default) the job runs now, in this
| process, and dispatch resolves once it finished; with QUEUE_DRIVER=redis
| it is stored in Redis and a worker (`node ace queue:work`) runs it later.
| `queued` tells the caller which happened, so a page can say "đang kiểm
| tra" and poll instead of showing a result that does not exist yet.
*/
import { Locator, type Job } from '@adonisjs/queue'
import env from '#start/env'

type JobClass<Payload> = (new (...args: any[]) => Job<Payload>) & {
  name: string
  options?: { name?: string }
  dispatch(
    payload: Payload
  ): PromiseLike<unknown> & { dedup(options: { id: string }): PromiseLike<unknown> }
}

export interface DispatchOutcome {
  /** true: a worker will run it; false: it already ran (sync driver). */
  queued: boolean
}

export function queueRunsInline(): boolean {
  return env.get('QUEUE_DRIVER', 'sync') === 'sync'
}

/**
 * Enqueues one job. `dedupId` skips the dispatch while an equal job is
 * still waiting (Redis only: the sync driver runs every dispatch).
 */
export async function dispatchJob<Payload>(
  jobClass: JobClass<Payload>,
  payload: Payload,
  dedupId?: string
): Promise<DispatchOutcome> {
  ensureRegistered(jobClass)
  const pending = jobClass.dispatch(payload)
  await (dedupId && !queueRunsInline() ? pending.dedup({ id: dedupId }) : pending)
  return { queued: !queueRunsInline() }
}

/*
 * The queue finds a job's class by name. Web instances register every job
 * at start (config/queue.ts → locations), but Ace commands do not, so a
 * command that dispatches with the sync driver registers the class here.
 */
function ensureRegistered(jobClass: JobClass<any>) {
  const name = jobClass.options?.name ?? jobClass.name
  if (!Locator.get(name)) Locator.register(name, jobClass as any)
}
