import db from '@adonisjs/lucid/services/db'
import type { AccessScope } from '#app/organization/services/access_scope'

/*
 * Whose deadlines a leader sees (directive 2.3), from the access scope:
 * the department's leaders every active school, an office the schools it
 * supervises or that report to it, the principal's office its own school,
 * a department specialist every active school but only the plans of the
 * subjects covered (never the school's own plans, as for reading plans).
 * Anyone else sees none and is refused.
 */
export interface DeadlineReach {
  schoolIds: number[]
  /** Set for a department specialist only: the subjects covered. */
  subjectIds?: number[]
}

const activeSchools = () => db.from('schools').where('is_active', true).select('id')
const ids = (rows: { id: number }[]) => rows.map((row) => row.id)

export async function deadlineReach(scope: AccessScope): Promise<DeadlineReach> {
  if (scope.seesEverything) return { schoolIds: ids(await activeSchools()) }
  const own = [...new Set([...scope.officeSchoolIds, ...scope.principalSchoolIds])]
  if (own.length) return { schoolIds: ids(await activeSchools().whereIn('id', own)) }
  const subjectIds = scope.coveredSubjectIds
  if (subjectIds.length) return { schoolIds: ids(await activeSchools()), subjectIds }
  return { schoolIds: [] }
}

/** The principal's own school, shown group by group; leaders over several schools start from the schools. */
export function homeSchoolId(scope: AccessScope, schoolIds: number[]): number | undefined {
  if (scope.seesEverything || scope.officeSchoolIds.length || schoolIds.length !== 1)
    return undefined
  return schoolIds[0]
}
