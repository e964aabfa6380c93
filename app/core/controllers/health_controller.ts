import type { HttpContext } from '@adonisjs/core/http'
import { readinessChecks } from '#app/core/services/health_checks'

/** /health: the process answers. /health/ready: database and storage answer too. */
export default class HealthController {
  async alive({ response }: HttpContext) {
    return response.ok({ status: 'ok' })
  }

  async ready({ response }: HttpContext) {
    const report = await readinessChecks.run()
    return report.isHealthy ? response.ok(report) : response.serviceUnavailable(report)
  }
}
