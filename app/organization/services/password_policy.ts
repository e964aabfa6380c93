import { readFileSync } from 'node:fs'
import app from '@adonisjs/core/services/app'

/*
 * What a password someone chooses must be (wherever one is set: the
 * change-password form, including the forced change at first sign-in).
 * Generated initial passwords are random and replaced at first sign-in.
 */
export const PASSWORD_MIN_LENGTH = 10

let common: Set<string> | null = null

/** resources/passwords/common.txt, read once. */
function commonPasswords() {
  common ??= new Set(
    readFileSync(app.makePath('resources/passwords/common.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line && !line.startsWith('#'))
  )
  return common
}

export type PasswordWeakness = 'containsUsername' | 'common'

/** Why the password is too easy to guess for this account, or null. Length is the validator's own rule. */
export function passwordWeakness(
  password: string,
  account: { username: string; email?: string | null }
): PasswordWeakness | null {
  const lower = password.toLowerCase()
  const names = [account.username, account.email?.split('@')[0]].filter((name): name is string =>
    Boolean(name && name.length >= 3)
  )
  if (names.some((name) => lower.includes(name.toLowerCase()))) return 'containsUsername'
  if (commonPasswords().has(lower)) return 'common'
  return null
}
