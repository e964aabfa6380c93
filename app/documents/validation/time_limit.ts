/*
|--------------------------------------------------------------------------
| Running synchronous code under a time limit
|--------------------------------------------------------------------------
|
| A timer cannot interrupt a synchronous loop: the event loop never gets
| the turn. `vm` can: `script.runInContext(ctx, { timeout })` starts a
| watchdog thread that terminates whatever JavaScript the isolate runs,
| including a function from this realm called from inside the script.
| One context is reused; each call costs about 0.2 ms of CPU (the watchdog
| thread), so the runner puts every plugin of a document under one call
| (runAllWithTimeLimit) and gives a plugin its own call only to confirm a
| timeout.
*/

import vm from 'node:vm'

const context = vm.createContext({ call: undefined as undefined | (() => void) })
const script = new vm.Script('call()', { filename: 'validator-plugin-call' })

export class TimeLimitExceeded extends Error {
  constructor(readonly limitMs: number) {
    super(`Exceeded the time limit of ${limitMs} ms`)
  }
}

/** Run `fn` synchronously; throws TimeLimitExceeded when it runs longer than `limitMs`. */
export function runWithTimeLimit(fn: () => void, limitMs: number): void {
  context.call = fn
  try {
    script.runInContext(context, { timeout: limitMs })
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
      throw new TimeLimitExceeded(limitMs)
    throw error
  } finally {
    context.call = undefined
  }
}

/**
 * Run `tasks` in order under ONE watchdog of `limitMs`; returns how many
 * completed (tasks.length when none was interrupted). The task running at
 * the limit is not necessarily slow (it may have started late): callers
 * run it again alone to know. Tasks must not throw.
 */
export function runAllWithTimeLimit(tasks: Array<() => void>, limitMs: number): number {
  let completed = 0
  try {
    runWithTimeLimit(() => {
      for (const task of tasks) {
        task()
        completed++
      }
    }, limitMs)
  } catch (error) {
    if (!(error instanceof TimeLimitExceeded)) throw error
  }
  return completed
}
