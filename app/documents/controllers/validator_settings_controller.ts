import type { HttpContext } from '@adonisjs/core/http'
import { Exception } from '@adonisjs/core/exceptions'
import vine from '@vinejs/vine'
import SchoolYear from '#app/organization/models/school_year'
import { sharedRegistry } from '#app/documents/validation/shared_registry'
import {
  checkRule,
  ruleSet,
  SEVERITY_CHOICES,
  type RuleInput,
  type RuleRefusal,
} from '#app/documents/validation/rule_set'
import { applyRule, type RuleChange } from '#app/documents/services/rule_change'
import { flashFieldErrors } from '#app/core/services/form_errors'
import { ruleSetPageParts } from '#app/documents/services/document_page'
import { urlFor } from '@adonisjs/core/services/url_builder'

export const ruleValidator = vine.create({
  year: vine.number().withoutDecimals().positive(),
  pluginId: vine.string().trim().maxLength(120),
  /* An unchecked checkbox sends nothing. */
  enabled: vine.boolean().optional(),
  /* '' (sent as null) keeps the plugin's own severity. */
  severities: vine.record(vine.enum(SEVERITY_CHOICES).nullable()).optional(),
  options: vine.string().maxLength(20_000).optional(),
})

/**
 * The department's validator rule set per school year (/admin/validators):
 * every discovered plugin, switched on or off, a severity per messageId,
 * its options. Saving a change revalidates the current versions of the
 * kinds the plugin checks, through the queue.
 */
export default class ValidatorSettingsController {
  async index({ bouncer, request, view }: HttpContext) {
    // The rule set is the department administrator's, like schools and school years.
    await bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const years = await SchoolYear.query().orderBy('starts_on', 'desc')
    const year =
      years.find((candidate) => candidate.id === Number(request.input('year'))) ??
      years.find((candidate) => candidate.isCurrent) ??
      years[0]
    if (!year)
      return view.render('pages/documents/validators/index', { year: null, years, rules: [] })
    const rules = await ruleSet(year.id, await sharedRegistry())
    /* Other modules' parts of the page (the workflow's evidence per message). */
    return view.render('pages/documents/validators/index', {
      year,
      years,
      rules,
      severityChoices: SEVERITY_CHOICES,
      anchorOf,
      ...(await ruleSetPageParts(year.id)),
    })
  }

  /** Saves a rule straight away (the page goes through a dry run first: ValidatorDryRunsController). */
  async update({ auth, bouncer, request, response, session, i18n }: HttpContext) {
    await bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const input = await request.validateUsing(ruleValidator)
    const year = await SchoolYear.findOrFail(input.year)
    const registry = await sharedRegistry()
    const back = ruleCardUrl(year.id, input.pluginId)
    const checked = await checkRule(input.pluginId, ruleInput(input), registry)
    if (!checked.ok) return refuseRule(checked, input.pluginId, { session, i18n, response }, back)
    const change = await applyRule(
      year.id,
      input.pluginId,
      checked.value,
      auth.getUserOrFail().id,
      registry
    )
    flashRuleChange(change, registry.get(input.pluginId)!.meta.title, { session, i18n })
    return response.redirect(back)
  }
}

export function ruleInput(input: {
  enabled?: boolean
  severities?: Record<string, string | null>
  options?: string
}): RuleInput {
  return {
    enabled: input.enabled ?? false,
    severities: input.severities ?? {},
    optionsJson: input.options ?? '',
  }
}

/** An unknown plugin is a 404; a refused severity or options go back to the card with the reason. */
export function refuseRule(
  refusal: RuleRefusal,
  pluginId: string,
  { session, i18n, response }: Pick<HttpContext, 'session' | 'i18n' | 'response'>,
  back: string
) {
  if (refusal.error === 'unknownPlugin')
    throw new Exception('Not found', { status: 404, code: 'E_ROUTE_NOT_FOUND' })
  flashFieldErrors(session, {
    [`rule:${pluginId}`]: i18n.t(`validators.errors.${refusal.error}`, { detail: refusal.detail }),
  })
  return response.redirect(back)
}

export function flashRuleChange(
  change: RuleChange,
  title: string,
  { session, i18n }: Pick<HttpContext, 'session' | 'i18n'>
) {
  if (!change.saved) return
  if (!change.changed) return session.flash('success', i18n.t('validators.saved.unchanged'))
  const key = change.revalidation.queued
    ? 'validators.saved.queued'
    : 'validators.saved.revalidated'
  session.flash('success', i18n.t(key, { title, count: change.revalidation.versions }))
}

/** `cv5512:structure` → `rule-cv5512-structure`, the id of the plugin's card. */
export function anchorOf(pluginId: string): string {
  return `rule-${pluginId.replace(/[^a-z0-9-]/gi, '-')}`
}

/** The plugin's card on the rule set page of a school year. */
export function ruleCardUrl(yearId: number, pluginId: string): string {
  return `${urlFor('validators.index', {}, { qs: { year: yearId } })}#${anchorOf(pluginId)}`
}
