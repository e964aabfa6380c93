import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import i18nManager from '@adonisjs/i18n/services/main'

/**
 * Removes held uploads past their confirmation time, then stored files that
 * no version or held upload refers to (left by a crash between writing a
 * file and saving its rows). Safe to run any time, e.g. hourly
 * from cron: files younger than --older-than minutes may belong to an
 * upload in flight and are kept.
 */
export default class SweepOrphans extends BaseCommand {
  static commandName = 'documents:sweep-orphans'
  static description = 'Delete stored files that no document version refers to'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Only files older than this many minutes', default: 60 })
  declare olderThan: number

  async run() {
    const { sweepOrphanFiles } = await import('#app/documents/services/orphan_files')
    const { discardExpiredPendingUploads } = await import('#app/documents/actions/hold_upload')
    const expired = await discardExpiredPendingUploads()
    const t = (key: string, data: Record<string, unknown>) =>
      i18nManager.locale('vi').t(`documents.commands.sweepOrphans.${key}`, data)
    this.logger.info(t('expired', { count: expired }))
    const result = await sweepOrphanFiles({ olderThanMinutes: this.olderThan })
    this.logger.info(t('swept', { checked: result.checked, removed: result.removed.length }))
  }
}
