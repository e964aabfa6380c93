import i18nManager from '@adonisjs/i18n/services/main'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'

/*
 * Who to call for help. Shown on every guide page and on the error pages,
 * which must render even when the database is what failed: reading falls
 * back to the defaults (the hotline of the department's directive) after
 * a short wait, and the answer is kept a minute so that a burst of errors
 * does not become a burst of queries.
 */

export interface SupportContact {
  hotline: string
  email: string | null
  unitName: string
  hours: string | null
}

/** The hotline of the department's directive; the unit and hours in guide.support.defaults. */
export function defaultSupportContact(): SupportContact {
  const t = (key: string) => i18nManager.locale('vi').t(`guide.support.defaults.${key}`)
  return { hotline: '0839.886.666', email: null, unitName: t('unitName'), hours: t('hours') }
}

const FRESH_MS = 60_000
const AFTER_FAILURE_MS = 10_000
const READ_TIMEOUT_MS = 1_500

let cached: { contact: SupportContact; until: number } | null = null

export async function supportContact(): Promise<SupportContact> {
  if (cached && cached.until > Date.now()) return cached.contact
  try {
    const contact = (await withTimeout(readStored(), READ_TIMEOUT_MS)) ?? defaultSupportContact()
    cached = { contact, until: Date.now() + FRESH_MS }
  } catch {
    cached = { contact: defaultSupportContact(), until: Date.now() + AFTER_FAILURE_MS }
  }
  return cached.contact
}

export async function saveSupportContact(contact: SupportContact, userId: number) {
  const now = DateTime.now().toFormat(db.connection().dialect.dateTimeFormat)
  const row = {
    hotline: contact.hotline,
    email: contact.email,
    unit_name: contact.unitName,
    hours: contact.hours,
    updated_by_user_id: userId,
    updated_at: now,
  }
  const existing = await db.from('support_contacts').orderBy('id', 'asc').first()
  if (existing) await db.from('support_contacts').where('id', existing.id).update(row)
  else await db.table('support_contacts').insert({ ...row, created_at: now })
  cached = null
}

/** Forget the kept answer (tests that change the table behind the app's back). */
export function forgetSupportContact() {
  cached = null
}

async function readStored(): Promise<SupportContact | null> {
  const row = await db.from('support_contacts').orderBy('id', 'asc').first()
  if (!row) return null
  return {
    hotline: row.hotline,
    email: row.email || null,
    unitName: row.unit_name,
    hours: row.hours || null,
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`support contact not read within ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/** "0839.886.666" → "tel:0839886666" for a tap-to-call link. */
export function telHref(hotline: string) {
  return `tel:${hotline.replace(/[^\d+]/g, '')}`
}
