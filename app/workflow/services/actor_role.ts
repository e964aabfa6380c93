import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { RoleName } from '#app/core/registries/roles'
import { kindDefinition, type DocumentKind } from '#app/core/registries/kinds'

/** The role the audit log shows for an owner's action ("teacher" when nothing more specific is held). */
export async function submitterRoleOf(
  userId: number,
  kind: DocumentKind,
  schoolYearId: number,
  schoolId: number,
  client: QueryClientContract = db.connection()
): Promise<RoleName> {
  const rows = await client
    .from('role_assignments')
    .where({ user_id: userId, school_year_id: schoolYearId, school_id: schoolId })
    .select('role')
  const held = new Set(rows.map((row) => row.role as RoleName))
  return kindDefinition(kind).submittedAs.find((role) => held.has(role)) ?? 'teacher'
}
