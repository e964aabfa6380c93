/*
|--------------------------------------------------------------------------
| Worker-thread entry of the parser pool
|--------------------------------------------------------------------------
*/
import type { ParseLimits, ParseOutcome } from './parse_outcome.js'
import { parseBytes } from './parse_bytes.js'

export interface ParseTask {
  bytes: Uint8Array
  limits: ParseLimits
}

export default function parseInWorker(task: ParseTask): Promise<ParseOutcome> {
  return parseBytes(task.bytes, task.limits)
}
