import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import i18nManager from '@adonisjs/i18n/services/main'
import { placementsOf, type AdminReach } from '#app/organization/services/admin_reach'
import type { ImportRow } from '#app/organization/services/staff_import/types'

/** The school and year a staff list is imported into, and who imports it. */
export interface ImportTarget {
  schoolId: number
  schoolYearId: number
  reach: AdminReach
}

const t = (key: string, data?: Record<string, unknown>) =>
  i18nManager.locale('vi').t(`organization.import.errors.${key}`, data)
const label = (role: string) => i18nManager.locale('vi').t(`organization.roles.${role}`)

/*
 * Adds a row error wherever the importer may not act: a position he may not
 * grant (the grant table), or a staff code whose account he may not change
 * (another school's or the department's person, his own account, or an
 * account holding a role above his). Such a row is never applied.
 * Run at preview and again at confirmation, against the assignments as they
 * are then.
 */
export async function checkAccounts(
  rows: ImportRow[],
  target: ImportTarget,
  client: QueryClientContract = db.connection()
) {
  for (const row of rows) {
    for (const role of row.roles) {
      if (!target.reach.mayGrant(role, target.schoolId))
        addError(row, t('roleNotGrantable', { role: label(role) }))
    }
    if (row.groupName && !target.reach.mayGrant('teacher', target.schoolId))
      addError(row, t('roleNotGrantable', { role: label('teacher') }))
  }

  const codes = [...new Set(rows.map((row) => row.staffCode).filter(Boolean))]
  const owners = new Map<string, number>()
  for (let start = 0; start < codes.length; start += 500) {
    const found = await client
      .from('users')
      .whereIn('staff_code', codes.slice(start, start + 500))
      .select('id', 'staff_code')
    for (const user of found) owners.set(user.staff_code, user.id)
  }
  if (owners.size === 0) return

  const placements = await placementsOf([...owners.values()], target.schoolYearId, client)
  for (const row of rows) {
    const userId = owners.get(row.staffCode)
    if (userId === undefined) continue
    const verdict = target.reach.verdictOn(userId, placements.get(userId), target.schoolId)
    if (verdict !== 'ok') addError(row, t(VERDICT_MESSAGE[verdict]))
  }
}

const VERDICT_MESSAGE = {
  self: 'ownAccount',
  otherSchool: 'staffOfOtherSchool',
  protected: 'protectedAccount',
} as const

function addError(row: ImportRow, message: string) {
  if (!row.errors.includes(message)) row.errors.push(message)
}
