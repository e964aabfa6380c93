/*
|--------------------------------------------------------------------------
| Validate one stored version in the background
|--------------------------------------------------------------------------
|
| Large uploads and revalidation after a plugin changed are validated by a
| worker rather than in the request. The job only calls validateVersion
| (the documents module's one way to validate), under a lock so that two
| workers, or a worker and a request, never validate the same version at
| the same moment and store two runs for one file.
*/
import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import lock from '@adonisjs/lock/services/main'
import db from '@adonisjs/lucid/services/db'
import DocumentVersion from '#app/documents/models/document_version'
import { validateVersion } from '#app/documents/services/validate_version'
import { dispatchJob, type DispatchOutcome } from '#app/core/jobs/dispatch'
import env from '#start/env'

export interface ValidateVersionPayload {
  versionId: number
  /** Recovery (unchecked_versions.ts): nothing to do once the version has a run. */
  ifUnchecked?: boolean
}

export default class ValidateVersionJob extends Job<ValidateVersionPayload> {
  static options: JobOptions = {
    /* Explicit, so a bundler renaming the class never orphans queued jobs. */
    name: 'ValidateVersionJob',
    maxRetries: 2,
    timeout: '3m',
    removeOnFail: { age: '7d' },
  }

  async execute() {
    const version = await DocumentVersion.find(this.payload.versionId)
    /* Deleted while it waited: nothing to check. */
    if (!version) return
    await lock.createLock(`validate-version:${version.id}`, '3m').run(async () => {
      if (this.payload.ifUnchecked && (await hasRun(version.id))) return
      await validateVersion(version)
    })
  }
}

async function hasRun(versionId: number) {
  return Boolean(
    await db.from('validation_runs').where('version_id', versionId).select('id').first()
  )
}

/** Validates now (sync driver) or queues it for a worker; `queued` says which. */
export function validateInBackground(
  versionId: number,
  options: { ifUnchecked?: boolean } = {}
): Promise<DispatchOutcome> {
  return dispatchJob(ValidateVersionJob, { versionId, ...options }, `version-${versionId}`)
}

/** Files up to VALIDATE_INLINE_MAX_MB (2 by default) are validated in the request; larger ones by a worker. */
export function validatesInline(sizeBytes: number): boolean {
  return sizeBytes <= env.get('VALIDATE_INLINE_MAX_MB', 2) * 1024 * 1024
}
