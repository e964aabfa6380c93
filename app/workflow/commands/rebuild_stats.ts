import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

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
      `Đã tính lại số liệu tổng hợp: ${totals.documents} hồ sơ, ${totals.findings} lỗi/cảnh báo của lần kiểm tra hiện hành (${((Date.now() - started) / 1000).toFixed(1)} s).`
    )
  }
}
