import type { HttpContext } from '@adonisjs/core/http'
import SchoolYear from '#app/organization/models/school_year'
import { dispatchJob } from '#app/core/jobs/dispatch'
import { sharedRegistry } from '#app/documents/validation/shared_registry'
import { checkRule } from '#app/documents/validation/rule_set'
import { createDryRun } from '#app/documents/validation/dry_run'
import ValidatorDryRun from '#app/documents/validation/validator_dry_run'
import ValidatorDryRunJob from '#app/documents/jobs/validator_dry_run_job'
import { applyRule } from '#app/documents/services/rule_change'
import {
  anchorOf,
  ruleCardUrl,
  flashRuleChange,
  refuseRule,
  ruleInput,
  ruleValidator,
} from '#app/documents/controllers/validator_settings_controller'

/**
 * A rule change on /admin/validators is tried first: a dry run counts the
 * current versions that would newly pass or newly fail (a queued job with
 * progress), then the administrator confirms and the rule is saved, which
 * revalidates those versions for real.
 */
export default class ValidatorDryRunsController {
  async store({ auth, bouncer, request, response, session, i18n }: HttpContext) {
    await bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const input = await request.validateUsing(ruleValidator)
    const year = await SchoolYear.findOrFail(input.year)
    const registry = await sharedRegistry()
    const checked = await checkRule(input.pluginId, ruleInput(input), registry)
    if (!checked.ok)
      return refuseRule(
        checked,
        input.pluginId,
        { session, i18n, response },
        ruleCardUrl(year.id, input.pluginId)
      )
    const dryRun = await createDryRun(
      year.id,
      input.pluginId,
      checked.value,
      auth.getUserOrFail().id,
      registry
    )
    await dispatchJob(ValidatorDryRunJob, { dryRunId: dryRun.id })
    return response.redirect().toRoute('validators.dry_runs.show', { id: dryRun.id })
  }

  async show({ bouncer, params, view }: HttpContext) {
    await bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const dryRun = await ValidatorDryRun.findOrFail(params.id)
    const year = await SchoolYear.findOrFail(dryRun.schoolYearId)
    const registry = await sharedRegistry()
    const plugin = registry.get(dryRun.pluginId)
    return view.render('pages/documents/validators/dry_run', {
      dryRun,
      year,
      plugin,
      anchor: anchorOf(dryRun.pluginId),
    })
  }

  async confirm({ auth, bouncer, params, response, session, i18n }: HttpContext) {
    await bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const dryRun = await ValidatorDryRun.findOrFail(params.id)
    const back = ruleCardUrl(dryRun.schoolYearId, dryRun.pluginId)
    /* Only a finished dry run, once: confirming twice would save (and revalidate) twice. */
    const claimed = await ValidatorDryRun.query()
      .where('id', dryRun.id)
      .where('status', 'done')
      .update({ status: 'confirmed' })
    if (Number(Array.isArray(claimed) ? claimed[0] : claimed) === 0) {
      session.flash('error', i18n.t('validators.dryRun.notConfirmable'))
      return response.redirect().toRoute('validators.dry_runs.show', { id: dryRun.id })
    }
    const registry = await sharedRegistry()
    const change = await applyRule(
      dryRun.schoolYearId,
      dryRun.pluginId,
      dryRun.proposal,
      auth.getUserOrFail().id,
      registry
    )
    flashRuleChange(change, registry.get(dryRun.pluginId)?.meta.title ?? dryRun.pluginId, {
      session,
      i18n,
    })
    return response.redirect(back)
  }
}
