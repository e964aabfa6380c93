import { DateTime } from 'luxon'
import env from '#start/env'
import edge from 'edge.js'
import User from '#app/organization/models/user'
import Notification, { type NotificationKind } from '#app/workflow/models/notification'
import { sendMail } from '#app/workflow/services/mailer'

export interface NoticeInput {
  kind: NotificationKind
  title: string
  body?: string | null
  /** Path inside the app, e.g. /reviews/12. */
  url?: string | null
  documentId?: number | null
  /** The same key never notifies twice (the daily jobs' idempotency). */
  dedupeKey?: string | null
  /** Also e-mail users who kept e-mail on (default true). */
  email?: boolean
}

/**
 * Puts a notice in each user's bell and e-mails those who have an
 * address and did not turn e-mail off. Returns the notices created
 * (none when the dedupe key was already used).
 */
export async function notify(userIds: number[], input: NoticeInput): Promise<Notification[]> {
  const created: Notification[] = []
  for (const userId of new Set(userIds)) {
    const dedupeKey = input.dedupeKey ? `${input.dedupeKey}:u${userId}` : null
    if (dedupeKey && (await Notification.findBy('dedupeKey', dedupeKey))) continue
    const notice = await Notification.create({
      userId,
      kind: input.kind,
      title: input.title,
      body: input.body ?? null,
      url: input.url ?? null,
      documentId: input.documentId ?? null,
      dedupeKey,
    })
    created.push(notice)
    if (input.email !== false) await emailNotice(notice)
  }
  return created
}

async function emailNotice(notice: Notification) {
  const user = await User.find(notice.userId)
  if (!user?.email || !user.emailNotifications || !user.isActive) return
  const link = notice.url ? new URL(notice.url, appUrl()).toString() : null
  const html = await edge.render('pages/workflow/emails/notice', { notice, link })
  const text = [notice.title, notice.body ?? '', link ?? ''].filter(Boolean).join('\n\n')
  if (await sendMail({ to: user.email, subject: notice.title, text, html })) {
    notice.emailedAt = DateTime.now()
    await notice.save()
  }
}

function appUrl() {
  return env.get('APP_URL')
}

/** Unread notices first, newest first. */
export function noticesOf(userId: number, limit = 50) {
  return Notification.query()
    .where('user_id', userId)
    .orderByRaw('read_at IS NULL DESC')
    .orderBy('id', 'desc')
    .limit(limit)
}
