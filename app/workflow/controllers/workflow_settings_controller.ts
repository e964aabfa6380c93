import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import SchoolYear from '#app/organization/models/school_year'
import { AccessScope } from '#app/organization/services/access_scope'
import { AdminReach } from '#app/organization/services/admin_reach'
import { reviewerChoices, type ReviewerRule } from '#app/workflow/services/routing_defaults'
import { saveSettings, settingsFor } from '#app/workflow/services/workflow_settings'
import { forbidden } from '#app/workflow/services/http_errors'
import { kindIds, type DocumentKind } from '#app/core/registries/kinds'

/** Built per request: one reviewer field per kind of the registry. */
function settingsValidator() {
  const choices = reviewerChoices()
  return vine.create({
    reviewers: vine.object(
      Object.fromEntries(
        Object.entries(choices).map(([kind, rules]) => [kind, vine.enum(rules as ReviewerRule[])])
      )
    ),
    lessonPlanLeadDays: vine.number().min(0).max(30),
    reminderOffsets: vine
      .string()
      .trim()
      .regex(/^\d{1,2}(\s*,\s*\d{1,2})*$/),
  })
}

/** The department admin sets, per school year, who reviews each kind, the lesson-plan lead time and reminder days. */
export default class WorkflowSettingsController {
  async edit({ auth, view }: HttpContext) {
    const year = await this.yearForAdmin(auth.getUserOrFail())
    return view.render('pages/workflow/settings/edit', {
      year,
      settings: await settingsFor(year.id),
      choices: reviewerChoices(),
      kinds: kindIds(),
    })
  }

  async update({ auth, request, response, session, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const year = await this.yearForAdmin(user)
    const input = await request.validateUsing(settingsValidator())
    const offsets = [
      ...new Set(input.reminderOffsets.split(',').map((value) => Number(value.trim()))),
    ].sort((a, b) => b - a)
    await saveSettings(
      year.id,
      {
        reviewers: input.reviewers as Record<DocumentKind, ReviewerRule>,
        lessonPlanLeadDays: input.lessonPlanLeadDays,
        reminderOffsets: offsets,
      },
      user.id
    )
    session.flash('success', i18n.t('workflow.settings.saved'))
    return response.redirect().toRoute('workflow_settings.edit')
  }

  private async yearForAdmin(user: Parameters<typeof AccessScope.for>[0]) {
    const year = await SchoolYear.current()
    const scope = await AccessScope.for(user, year?.id)
    if (!year || !AdminReach.of(scope).department) return forbidden()
    return year
  }
}
