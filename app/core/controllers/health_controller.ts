import type { HttpContext } from '@adonisjs/core/http'
import { readinessChecks } from '#app/core/services/health_checks'
import { anyRoleThat } from '#app/core/registries/roles'

/**
 * /health: the process answers. /health/ready: database and storage answer
 * too. Anyone (a load balancer) learns only ok / not ok; which check failed
 * and why is for the people who operate the installation.
 */
export default class HealthController {
  async alive({ response }: HttpContext) {
    return response.ok({ status: 'ok' })
  }

  async ready({ response, auth }: HttpContext) {
    const report = await readinessChecks.run()
    const status = report.isHealthy ? 200 : 503
    const body = (await this.operator(auth))
      ? report
      : { status: report.isHealthy ? 'ok' : 'error' }
    return response.status(status).send(body)
  }

  private async operator(auth: HttpContext['auth']) {
    const user = (await auth.check()) ? auth.user : null
    if (!user?.isActive) return false
    return anyRoleThat(user.currentRoles ?? [], 'operates')
  }
}
