import type { ApplicationService } from '@adonisjs/core/types'

/*
 * A web process looks for versions that never got a validation run (a
 * crash between committing a version and validating it) at boot and every
 * five minutes, and validates them through the queue
 * (app/documents/validation/unchecked_versions.ts). Several instances may
 * do it at once: the job is deduplicated and skips a version already checked.
 */
const RECHECK_EVERY_MS = 5 * 60 * 1000

export default class ValidationRecoveryProvider {
  #timer: NodeJS.Timeout | undefined
  #running: Promise<void> | undefined

  constructor(protected app: ApplicationService) {}

  async ready() {
    const logger = await this.app.container.make('logger')
    const { recheckUncheckedVersions } =
      await import('#app/documents/validation/unchecked_versions')
    const recheck = () => {
      /* One sweep at a time: with the sync driver a sweep validates in this process and may take a while. */
      this.#running ??= recheckUncheckedVersions()
        .then(
          (count) => void (count && logger.info({ count }, 'unchecked versions sent to validation'))
        )
        .catch((error) => logger.error({ err: error }, 'recheck of unchecked versions failed'))
        .finally(() => (this.#running = undefined))
    }
    /* Not awaited: the server does not wait for the first sweep to start. */
    recheck()
    this.#timer = setInterval(recheck, RECHECK_EVERY_MS).unref()
  }

  async shutdown() {
    clearInterval(this.#timer)
    await this.#running
  }
}
