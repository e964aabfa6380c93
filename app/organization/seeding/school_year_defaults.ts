import { DateTime } from 'luxon'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'

/** The school year a date falls in: from August on, the year that starts then (2025-09 → 2025-2026). */
export function schoolYearStartingAround(today = DateTime.now()) {
  return today.month >= 8 ? today.year : today.year - 1
}

/** Creates (or finds) the school year starting in startYear, with the default calendar, and marks it current. */
export async function ensureCurrentSchoolYear(client: QueryClientContract, startYear: number) {
  const name = `${startYear}-${startYear + 1}`
  const existing = await client.from('school_years').where('name', name).select('id').first()
  await client.from('school_years').update({ is_current: false })
  if (existing) {
    await client.from('school_years').where('id', existing.id).update({ is_current: true })
    return existing.id as number
  }
  const now = DateTime.now().toFormat('yyyy-MM-dd HH:mm:ss')
  await client.table('school_years').insert({
    name,
    starts_on: `${startYear}-09-05`,
    ends_on: `${startYear + 1}-05-31`,
    weeks_term1: 18,
    weeks_term2: 17,
    plan_deadline: `${startYear}-09-15`,
    is_current: true,
    created_at: now,
    updated_at: now,
  })
  const row = await client.from('school_years').where('name', name).select('id').firstOrFail()
  return row.id as number
}
