/*
|--------------------------------------------------------------------------
| The department's rule set: which plugins run, how severe, with what options
|--------------------------------------------------------------------------
|
| One validator_settings row per school year and plugin (no row: the
| plugin's defaults). The runner receives the rows as DepartmentOverrides;
| the admin page reads and saves them here. Options are validated with the
| plugin's own VineJS schema before they are stored, so a run never meets
| options its plugin refuses.
*/
import { staticRead } from '#app/core/services/static_reads'
import { errors as vineErrors } from '@vinejs/vine'
import type { DocumentKind, Plugin } from '#plugins/contract'
import type { DepartmentOverrides } from './plugin_runner.js'
import { kindsOf, type PluginRegistry } from './plugin_registry.js'
import ValidatorSetting, { type SeverityChoice } from './validator_setting.js'

export const SEVERITY_CHOICES: readonly SeverityChoice[] = ['error', 'warning', 'info', 'off']

/** One plugin as the admin page shows it: metadata plus the year's effective setting. */
export interface PluginRule {
  plugin: Plugin<any>
  /** The kinds it checks ('*' resolved against the kind registry). */
  kinds: DocumentKind[]
  enabled: boolean
  severities: Record<string, SeverityChoice>
  options: Record<string, unknown>
  /** A row exists for this year. */
  customized: boolean
}

export async function departmentOverrides(schoolYearId: number): Promise<DepartmentOverrides> {
  const settings = await ValidatorSetting.query().where('school_year_id', schoolYearId)
  return {
    plugins: Object.fromEntries(
      settings.map((setting) => [
        setting.pluginId,
        {
          enabled: setting.enabled,
          severities: setting.severityOverrides,
          options: setting.options,
        },
      ])
    ),
  }
}

export async function ruleSet(
  schoolYearId: number,
  registry: PluginRegistry
): Promise<PluginRule[]> {
  const settings = await staticRead(`validator_settings:${schoolYearId}`, () =>
    ValidatorSetting.query().where('school_year_id', schoolYearId)
  )
  return registry.all.map((plugin) => {
    const setting = settings.find((candidate) => candidate.pluginId === plugin.meta.id)
    return {
      plugin,
      kinds: kindsOf(plugin.meta),
      enabled: setting?.enabled ?? plugin.meta.enabledByDefault ?? true,
      severities: setting?.severityOverrides ?? {},
      options: { ...plugin.meta.defaultOptions, ...setting?.options },
      customized: setting !== undefined,
    }
  })
}

export interface RuleInput {
  enabled: boolean
  /** messageId → a SEVERITY_CHOICES value, or ''/null for the plugin's own severity. */
  severities: Record<string, string | null>
  /** The options as JSON text, as typed on the page. */
  optionsJson: string
}

export type RuleRefusal =
  | { ok: false; error: 'unknownPlugin' }
  | { ok: false; error: 'optionsNotJson' | 'optionsInvalid' | 'severityInvalid'; detail: string }

export type SaveOutcome = { ok: true; changed: boolean } | RuleRefusal

/** A rule as it is stored: severities and options checked against the plugin. */
export interface CheckedRule {
  enabled: boolean
  severities: Record<string, SeverityChoice>
  options: Record<string, unknown>
}

/** The input checked against the plugin's messages and options schema (what a dry run tries and a save stores). */
export async function checkRule(
  pluginId: string,
  input: RuleInput,
  registry: PluginRegistry
): Promise<{ ok: true; value: CheckedRule } | RuleRefusal> {
  const plugin = registry.get(pluginId)
  if (!plugin) return { ok: false, error: 'unknownPlugin' }
  const severities = checkSeverities(plugin, input.severities)
  if (!severities.ok) return severities
  const options = await checkOptions(plugin, input.optionsJson)
  if (!options.ok) return options
  return {
    ok: true,
    value: { enabled: input.enabled, severities: severities.value, options: options.value },
  }
}

export async function saveRule(
  schoolYearId: number,
  pluginId: string,
  input: RuleInput,
  userId: number,
  registry: PluginRegistry
): Promise<SaveOutcome> {
  const checked = await checkRule(pluginId, input, registry)
  if (!checked.ok) return checked
  return saveCheckedRule(schoolYearId, pluginId, checked.value, userId, registry)
}

