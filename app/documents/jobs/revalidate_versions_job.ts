/*
|--------------------------------------------------------------------------
| Revalidate a batch of stored versions in the background
|--------------------------------------------------------------------------
|
| Dispatched after the department changes its rule set, or by
| `node ace documents:revalidate`. Each version is validated under the
| same lock as ValidateVersionJob, so an upload's own validation and a
| revalidation never store two runs for one file at the same moment. One
| version that cannot be validated is logged and does not stop the batch.
*/
import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import lock from '@adonisjs/lock/services/main'
import logger from '@adonisjs/core/services/logger'
import { dispatchJob } from '#app/core/jobs/dispatch'
import { dependentVersionIds } from '#app/documents/validation/dependents'
import {
  batches,
  revalidateVersion,
  revalidationTargets,
  versionsByIds,
  type RevalidationFilter,
} from '#app/documents/validation/revalidation'

export interface RevalidateVersionsPayload {
  versionIds: number[]
}

export default class RevalidateVersionsJob extends Job<RevalidateVersionsPayload> {
  static options: JobOptions = {
    /* Explicit, so a bundler renaming the class never orphans queued jobs. */
    name: 'RevalidateVersionsJob',
    maxRetries: 2,
    timeout: '10m',
    removeOnFail: { age: '7d' },
  }

  async execute() {
    for (const version of await versionsByIds(this.payload.versionIds)) {
      try {
        await lock
          .createLock(`validate-version:${version.id}`, '3m')
          .run(() => revalidateVersion(version))
      } catch (error) {
        logger.error({ err: error, versionId: version.id }, 'Revalidation of a version failed')
      }
    }
  }
}

export interface RevalidationDispatch {
  versions: number
  batches: number
  /** true: workers will run the batches; false: they already ran (sync driver). */
  queued: boolean
}

/**
 * One job per batch of current versions matching the filter. With the sync
 * driver each batch runs as it is dispatched, so `onBatch` reports real
 * progress; with Redis it reports what was queued.
 */
export async function dispatchRevalidation(
  filter: RevalidationFilter,
  onBatch: (done: number, total: number) => void = () => {}
): Promise<RevalidationDispatch> {
  return dispatchVersions(await revalidationTargets(filter), onBatch)
}

/**
 * The documents that follow a plan (its dependents), after it was approved
 * or replaced: their comparisons with it may have changed. Called after
 * the approval is stored: a queue that cannot be reached is logged, and
 * never undoes or fails the approval (`documents:revalidate` catches up).
 */
export async function revalidateDependents(
  planDocumentId: number
): Promise<RevalidationDispatch | undefined> {
  try {
    return await dispatchVersions(await dependentVersionIds(planDocumentId))
  } catch (error) {
    logger.error(
      { err: error, planDocumentId },
      'Revalidation of the plans that follow a plan could not be dispatched'
    )
    return undefined
  }
}

async function dispatchVersions(
  ids: number[],
  onBatch: (done: number, total: number) => void = () => {}
): Promise<RevalidationDispatch> {
  const groups = batches(ids)
  let done = 0
  let queued = false
  for (const versionIds of groups) {
    const dispatch = await dispatchJob(RevalidateVersionsJob, { versionIds })
    queued = dispatch.queued
    done += versionIds.length
    onBatch(done, ids.length)
  }
  return { versions: ids.length, batches: groups.length, queued }
}
