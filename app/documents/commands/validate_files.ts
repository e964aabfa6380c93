import { stat } from 'node:fs/promises'
import { args, BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import type { DocumentKind } from '#plugins/contract/types'
import { isDocumentKind, kindIds } from '#app/core/registries/kinds'
import type { FileResult } from '#app/documents/validation/validate_files'
import { vietnamese } from '#app/core/services/texts'

/** Exit codes scripts can rely on. */
const EXIT = { allPassed: 0, someNotPassed: 1, usage: 2 } as const

/* The command's words (documents.commands.validate.*); this command never boots the app. */
const t = (key: string, data?: Record<string, unknown>) =>
  vietnamese().t(`documents.commands.validate.${key}`, data)

/**
 * Validates plan files on disk with every validator plugin, as an upload
 * would (without the department's settings, which live in the database).
 *
 *   node ace validate ke-hoach.docx bai-5.pdf --kind=pl4 [--json] [--enable=nls:digital-competence]
 *
 * Exit code 0 when every file passed, 1 when any did not, 2 for a usage
 * error (missing or unknown --kind, no file, a file that does not exist).
 */
export default class ValidateFiles extends BaseCommand {
  static commandName = 'validate'
  static description = 'Validate plan files (.docx, .pdf) on disk; --json prints one JSON array'
  static options: CommandOptions = { startApp: false }

  @args.spread({ description: 'Files to validate', required: false })
  declare files?: string[]

  @flags.string({
    description: 'Document kind, an id of app/core/registries/kinds.ts (school_plan, pl1 … pl4)',
  })
  declare kind?: string

  @flags.boolean({ description: 'Print one JSON array: [{ file, kind, status, findings }]' })
  declare json?: boolean

  @flags.string({ description: 'Declared school year (2025-2026), for the metadata check' })
  declare schoolYear?: string

  @flags.string({ description: 'Declared subject, as the plan names it, for the metadata check' })
  declare subject?: string

  @flags.number({ description: 'Declared grade (6–12), for the metadata check' })
  declare grade?: number

  @flags.array({
    description:
      'Plugins that are off by default to run too (e.g. nls:digital-competence), to try a rule before enabling it',
  })
  declare enable?: string[]

  async run() {
    const usageError = await this.usageError()
    if (usageError) {
      this.logger.error(usageError)
      this.exitCode = EXIT.usage
      return
    }
    const results = await this.validateAll(this.kind as DocumentKind)
    if (this.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
    else this.printSummary(results)
    this.exitCode = results.every((result) => result.status === 'passed')
      ? EXIT.allPassed
      : EXIT.someNotPassed
  }

  private async usageError(): Promise<string | undefined> {
    const kinds = kindIds().join(', ')
    if (!this.kind) return t('missingKind', { kinds })
    if (!isDocumentKind(this.kind)) return t('badKind', { kind: this.kind, kinds })
    if (!this.files?.length) return t('noFiles')
    for (const file of this.files) {
      const info = await stat(file).catch(() => undefined)
      if (!info?.isFile()) return t('fileNotFound', { file })
    }
    if (
      this.grade !== undefined &&
      !(Number.isInteger(this.grade) && this.grade >= 1 && this.grade <= 12)
    )
      return t('badGrade', { grade: String(this.grade) })
    return undefined
  }

  private async validateAll(kind: DocumentKind): Promise<FileResult[]> {
    const { PluginRegistry } = await import('#app/documents/validation/plugin_registry')
    const { PluginRunner } = await import('#app/documents/validation/plugin_runner')
    const { validateFile } = await import('#app/documents/validation/validate_files')
    const { closeSharedParserPool } = await import('#app/documents/parsing/parser_pool')
    const runner = new PluginRunner(await PluginRegistry.discover())
    const declared = { kind, subject: this.subject, grade: this.grade, schoolYear: this.schoolYear }
    try {
      const results: FileResult[] = []
      const overrides = {
        plugins: Object.fromEntries((this.enable ?? []).map((id) => [id, { enabled: true }])),
      }
      for (const file of this.files!)
        results.push(await validateFile(file, declared, runner, overrides))
      return results
    } finally {
      /* The pool keeps worker threads alive; close it so the command exits. */
      await closeSharedParserPool()
    }
  }

  private printSummary(results: FileResult[]) {
    for (const result of results) {
      const counts = (severity: 'error' | 'warning' | 'info') =>
        result.findings.filter((finding) => finding.severity === severity).length
      const line = t('fileLine', {
        status: t(`status.${result.status}`),
        file: result.file,
        errors: counts('error'),
        warnings: counts('warning'),
        infos: counts('info'),
      })
      this.logger.log(result.status === 'passed' ? this.colors.green(line) : this.colors.red(line))
      for (const finding of result.findings) {
        const where = finding.location.heading
          ? t('at', { heading: String(finding.location.heading).slice(0, 60) })
          : ''
        this.logger.log(
          t('findingLine', {
            severity: t(`severity.${finding.severity}`),
            message: finding.message,
            where,
          })
        )
      }
    }
    const passed = results.filter((result) => result.status === 'passed').length
    this.logger.log(
      `\n${t('total', { total: results.length, passed, failed: results.length - passed })}`
    )
  }
}