/** Stores a checked rule; `changed` is false when it equals what was in force. */
export async function saveCheckedRule(
  schoolYearId: number,
  pluginId: string,
  rule: CheckedRule,
  userId: number,
  registry: PluginRegistry
): Promise<SaveOutcome> {
  const plugin = registry.get(pluginId)
  if (!plugin) return { ok: false, error: 'unknownPlugin' }
  const existing = await ValidatorSetting.query()
    .where('school_year_id', schoolYearId)
    .where('plugin_id', pluginId)
    .first()
  const before = describeRule(
    existing?.enabled ?? plugin.meta.enabledByDefault ?? true,
    existing?.severityOverrides ?? {},
    { ...plugin.meta.defaultOptions, ...existing?.options }
  )
  const after = describeRule(rule.enabled, rule.severities, rule.options)
  const setting = existing ?? new ValidatorSetting().fill({ schoolYearId, pluginId })
  setting.merge({
    enabled: rule.enabled,
    severityOverrides: rule.severities,
    options: rule.options,
    updatedBy: userId,
  })
  await setting.save()
  return { ok: true, changed: before !== after }
}

/**
 * The year's rule for a plugin, switched on, with `options` tried over its
 * options (the command line's dry run of a rule not yet enabled); checked
 * like a rule typed on the admin page.
 */
export async function enabledRuleWith(
  schoolYearId: number,
  pluginId: string,
  options: Record<string, unknown>,
  registry: PluginRegistry
): Promise<{ ok: true; value: CheckedRule } | RuleRefusal> {
  const rules = await ruleSet(schoolYearId, registry)
  const current = rules.find((rule) => rule.plugin.meta.id === pluginId)
  if (!current) return { ok: false, error: 'unknownPlugin' }
  return checkRule(
    pluginId,
    {
      enabled: true,
      severities: current.severities,
      optionsJson: JSON.stringify({ ...current.options, ...options }),
    },
    registry
  )
}

/** The year's overrides with one plugin's rule replaced by a proposal (what the dry run validates with). */
export async function overridesWith(
  schoolYearId: number,
  pluginId: string,
  rule: CheckedRule
): Promise<DepartmentOverrides> {
  const current = await departmentOverrides(schoolYearId)
  return {
    plugins: {
      ...current.plugins,
      [pluginId]: { enabled: rule.enabled, severities: rule.severities, options: rule.options },
    },
  }
}

/** Only the plugin's own messageIds; ''/null (the plugin decides) is not stored. */
function checkSeverities(plugin: Plugin<any>, input: Record<string, string | null>) {
  const value: Record<string, SeverityChoice> = {}
  for (const [messageId, choice] of Object.entries(input)) {
    if (choice === '' || choice === null) continue
    if (
      !(messageId in plugin.meta.messages) ||
      !SEVERITY_CHOICES.includes(choice as SeverityChoice)
    ) {
      return { ok: false as const, error: 'severityInvalid' as const, detail: messageId }
    }
    value[messageId] = choice as SeverityChoice
  }
  return { ok: true as const, value }
}

/** JSON object, merged over the defaults and accepted by the plugin's VineJS schema. */
async function checkOptions(plugin: Plugin<any>, json: string) {
  let parsed: unknown
  try {
    parsed = json.trim() === '' ? {} : JSON.parse(json)
  } catch (error) {
    return {
      ok: false as const,
      error: 'optionsNotJson' as const,
      detail: (error as Error).message,
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { ok: false as const, error: 'optionsNotJson' as const, detail: '{ }' }
  const merged = { ...plugin.meta.defaultOptions, ...parsed }
  if (!plugin.meta.options) return { ok: true as const, value: merged as Record<string, unknown> }
  try {
    return {
      ok: true as const,
      value: (await plugin.meta.options.validate(merged)) as Record<string, unknown>,
    }
  } catch (error) {
    if (!(error instanceof vineErrors.E_VALIDATION_ERROR)) throw error
    const detail = (error.messages as Array<{ field: string; message: string }>)
      .map((entry) => `${entry.field}: ${entry.message}`)
      .join('; ')
    return { ok: false as const, error: 'optionsInvalid' as const, detail }
  }
}

function describeRule(
  enabled: boolean,
  severities: Record<string, SeverityChoice>,
  options: Record<string, unknown>
): string {
  const sorted = (record: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))
  return JSON.stringify([enabled, sorted(severities), sorted(options)])
}
