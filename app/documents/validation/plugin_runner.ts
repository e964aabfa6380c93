/*
|--------------------------------------------------------------------------
| Plugin runner: every applicable validator over one document model
|--------------------------------------------------------------------------
|
| Gates first (a wrong kind of document stops the rest), then the others,
| each under a time limit (one watchdog for the whole document, see
| #checkAll), with the department's overrides applied. A
| plugin that throws or runs too long never fails an upload: it becomes a
| `validatorFailed` warning and a log line. Messages are rendered from
| each plugin's Vietnamese templates.
*/

import {
  interpolate,
  type DocumentModel,
  type Finding,
  type FindingData,
  type Plugin,
  type RelatedNeed,
  type RelatedPlans,
  type ReportInput,
  type Severity,
  type SubmissionMetadata,
} from '#plugins/contract'
import { vietnamese } from '#app/core/services/texts'
import type { PluginRegistry } from './plugin_registry.js'
import { runAllWithTimeLimit, runWithTimeLimit, TimeLimitExceeded } from './time_limit.js'

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

/** A plugin that will run, with its merged options and the department's override. */
interface PlannedCheck {
  plugin: Plugin<any>
  override: PluginOverride
  options: Record<string, unknown>
}

export interface RunInput {
  document: DocumentModel
  submission: SubmissionMetadata
  overrides?: DepartmentOverrides
  /** Summaries of the related approved plans the planned plugins need (see `needs`). */
  related?: RelatedPlans
}

interface CheckInput {
  document: DocumentModel
  submission: SubmissionMetadata
  related: RelatedPlans
}

