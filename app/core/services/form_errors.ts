import type { Session } from '@adonisjs/session'

/**
 * Flashes an error found after validation (a wrong current password, a
 * duplicate code) the same way VineJS errors are flashed, so the field
 * component shows it beside its input and the other inputs are kept.
 */
export function flashFieldErrors(session: Session, errors: Record<string, string>) {
  const bag = Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [field, [message]])
  )
  session.flashExcept([
    'password',
    'currentPassword',
    'newPassword',
    'newPasswordConfirmation',
    '_csrf',
  ])
  session.flash('inputErrorsBag', bag)
}
