import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import Notification from '#app/workflow/models/notification'
import { noticesOf } from '#app/workflow/services/notifier'
import { urlFor } from '@adonisjs/core/services/url_builder'

/** The bell: a user's notices, marking them read, and the e-mail switch. */
export default class NotificationsController {
  async index({ auth, view }: HttpContext) {
    const user = auth.getUserOrFail()
    return view.render('pages/workflow/notifications/index', {
      notices: await noticesOf(user.id),
      emailOn: user.emailNotifications,
    })
  }

  /** Opens a notice: marks it read and follows its link. */
  async open({ params, auth, response }: HttpContext) {
    const notice = await Notification.query()
      .where('id', Number(params.id) || 0)
      .where('user_id', auth.getUserOrFail().id)
      .first()
    if (!notice) return response.redirect().toRoute('notifications.index')
    if (!notice.readAt) {
      notice.readAt = DateTime.now()
      await notice.save()
    }
    return response.redirect(notice.url ?? urlFor('notifications.index'))
  }

  async readAll({ auth, response, session, i18n }: HttpContext) {
    await Notification.query()
      .where('user_id', auth.getUserOrFail().id)
      .whereNull('read_at')
      .update({ readAt: DateTime.now().toJSDate() })
    session.flash('success', i18n.t('workflow.notifications.allRead'))
    return response.redirect().toRoute('notifications.index')
  }

  /** Turns e-mail copies of notices on or off (users.email_notifications). */
  async emailPreference({ auth, request, response, session, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    user.emailNotifications = request.input('email') === 'on'
    await user.save()
    session.flash(
      'success',
      i18n.t(
        user.emailNotifications
          ? 'workflow.notifications.emailOn'
          : 'workflow.notifications.emailOff'
      )
    )
    return response.redirect().toRoute('notifications.index')
  }
}
