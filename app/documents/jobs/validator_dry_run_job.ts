/*
|--------------------------------------------------------------------------
| Dry run of a proposed rule change, in the background
|--------------------------------------------------------------------------
|
| Dispatched by /admin/validators before a change is saved. It records its
| progress on the dry run's row; the page shows it until the figures are in.
*/
import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import { sharedRegistry } from '#app/documents/validation/shared_registry'
import { executeDryRun } from '#app/documents/validation/dry_run'

export interface ValidatorDryRunPayload {
  dryRunId: number
}

export default class ValidatorDryRunJob extends Job<ValidatorDryRunPayload> {
  static options: JobOptions = {
    name: 'ValidatorDryRunJob',
    /* A failed dry run is marked failed on its row; the administrator starts another. */
    maxRetries: 0,
    /* A city's current plans, validated from stored models. */
    timeout: '60m',
    removeOnFail: { age: '7d' },
  }

  async execute() {
    await executeDryRun(this.payload.dryRunId, await sharedRegistry())
  }
}
