import { args, BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import type { LucidModel } from '@adonisjs/lucid/types/model'

/**
 * The admin page's dry run of a rule change, from the command line: one
 * validator plugin, switched on (with the options to try), on the current
 * versions of a school year's plans; prints how many would newly pass or
 * newly fail and what the plugin would report, per message. Stores nothing.
 * The same service as /admin/validators (dry_run.ts), so the figures agree.
 *
 *   node ace validators:dry-run nls:digital-competence --year=2025-2026 [--school=THCS-LC] [--options='{"required":true}'] [--json]
 */
export default class DryRunValidator extends BaseCommand {
  static commandName = 'validators:dry-run'
  static description =
    "Run one validator plugin on a school year's stored plans and print what it would change and report (nothing is stored)"
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

  @flags.boolean({ description: 'Print the figures as JSON' })
  declare json?: boolean

  async run() {
    const { default: i18nManager } = await import('@adonisjs/i18n/services/main')
    const t = (key: string, data: object = {}) =>
      i18nManager.locale('vi').t(`validators.dryRunCommand.${key}`, { ...data })
    const year = await this.schoolYear()
    if (!year) return this.usage(this.year ? t('unknownYear', { year: this.year }) : t('noYear'))
    const school = await this.schoolOf()
    if (school === null) return this.usage(t('unknownSchool', { school: this.school }))
    let options: Record<string, unknown>
    try {
      options = this.tryOptions ? JSON.parse(this.tryOptions) : {}
    } catch {
      return this.usage(t('optionsNotJson', { options: this.tryOptions }))
    }
    const { sharedRegistry } = await import('#app/documents/validation/shared_registry')
    const { enabledRuleWith } = await import('#app/documents/validation/rule_set')
    const { dryRun } = await import('#app/documents/validation/dry_run')
    const registry = await sharedRegistry()
    const rule = await enabledRuleWith(year.id, this.pluginId, options, registry)
    if (!rule.ok)
      return this.usage(
        rule.error === 'unknownPlugin'
          ? t('unknownPlugin', { plugin: this.pluginId })
          : t('optionsInvalid', { detail: rule.detail })
      )
    const input = { schoolYearId: year.id, pluginId: this.pluginId, rule: rule.value }
    const result = await dryRun({ ...input, schoolId: school?.id }, registry)
    if (this.json) return this.logger.log(JSON.stringify(result))
    this.logger.info(
      t('intro', { plugin: this.pluginId, versions: result.versions, year: year.name })
    )
    this.logger.log(t('verdicts', result))
    this.logger.log(t('findings', result))
    if (result.olderModels) this.logger.log(t('olderModels', result))
    for (const message of result.messages ?? [])
      this.logger.log(
        `   ${String(message.count).padStart(6)}  ${message.messageId} (${message.severity})`
      )
  }

  private async schoolYear() {
    if (!this.year) return null
    const { default: SchoolYear } = await import('#app/organization/models/school_year')
    return byKeyOrId(SchoolYear, 'name', this.year)
  }

  /** undefined: every school; null: the school named was not found. */
  private async schoolOf() {
    if (!this.school) return undefined
    const { default: School } = await import('#app/organization/models/school')
    return byKeyOrId(School, 'code', this.school)
  }

  private usage(message: string) {
    this.logger.error(message)
    this.exitCode = 2
  }
}

/** A row named on the command line by its key (`2025-2026`, a school code) or its id. */
function byKeyOrId<Model extends LucidModel>(model: Model, key: string, value: string) {
  return model
    .query()
    .where(key, value)
    .orWhere('id', Number(value) || 0)
    .first()
}
