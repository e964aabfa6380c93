import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

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
      this.logger.error('Ngày không hợp lệ, hãy dùng dạng YYYY-MM-DD.')
      this.exitCode = 1
      return
    }
    const outcome = await sendReminders(day)
    this.logger.success(
      `Đã gửi: ${outcome.deadline} nhắc hạn kế hoạch năm, ${outcome.missing} nhắc chưa nộp PL III, ${outcome.lesson} nhắc kế hoạch bài dạy, ${outcome.digest} bản tổng hợp cho người duyệt.`
    )
  }
}
