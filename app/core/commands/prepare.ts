import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import i18nManager from '@adonisjs/i18n/services/main'

const t = (key: string, data?: Record<string, unknown>) =>
  i18nManager.locale('vi').t(`app.commands.prepare.${key}`, data)

/**
 * Brings the database up to date and, when it holds no account yet, loads
 * the demo organization and its school year of plans. `npm start` runs it before serving, then prints
 * where to go and how to sign in.
 */
export default class Prepare extends BaseCommand {
  static commandName = 'hscm:prepare'
  static description =
    'Migrate the database and seed the demo organization and school year when it is empty'
  static options: CommandOptions = { startApp: true }

  async run() {
    const { migrate } = await import('#app/core/services/migrate')
    await migrate(this.app)

    const { seedDemoIfEmpty, DEMO_LOGINS, DEMO_PASSWORD } =
      await import('#app/organization/seeding/demo')
    if (await seedDemoIfEmpty()) {
      const { enableDemoGuidance } = await import('#app/documents/validation/demo_rules')
      await enableDemoGuidance()
      const { seedDemoYear } = await import('#app/workflow/seeding/demo_year')
      await seedDemoYear()
      this.logger.success(t('seeded'))
    }

    const { default: env } = await import('#start/env')
    this.logger.info(`HSCM: ${env.get('APP_URL')}`)
    if (!this.app.inProduction) this.printDemoLogins(DEMO_LOGINS, DEMO_PASSWORD)
  }

  private printDemoLogins(logins: { role: string; username: string }[], password: string) {
    const table = this.ui.table().head([t('role'), t('username')])
    for (const login of logins) table.row([login.role, login.username])
    table.render()
    this.logger.info(t('password', { password }))
  }
}
