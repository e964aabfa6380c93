import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import i18nManager from '@adonisjs/i18n/services/main'

/**
 * Recomputes the dashboards' summary tables (document_counts,
 * finding_counts) from the raw tables. Triggers keep them exact on every
 * write; run this after a bulk load with triggers switched off, after
 * deleting runs or findings by hand, or to check nothing drifted.
 */
export default class RebuildStats extends BaseCommand {
  static commandName = 'workflow:rebuild-stats'
  static description =
    'Recompute the dashboard summary tables (document and finding counts) from the raw tables'
  static options: CommandOptions = { startApp: true }

  async run() {
    const { rebuildSummaries } = await import('#app/workflow/stats/rebuild_summaries')
    const started = Date.now()
    const totals = await rebuildSummaries()
    this.logger.success(
      i18nManager.locale('vi').t('workflow.commands.rebuildStats.done', {
        documents: totals.documents,
        findings: totals.findings,
        seconds: ((Date.now() - started) / 1000).toFixed(1),
      })
    )
  }
}
