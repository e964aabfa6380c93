import type { ApplicationService } from '@adonisjs/core/types'
import { STRAY_UPLOAD_AGE_MS, sweepUploadTemp } from '#app/core/services/upload_temp'

/*
 * A web process sweeps the upload temp folder at boot and every quarter
 * of an hour: the upload middleware removes each request's files, so only
 * a crash mid-request (kill -9, power loss) leaves one, and no file younger
 * than STRAY_UPLOAD_AGE_MS is touched (another instance on this machine
 * may still be receiving it).
 */
const SWEEP_EVERY_MS = 15 * 60 * 1000

export default class UploadSweepProvider {
  #timer: NodeJS.Timeout | undefined

  constructor(protected app: ApplicationService) {}

  async ready() {
    const logger = await this.app.container.make('logger')
    const sweep = () =>
      sweepUploadTemp(STRAY_UPLOAD_AGE_MS)
        .then((removed) => removed && logger.info({ removed }, 'stray upload files removed'))
        .catch((error) => logger.error({ err: error }, 'upload temp sweep failed'))
    await sweep()
    this.#timer = setInterval(sweep, SWEEP_EVERY_MS).unref()
  }

  async shutdown() {
    clearInterval(this.#timer)
  }
}
