import { stat } from 'node:fs/promises'
import { args, BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import type { DocumentKind } from '#plugins/contract/types'
import { isDocumentKind, kindIds } from '#app/documents/kinds'
import type { FileResult } from '#app/documents/validation/validate_files'

/** Exit codes scripts can rely on. */
const EXIT = { allPassed: 0, someNotPassed: 1, usage: 2 } as const

const STATUS_LABELS: Record<FileResult['status'], string> = {
  passed: 'ĐẠT',
  failed: 'KHÔNG ĐẠT',
  unreadable: 'KHÔNG ĐỌC ĐƯỢC',
  unsupported: 'KHÔNG HỖ TRỢ',
}
const SEVERITY_LABELS = { error: 'lỗi', warning: 'cảnh báo', info: 'lưu ý' } as const

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
    description: 'Document kind, an id of app/documents/kinds.ts (school_plan, pl1 … pl4)',
  })
  declare kind?: string

  @flags.boolean({ description: 'Print one JSON array: [{ file, kind, status, findings }]' })
  declare json?: boolean

  @flags.string({ description: 'Declared school year (2025-2026), for the metadata check' })
  declare schoolYear?: string

  @flags.string({ description: 'Declared subject (Toán), for the metadata check' })
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
    if (!this.kind) return `Thiếu --kind (${kindIds().join(', ')}).`
    if (!isDocumentKind(this.kind))
      return `--kind không hợp lệ: "${this.kind}" (chọn ${kindIds().join(', ')}).`
    if (!this.files?.length) return 'Chưa chỉ ra tệp nào cần kiểm tra.'
    for (const file of this.files) {
      const info = await stat(file).catch(() => undefined)
      if (!info?.isFile()) return `Không tìm thấy tệp: ${file}`
    }
    if (
      this.grade !== undefined &&
      !(Number.isInteger(this.grade) && this.grade >= 1 && this.grade <= 12)
    )
      return `--grade không hợp lệ: ${this.grade}`
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
      const line = `${STATUS_LABELS[result.status]}  ${result.file} (${counts('error')} lỗi, ${counts('warning')} cảnh báo, ${counts('info')} lưu ý)`
      this.logger.log(result.status === 'passed' ? this.colors.green(line) : this.colors.red(line))
      for (const finding of result.findings) {
        const where = finding.location.heading
          ? ` — tại "${String(finding.location.heading).slice(0, 60)}"`
          : ''
        this.logger.log(`   [${SEVERITY_LABELS[finding.severity]}] ${finding.message}${where}`)
      }
    }
    const passed = results.filter((result) => result.status === 'passed').length
    this.logger.log(
      `\nTổng cộng ${results.length} tệp: ${passed} đạt, ${results.length - passed} chưa đạt.`
    )
  }
}