export interface RunnerOptions {
  logger?: ValidationLogger
  /** Per plugin call. */
  timeLimitMs?: number
}

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

  /** The related plans the enabled plugins for this kind and format need: what the host looks up before `run`. */
  needs(
    submission: Pick<SubmissionMetadata, 'kind'>,
    format: DocumentModel['format'],
    overrides: DepartmentOverrides = {}
  ): Set<RelatedNeed> {
    const needs = new Set<RelatedNeed>()
    for (const plugin of this.#registry.forDocument(submission.kind, format)) {
      if (isEnabled(plugin, overrides)) for (const need of plugin.meta.needs ?? []) needs.add(need)
    }
    return needs
  }

  async run({
    document,
    submission,
    overrides = {},
    related = {},
  }: RunInput): Promise<ValidationReport> {
    const report: ValidationReport = {
      status: 'passed',
      errors: 0,
      warnings: 0,
      infos: 0,
      findings: [],
      plugins: [],
      skipped: [],
    }
    const planned: PlannedCheck[] = []
    for (const plugin of this.#registry.forDocument(submission.kind, document.format)) {
      const override = overrides.plugins?.[plugin.meta.id] ?? {}
      if (!isEnabled(plugin, overrides))
        report.skipped.push({ id: plugin.meta.id, reason: 'disabled' })
      else planned.push({ plugin, override, options: await this.#options(plugin, override) })
    }

    const outcomes = this.#checkAll(planned, { document, submission, related })
    planned.forEach(({ plugin, override, options }, index) => {
      const findings = outcomes[index]
      if (findings === 'skipped') return report.skipped.push({ id: plugin.meta.id, reason: 'gate' })
      const severities =
        override.severities && Object.keys(override.severities).length > 0
          ? { severities: override.severities }
          : {}
      report.plugins.push({
        id: plugin.meta.id,
        version: plugin.meta.version,
        options,
        ...severities,
      })
      report.findings.push(...findings)
    })
    return summarize(report)
  }

  /**
   * Every planned check (gates first) under one watchdog; a gate that
   * reports anything skips the checks after it. When the watchdog fires,
   * the check it interrupted runs again alone with the full limit: only a
   * plugin that is slow by itself becomes `validatorFailed`.
   */
  #checkAll(planned: PlannedCheck[], context: CheckInput): Array<ReportedFinding[] | 'skipped'> {
    const outcomes: Array<ReportedFinding[] | 'skipped'> = []
    let gateClosed = false
    const settle = (index: number, findings: ReportedFinding[]) => {
      outcomes[index] = findings
      if (
        planned[index].plugin.meta.gate &&
        findings.some((finding) => finding.messageId !== 'validatorFailed')
      )
        gateClosed = true
    }
    const task = (index: number) => () => {
      if (gateClosed) outcomes[index] = 'skipped'
      else settle(index, this.#checkOne(planned[index], context))
    }
    let next = 0
    while (next < planned.length) {
      next += runAllWithTimeLimit(
        planned.slice(next).map((_, offset) => task(next + offset)),
        this.#timeLimitMs
      )
      if (next === planned.length) break
      settle(next, this.#checkAlone(planned[next], context))
      next++
    }
    return outcomes
  }

  /** One plugin's findings; a plugin that throws (or reports an unknown messageId) gives one validatorFailed. */
  #checkOne({ plugin, options, override }: PlannedCheck, context: CheckInput): ReportedFinding[] {
    const findings: ReportedFinding[] = []
    const report = (input: ReportInput) => {
      const finding = this.#finding(plugin, input, override)
      if (finding) findings.push(finding)
    }
    try {
      plugin.check({
        document: context.document,
        submission: context.submission,
        related: relatedFor(plugin, context.related),
        options,
        report,
      })
      return findings
    } catch (error) {
      return this.#failed(plugin, 'error', error)
    }
  }

  /** The check again, under its own watchdog: a timeout now is the plugin's own. */
  #checkAlone(planned: PlannedCheck, context: CheckInput): ReportedFinding[] {
    let findings: ReportedFinding[] = []
    try {
      runWithTimeLimit(() => (findings = this.#checkOne(planned, context)), this.#timeLimitMs)
      return findings
    } catch (error) {
      if (!(error instanceof TimeLimitExceeded)) throw error
      return this.#failed(planned.plugin, 'timeout', error)
    }
  }

  #failed(plugin: Plugin<any>, reason: 'timeout' | 'error', error: unknown): ReportedFinding[] {
    this.#logger?.warn(
      { pluginId: plugin.meta.id, version: plugin.meta.version, reason, err: error },
      'Validator plugin failed'
    )
    return [failedFinding(plugin, reason)]
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
        this.#logger?.warn(
          { pluginId: plugin.meta.id, options: merged, err: error },
          'Invalid validator options, using defaults'
        )
        options = plugin.meta.defaultOptions
      }
    }
    this.#optionsCache.set(cacheKey, options)
    return options
  }

  /** Apply the severity override and render the message; a plugin reporting an unknown messageId is a plugin bug. */
  #finding(
    plugin: Plugin<any>,
    input: ReportInput,
    override: PluginOverride
  ): ReportedFinding | undefined {
    const template = plugin.meta.messages[input.messageId]
    if (template === undefined)
      throw new Error(`Plugin ${plugin.meta.id} reported unknown messageId ${input.messageId}`)
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

/** On unless the department turned it off, or (guidance from a given year on) it is off by default and not turned on. */
function isEnabled(plugin: Plugin<any>, overrides: DepartmentOverrides): boolean {
  return overrides.plugins?.[plugin.meta.id]?.enabled ?? plugin.meta.enabledByDefault ?? true
}

/** A plugin sees only the related plans it declared. */
function relatedFor(plugin: Plugin<any>, related: RelatedPlans): RelatedPlans {
  const needs = plugin.meta.needs ?? []
  if (needs.length === 0) return {}
  return Object.freeze(
    Object.fromEntries(needs.filter((need) => need in related).map((need) => [need, related[need]]))
  )
}

function failedFinding(plugin: Plugin<any>, reason: 'timeout' | 'error'): ReportedFinding {
  const texts = vietnamese()
  const data = { plugin: plugin.meta.title, reason: texts.t(`validators.runner.reasons.${reason}`) }
  return {
    pluginId: plugin.meta.id,
    pluginVersion: plugin.meta.version,
    messageId: 'validatorFailed',
    message: texts.t('validators.runner.failed', data),
    data,
    severity: 'warning',
    location: {},
    reference: plugin.meta.reference,
  }
}

function summarize(report: ValidationReport): ValidationReport {
  report.findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.location.block ?? -1) - (b.location.block ?? -1)
  )
  report.errors = report.findings.filter((finding) => finding.severity === 'error').length
  report.warnings = report.findings.filter((finding) => finding.severity === 'warning').length
  report.infos = report.findings.filter((finding) => finding.severity === 'info').length
  report.status = report.errors > 0 ? 'failed' : 'passed'
  return report
}
