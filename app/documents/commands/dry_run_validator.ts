import { args, BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import i18nManager from '@adonisjs/i18n/services/main'

const t = (key: string, data?: Record<string, unknown>) =>
  i18nManager.locale('vi').t(`documents.commands.${key}`, data)

/**
 * Runs one validator plugin, as if enabled, on the current versions of a
 * school year's plans and prints what it would report, per message;
 * stores nothing. The step before enabling a new rule on /admin/validators
 * (whose own dry run then says which plans would newly pass or fail).
 *
 *   node ace validators:dry-run nls:digital-competence --year=2025-2026 [--school=THCS-LC] [--options='{"required":true}']
 */
export default class DryRunValidator extends BaseCommand {
  static commandName = 'validators:dry-run'
  static description =
    "Run one validator plugin on a school year's stored plans and print what it would report (nothing is stored)"
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'Plugin id, e.g. nls:digital-competence' })
  declare pluginId: string

  @flags.string({ description: 'School year name (2025-2026) or id' })
  declare year?: string

  @flags.string({ description: 'School code or id; every school by default' })
  declare school?: string

  @flags.string({
    flagName: 'options',
    description: "Options to try, as JSON (merged over the defaults and the year's setting)",
  })
  declare tryOptions?: string

  async run() {
    const { default: SchoolYear } = await import('#app/organization/models/school_year')
    const { default: School } = await import('#app/organization/models/school')
    const year = this.year
      ? await SchoolYear.query()
          .where('name', this.year)
          .orWhere('id', Number(this.year) || 0)
          .first()
      : null
    if (!year)
      return this.usage(this.year ? t('unknownYear', { year: this.year }) : t('dryRun.missingYear'))
    const school = this.school
      ? await School.query()
          .where('code', this.school)
          .orWhere('id', Number(this.school) || 0)
          .first()
      : undefined
    if (this.school && !school) return this.usage(t('unknownSchool', { school: this.school }))
    let options: Record<string, unknown> | undefined
    try {
      options = this.tryOptions ? JSON.parse(this.tryOptions) : undefined
    } catch {
      return this.usage(t('dryRun.badOptions', { options: this.tryOptions }))
    }
    const { messageCounts } = await import('#app/documents/validation/message_counts')
    const result = await messageCounts({
      pluginId: this.pluginId,
      schoolYearId: year.id,
      schoolId: school?.id,
      options,
    })
    if (!result) return this.usage(t('dryRun.unknownPlugin', { plugin: this.pluginId }))
    this.logger.info(
      t('dryRun.running', { plugin: this.pluginId, versions: result.versions, year: year.name })
    )
    this.logger.log(
      t('dryRun.counts', {
        withFindings: result.withFindings,
        withErrors: result.withErrors,
        unreadable: result.unreadable,
      })
    )
    for (const message of result.messages)
      this.logger.log(
        `   ${String(message.count).padStart(6)}  ${message.messageId} (${message.severity})`
      )
  }

  private usage(message: string) {
    this.logger.error(message)
    this.exitCode = 2
  }
}
