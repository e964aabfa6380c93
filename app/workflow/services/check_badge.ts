/** The badge a reviewer sees for the automatic check of a version. */
export type CheckBadge = 'passed' | 'warnings' | 'unreadable' | 'errors' | 'disputed' | 'pending'

/** `disputes`: how many findings of the version the teacher disputed (its errors then need the reviewer's decision). */
export function checkBadgeOf(
  run: {
    status: string | null
    warnings: number | string | null
    errors?: number | string | null
  } | null,
  disputes = 0
): CheckBadge {
  if (!run || !run.status) return 'pending'
  if (run.status === 'unreadable') return 'unreadable'
  if (run.status === 'failed' || Number(run.errors ?? 0) > 0)
    return disputes > 0 ? 'disputed' : 'errors'
  return Number(run.warnings ?? 0) > 0 ? 'warnings' : 'passed'
}

/** Badge colour classes of app.css. */
export const CHECK_BADGE_CLASS: Record<CheckBadge, string> = {
  passed: 'badge-success',
  warnings: 'badge-warning',
  unreadable: 'badge-warning',
  errors: 'badge-error',
  disputed: 'badge-warning',
  pending: 'badge-info',
}
