import limiter from '@adonisjs/limiter/services/main'
import type { Limiter } from '@adonisjs/limiter'

/*
 * Failed sign-ins are counted per account and per IP address. Five wrong
 * passwords for one account block it for 15 minutes; an IP gets more tries
 * because a whole school may sign in from one address.
 */
const BLOCK = '15 mins'

function counters(login: string, ip: string): Array<[Limiter, string]> {
  return [
    [limiter.use({ requests: 5, duration: BLOCK }), `login:account:${login.toLowerCase()}`],
    [limiter.use({ requests: 30, duration: BLOCK }), `login:ip:${ip}`],
  ]
}

/** Seconds until this login may be tried again from this IP (0: not blocked). */
export async function secondsBlocked(login: string, ip: string) {
  for (const [store, key] of counters(login, ip)) {
    if (await store.isBlocked(key)) return Math.max(1, await store.availableIn(key))
  }
  return 0
}

export async function recordFailure(login: string, ip: string) {
  for (const [store, key] of counters(login, ip)) {
    const response = await store.increment(key)
    if (response.remaining <= 0) await store.block(key, BLOCK)
  }
}

export async function recordSuccess(login: string, ip: string) {
  const [[accountStore, accountKey]] = counters(login, ip)
  await accountStore.delete(accountKey)
}
