import limiter from '@adonisjs/limiter/services/main'
import type { Limiter } from '@adonisjs/limiter'
import User from '#app/organization/models/user'

/*
 * Password guessing is counted per account and per IP address. Five wrong
 * passwords for one account block it for 15 minutes, whether they were
 * typed with the username or the e-mail (both name the same person); an
 * IP gets more tries because a whole school may sign in from one address.
 * Wrong current passwords on the change-password form count the same way,
 * so a session left open cannot be used to guess the password.
 */
const BLOCK = '15 mins'
const perAccount = () => limiter.use({ requests: 5, duration: BLOCK })
const perIp = () => limiter.use({ requests: 30, duration: BLOCK })

/** The account a login names (username or e-mail), so its aliases share one counter; unknown logins count by their text. */
async function accountKey(login: string) {
  const text = login.trim().toLowerCase()
  const user = await User.query()
    .where('username', text)
    .orWhere('email', text)
    .select('id')
    .first()
  return user ? `login:user:${user.id}` : `login:name:${text}`
}

async function counters(login: string, ip: string): Promise<Array<[Limiter, string]>> {
  return [
    [perAccount(), await accountKey(login)],
    [perIp(), `login:ip:${ip}`],
  ]
}

async function blockedFor(pairs: Array<[Limiter, string]>) {
  for (const [store, key] of pairs) {
    if (await store.isBlocked(key)) return Math.max(1, await store.availableIn(key))
  }
  return 0
}

async function countFailure(pairs: Array<[Limiter, string]>) {
  for (const [store, key] of pairs) {
    const response = await store.increment(key)
    if (response.remaining <= 0) await store.block(key, BLOCK)
  }
}

/** Seconds until this login may be tried again from this IP (0: not blocked). */
export async function secondsBlocked(login: string, ip: string) {
  return blockedFor(await counters(login, ip))
}

export async function recordFailure(login: string, ip: string) {
  await countFailure(await counters(login, ip))
}

export async function recordSuccess(login: string) {
  await perAccount().delete(await accountKey(login))
}

const currentPasswordKey = (userId: number) => `password-change:user:${userId}`

/** Seconds until the user may try the current password again on the change form (0: not blocked). */
export async function currentPasswordBlocked(userId: number) {
  return blockedFor([[perAccount(), currentPasswordKey(userId)]])
}

export async function recordWrongCurrentPassword(userId: number) {
  await countFailure([[perAccount(), currentPasswordKey(userId)]])
}

export async function clearWrongCurrentPasswords(userId: number) {
  await perAccount().delete(currentPasswordKey(userId))
}
