/*
|--------------------------------------------------------------------------
| A typed "cannot parse this file" raised by the readers and safety checks
|--------------------------------------------------------------------------
*/
import type { ParsingMessageKey } from './messages.js'

export type RefusalStatus = 'rejected' | 'unreadable'

export class ParseRefusal extends Error {
  constructor(
    readonly status: RefusalStatus,
    readonly reason: string,
    readonly messageKey: ParsingMessageKey
  ) {
    super(`${status}: ${reason}`)
  }
}
