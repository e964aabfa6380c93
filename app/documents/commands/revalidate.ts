import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import type { DocumentKind } from '#plugins/contract/types'
import { isDocumentKind, kindIds } from '#app/core/registries/kinds'
import i18nManager from '@adonisjs/i18n/services/main'

const BAR_WIDTH = 24

/** `[██████░░░░░░] 12/40` */
export function progressBar(done: number, total: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH)
  return `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${done}/${total}`
}

const t = (key: string, data?: Record<string, unknown>) =>
  i18nManager.locale('vi').t(`documents.commands.${key}`, data)

/**
 * Validates the current version of every matching document again with
 * today's plugins and the department's rule set, one queued job per batch
 * (inline with the sync driver). Stored document models are reused unless
 * they were built by another parser version.
 *
 *   node ace documents:revalidate --year=2025-2026 --kind=pl4 --school=THCS-LC
 */
export default class Revalidate extends BaseCommand {
  static commandName = 'documents:revalidate'
  static description =
    'Validate stored plan versions again (after a rule or plugin change), in batches through the queue'
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'School year name (2025-2026) or id; every year by default' })
  declare year?: string

  @flags.array({
    description: 'Document kinds (ids of app/core/registries/kinds.ts); all by default',
  })
  declare kind?: string[]

  @flags.string({ description: 'School code or id; every school by default' })
  declare school?: string

  async run() {
    const filter = await this.filter()
    if (!filter) {
      this.exitCode = 2
      return
    }
    const { dispatchRevalidation } = await import('#app/documents/jobs/revalidate_versions_job')
    let outcome: Awaited<ReturnType<typeof dispatchRevalidation>> | undefined
    await this.ui
      .tasks()
      .add(t('revalidate.task'), async (task) => {
        task.update(progressBar(0, 0))
        outcome = await dispatchRevalidation(filter, (done, total) =>
          task.update(progressBar(done, total))
        )
        return outcome.queued
          ? t('revalidate.taskQueued', { batches: outcome.batches })
          : t('revalidate.taskDone', { versions: outcome.versions })
      })
      .run()
    const { closeSharedParserPool } = await import('#app/documents/parsing/parser_pool')
    await closeSharedParserPool()
    if (!outcome) return
    this.logger.success(
      outcome.queued
        ? t('revalidate.queued', { versions: outcome.versions, batches: outcome.batches })
        : t('revalidate.done', { versions: outcome.versions })
    )
  }

  /** The filter from the flags; undefined (and a message) when a flag names nothing. */
  private async filter() {
    const { default: SchoolYear } = await import('#app/organization/models/school_year')
    const { default: School } = await import('#app/organization/models/school')
    const kinds = this.kind ?? []
    const unknownKind = kinds.find((kind) => !isDocumentKind(kind))
    if (unknownKind)
      return this.usage(t('revalidate.badKind', { kind: unknownKind, kinds: kindIds().join(', ') }))
    const year = this.year
      ? await SchoolYear.query()
          .where('name', this.year)
          .orWhere('id', Number(this.year) || 0)
          .first()
      : undefined
    if (this.year && !year) return this.usage(t('unknownYear', { year: this.year }))
    const school = this.school
      ? await School.query()
          .where('code', this.school)
          .orWhere('id', Number(this.school) || 0)
          .first()
      : undefined
    if (this.school && !school) return this.usage(t('unknownSchool', { school: this.school }))
    return { schoolYearId: year?.id, kinds: kinds as DocumentKind[], schoolId: school?.id }
  }

  private usage(message: string): undefined {
    this.logger.error(message)
    return undefined
  }
}
