import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Brings the database up to date and, when it holds no account yet, loads
 * the demo organization. `npm start` runs it before serving.
 */
export default class Prepare extends BaseCommand {
  static commandName = 'hscm:prepare'
  static description = 'Migrate the database and seed the demo organization when it is empty'
  static options: CommandOptions = { startApp: true }

  async run() {
    const { migrate } = await import('#app/core/services/migrate')
    await migrate(this.app)

    const { seedDemoIfEmpty } = await import('#database/seeders/demo_seeder')
    const seeded = await seedDemoIfEmpty()
    if (seeded) this.logger.success('Đã tạo dữ liệu mẫu (demo).')
  }
}
