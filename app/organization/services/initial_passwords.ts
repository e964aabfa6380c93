import { randomInt } from 'node:crypto'
import { Scrypt } from '@adonisjs/core/hash/drivers/scrypt'

/*
 * Generated passwords for new accounts and resets: shown once, printed,
 * and replaced at first sign-in (users.must_change_password).
 */

// No 0/O, 1/l/I: the password is read off paper and typed by hand.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** 10 characters from 55 symbols: about 58 bits of entropy. */
export function generatePassword(length = 10) {
  let password = ''
  for (let index = 0; index < length; index++) password += ALPHABET[randomInt(ALPHABET.length)]
  return password
}

/*
 * Initial passwords are random (58 bits) and live only until first sign-in,
 * so a much lighter scrypt cost than users' own passwords is safe (an offline
 * search of 2^58 candidates stays out of reach even at a million guesses per
 * second) and lets an import of 3,000 teachers finish in seconds. The PHC string carries the
 * cost, so verification needs nothing special; the user's own password
 * gets the full cost of config/hash.ts.
 */
const initialHasher = new Scrypt({
  cost: 256,
  blockSize: 8,
  parallelization: 1,
  maxMemory: 33554432,
  saltSize: 16,
  keyLength: 64,
})

function hashInitialPassword(password: string) {
  return initialHasher.make(password)
}

/** Hashes many passwords, a few at a time on libuv's thread pool. */
export async function hashInitialPasswords(passwords: string[], concurrency = 8) {
  const hashes: string[] = new Array(passwords.length)
  let nextIndex = 0
  const worker = async () => {
    while (nextIndex < passwords.length) {
      const index = nextIndex++
      hashes[index] = await hashInitialPassword(passwords[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, passwords.length) }, worker))
  return hashes
}
