import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import i18nManager from '@adonisjs/i18n/services/main'

const t = (key: string, data?: Record<string, unknown>) =>
  i18nManager.locale('vi').t(`workflow.commands.remind.${key}`, data)

/**
 * Daily reminders and the reviewers' digest, in the app and by e-mail.
 * Run it once a day (cron); running it again the same day sends nothing new.
 */
export default class Remind extends BaseCommand {
  static commandName = 'workflow:remind'
  static description =
    'Send deadline reminders and the daily digest for reviewers (idempotent per day)'
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'The day to act for (YYYY-MM-DD); today by default' })
  declare date?: string

  async run() {
    const { DateTime } = await import('luxon')
    const { sendReminders } = await import('#app/workflow/services/reminders')
    const day = this.date ? DateTime.fromISO(this.date) : DateTime.now()
    if (!day.isValid) {
      this.logger.error(t('badDate'))
      this.exitCode = 1
      return
    }
    const outcome = await sendReminders(day)
    this.logger.success(
      t('sent', {
        deadline: outcome.deadline,
        missing: outcome.missing,
        lesson: outcome.lesson,
        digest: outcome.digest,
      })
    )
  }
}
