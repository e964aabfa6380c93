import type { Session } from '@adonisjs/session'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type User from '#app/organization/models/user'

/*
 * Sessions that end when they should. The session (a signed cookie by
 * default, or Redis) cannot be reached from outside the request that owns
 * it, so every session carries the account's session version from sign-in
 * and is honoured only while the account still has that version and is
 * active (checked by the session guard, auth/versioned_session_guard.ts).
 * Raising the version ends every session of the account at once:
 * the User model raises it when the password changes or the account is
 * deactivated, RoleAssignment when the last role of a year goes, and
 * signing out raises it explicitly.
 */

const KEY = 'auth_session_version'

/** What a session of this user carries from sign-in (see auth/versioned_session_guard.ts). */
export function sessionVersionData(user: User) {
  return { [KEY]: user.sessionVersion ?? 0 }
}

/** At sign-in, and after one's own password change (that one session goes on with the new version). */
export function rememberSessionVersion(session: Session, user: User) {
  session.put(KEY, user.sessionVersion ?? 0)
}

/** Whether this session may still act for the user. */
export function isSessionCurrent(session: Session, user: User) {
  return user.isActive && session.get(KEY) === user.sessionVersion
}

/** Ends every session of the account (sign-out everywhere). */
export async function endAllSessions(
  userId: number,
  client: QueryClientContract = db.connection()
) {
  await client.from('users').where('id', userId).increment('session_version', 1)
}
