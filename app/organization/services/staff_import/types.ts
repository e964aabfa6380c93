import type { RoleName } from '#app/core/registries/roles'

/** One row of a staff list after parsing and checking; errors are Vietnamese sentences. */
export interface ImportRow {
  /** Line number in the sheet as the user sees it (header = 1). */
  line: number
  staffCode: string
  fullName: string
  email: string | null
  birthDate: string | null // ISO yyyy-mm-dd
  phone: string | null
  groupName: string | null
  subgroupName: string | null
  /** Subject codes of the catalogue (toan, ngu_van…). */
  subjectCodes: string[]
  /** Roles from the "Chức vụ" column, besides teacher. */
  roles: RoleName[]
  errors: string[]
}
