/*
|--------------------------------------------------------------------------
| Plugin runner: every applicable validator over one document model
|--------------------------------------------------------------------------
|
| Gates first (a wrong kind of document stops the rest), then the others,
| each under a time limit, with the department's overrides applied. A
| plugin that throws or runs too long never fails an upload: it becomes a
| `validatorFailed` warning and a log line. Messages are rendered from
| each plugin's Vietnamese templates.
*/

import { interpolate, type DocumentModel, type Finding, type FindingData, type Plugin, type ReportInput, type Severity, type SubmissionMetadata } from '#plugins/contract'
import type { PluginRegistry } from './plugin_registry.js'
import { runWithTimeLimit, TimeLimitExceeded } from './time_limit.js'

/** A department's settings for one plugin (stored elsewhere; passed in here). */
export interface PluginOverride {
  enabled?: boolean
  options?: Record<string, unknown>
  /** Severity per messageId; `off` drops the finding. */
  severities?: Record<string, Severity | 'off'>
}

export interface DepartmentOverrides {
  plugins?: Record<string, PluginOverride>
}

export interface ValidationLogger {
  warn(bindings: Record<string, unknown>, message: string): void
}

export interface ReportedFinding extends Finding {
  pluginId: string
  pluginVersion: string
  /** Rendered Vietnamese message. */
  message: string
}

export interface ValidationReport {
  status: 'passed' | 'failed'
  errors: number
  warnings: number
  infos: number
  findings: ReportedFinding[]
  /** What ran, with the options and the department's severity overrides it ran with (stored with the run). */
  plugins: RanPlugin[]
  skipped: Array<{ id: string; reason: 'disabled' | 'gate' }>
}

export interface RanPlugin {
  id: string
  version: string
  options: Record<string, unknown>
  /** Only when the department changed a severity. */
  severities?: Record<string, Severity | 'off'>
}

export interface RunInput {
  document: DocumentModel
  submission: SubmissionMetadata
  overrides?: DepartmentOverrides
}

export interface RunnerOptions {
  logger?: ValidationLogger
  /** Per plugin call. */
  timeLimitMs?: number
}

const FAILED_MESSAGE = 'Không chạy được bộ kiểm tra "{plugin}" ({reason}); kết quả của bộ kiểm tra này chưa có. Hãy báo quản trị hệ thống.'
const FAILURE_REASONS = { timeout: 'quá thời gian cho phép', error: 'lỗi trong bộ kiểm tra' }
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

export class PluginRunner {
  readonly #registry: PluginRegistry
  readonly #logger?: ValidationLogger
  readonly #timeLimitMs: number
  readonly #optionsCache = new Map<string, Record<string, unknown>>()

  constructor(registry: PluginRegistry, options: RunnerOptions = {}) {
    this.#registry = registry
    this.#logger = options.logger
    this.#timeLimitMs = options.timeLimitMs ?? 2000
  }

  async run({ document, submission, overrides = {} }: RunInput): Promise<ValidationReport> {
    const report: ValidationReport = { status: 'passed', errors: 0, warnings: 0, infos: 0, findings: [], plugins: [], skipped: [] }
    let gateClosed = false
    for (const plugin of this.#registry.forDocument(submission.kind, document.format)) {
      const override = overrides.plugins?.[plugin.meta.id] ?? {}
      if (override.enabled === false) {
        report.skipped.push({ id: plugin.meta.id, reason: 'disabled' })
        continue
      }
      if (gateClosed) {
        report.skipped.push({ id: plugin.meta.id, reason: 'gate' })
        continue
      }
      const options = await this.#options(plugin, override)
      const severities = override.severities && Object.keys(override.severities).length > 0 ? { severities: override.severities } : {}
      report.plugins.push({ id: plugin.meta.id, version: plugin.meta.version, options, ...severities })
      const findings = this.#runOne(plugin, { document, submission, options }, override)
      report.findings.push(...findings)
      if (plugin.meta.gate && findings.some((finding) => finding.messageId !== 'validatorFailed')) gateClosed = true
    }
    return summarize(report)
  }

  /** Defaults merged with the department's options, validated; invalid overrides fall back to defaults. */
  async #options(plugin: Plugin<any>, override: PluginOverride): Promise<Record<string, unknown>> {
    const merged = { ...plugin.meta.defaultOptions, ...override.options }
    const cacheKey = `${plugin.meta.id}@${plugin.meta.version}:${JSON.stringify(merged)}`
    const cached = this.#optionsCache.get(cacheKey)
    if (cached) return cached
    let options = merged
    if (plugin.meta.options) {
      try {
        options = await plugin.meta.options.validate(merged)
      } catch (error) {
        this.#logger?.warn({ pluginId: plugin.meta.id, options: merged, err: error }, 'Invalid validator options, using defaults')
        options = plugin.meta.defaultOptions
      }
    }
    this.#optionsCache.set(cacheKey, options)
    return options
  }

  #runOne(
    plugin: Plugin<any>,
    context: { document: DocumentModel; submission: SubmissionMetadata; options: Record<string, unknown> },
    override: PluginOverride
  ): ReportedFinding[] {
    const findings: ReportedFinding[] = []
    const report = (input: ReportInput) => {
      const finding = this.#finding(plugin, input, override)
      if (finding) findings.push(finding)
    }
    try {
      runWithTimeLimit(() => plugin.check({ ...context, report }), this.#timeLimitMs)
      return findings
    } catch (error) {
      const reason = error instanceof TimeLimitExceeded ? 'timeout' : 'error'
      this.#logger?.warn({ pluginId: plugin.meta.id, version: plugin.meta.version, reason, err: error }, 'Validator plugin failed')
      return [failedFinding(plugin, reason)]
    }
  }

  /** Apply the severity override and render the message; a plugin reporting an unknown messageId is a plugin bug. */
  #finding(plugin: Plugin<any>, input: ReportInput, override: PluginOverride): ReportedFinding | undefined {
    const template = plugin.meta.messages[input.messageId]
    if (template === undefined) throw new Error(`Plugin ${plugin.meta.id} reported unknown messageId ${input.messageId}`)
    const severityOverride = override.severities?.[input.messageId]
    if (severityOverride === 'off') return undefined
    const data: FindingData = input.data ?? {}
    return {
      pluginId: plugin.meta.id,
      pluginVersion: plugin.meta.version,
      messageId: input.messageId,
      message: interpolate(template, data),
      data,
      severity: severityOverride ?? input.severity ?? plugin.meta.severity,
      location: input.location ?? {},
      reference: input.reference ?? plugin.meta.reference,
    }
  }
}

function failedFinding(plugin: Plugin<any>, reason: 'timeout' | 'error'): ReportedFinding {
  const data = { plugin: plugin.meta.title, reason: FAILURE_REASONS[reason] }
  return {
    pluginId: plugin.meta.id,
    pluginVersion: plugin.meta.version,
    messageId: 'validatorFailed',
    message: interpolate(FAILED_MESSAGE, data),
    data,
    severity: 'warning',
    location: {},
    reference: plugin.meta.reference,
  }
}

function summarize(report: ValidationReport): ValidationReport {
  report.findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.location.block ?? -1) - (b.location.block ?? -1))
  report.errors = report.findings.filter((finding) => finding.severity === 'error').length
  report.warnings = report.findings.filter((finding) => finding.severity === 'warning').length
  report.infos = report.findings.filter((finding) => finding.severity === 'info').length
  report.status = report.errors > 0 ? 'failed' : 'passed'
  return report
}
