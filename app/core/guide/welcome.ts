import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type User from '#app/organization/models/user'
import { GUIDES, type Guide } from '#app/core/guide/guides'
import { guideRolesFor } from '#app/core/guide/guide_roles'

/*
 * The welcome panel on the start page: three or four first steps of the
 * person's main role. It shows until they close it; closing is stored per
 * person, and "Xem lại hướng dẫn nhanh" (?welcome=1) brings it back.
 */

export interface WelcomePanel {
  guide: Guide
  /** Closed before: only the link to show it again is offered. */
  dismissed: boolean
}

export async function welcomePanel(user: User, showAgain: boolean): Promise<WelcomePanel | null> {
  const [role] = guideRolesFor(user.currentRoles ?? [])
  if (!role) return null
  const row = await db.from('welcome_dismissals').where('user_id', user.id).first()
  return { guide: GUIDES[role], dismissed: Boolean(row) && !showAgain }
}

export async function dismissWelcome(userId: number) {
  const dismissedAt = DateTime.now().toFormat(db.connection().dialect.dateTimeFormat)
  const existing = await db.from('welcome_dismissals').where('user_id', userId).first()
  if (existing)
    await db
      .from('welcome_dismissals')
      .where('user_id', userId)
      .update({ dismissed_at: dismissedAt })
  else await db.table('welcome_dismissals').insert({ user_id: userId, dismissed_at: dismissedAt })
}
