import db from '@adonisjs/lucid/services/db'
import type { AccessScope } from '#app/organization/services/access_scope'

/*
 * Whose deadlines a leader sees (directive 2.3), from the access scope:
 * the department's leaders every active school, an office the schools it
 * supervises or that report to it, the principal's office its own school.
 * Anyone else sees none and is refused. Department specialists read plans
 * of their subjects only, so school-wide deadline figures are not theirs.
 */
export async function deadlineSchoolIds(scope: AccessScope): Promise<number[]> {
  const query = db.from('schools').where('is_active', true).select('id')
  if (!scope.seesEverything) {
    const own = [...new Set([...scope.officeSchoolIds, ...scope.principalSchoolIds])]
    if (!own.length) return []
    query.whereIn('id', own)
  }
  const rows = await query
  return rows.map((row) => row.id as number)
}

/** The principal's own school, shown group by group; leaders over several schools start from the schools. */
export function homeSchoolId(scope: AccessScope, schoolIds: number[]): number | undefined {
  if (scope.seesEverything || scope.officeSchoolIds.length || schoolIds.length !== 1)
    return undefined
  return schoolIds[0]
}
