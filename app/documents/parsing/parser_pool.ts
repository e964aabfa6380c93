/*
|--------------------------------------------------------------------------
| Parser pool: every upload is parsed in a worker thread, with limits
|--------------------------------------------------------------------------
|
| A hostile or broken file must never take the web process down, so parsing
| runs in piscina worker threads with a memory cap (V8 resourceLimits) and
| a wall-clock timeout. On timeout the worker is terminated; when a worker
| dies (out of memory, crash) piscina starts a fresh one. Either way the
| caller gets a typed 'rejected' outcome, never an exception.
|
|   const outcome = await parseDocument(bytes)
|   if (outcome.status === 'parsed') store(outcome.model)
*/
import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import { DEFAULT_LIMITS, type ParseLimits, type ParseOutcome } from './parse_outcome.js'
import type { ParseTask } from './parser_worker.js'

export interface ParserPoolOptions {
  /** Wall-clock limit per file. */
  timeoutMs?: number
  /** V8 old-generation heap cap of each worker. */
  maxMemoryMb?: number
  maxThreads?: number
  limits?: Partial<ParseLimits>
}

export interface ParseOptions {
  timeoutMs?: number
  limits?: Partial<ParseLimits>
}

export interface ParserPool {
  parse(bytes: Uint8Array, options?: ParseOptions): Promise<ParseOutcome>
  close(): Promise<void>
}

const DEFAULT_TIMEOUT_MS = 10_000
const DEFAULT_MEMORY_MB = 256

export function createParserPool(options: ParserPoolOptions = {}): ParserPool {
  const piscina = new Piscina({
    ...workerScript(),
    minThreads: 1,
    maxThreads: options.maxThreads ?? Math.max(1, availableParallelism() - 1),
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb ?? DEFAULT_MEMORY_MB, maxYoungGenerationSizeMb: 32 },
  })
  // A worker that dies while idle (e.g. the memory cap at start-up) is replaced by piscina;
  // without a listener the 'error' event would crash the whole process.
  piscina.on('error', () => {})
  // The first worker loads the parsers (and, from source, compiles them): that start-up must
  // not eat into the first file's time limit, so every parse waits for one warm-up task first.
  const warm = piscina.run({ bytes: new Uint8Array(0), limits: DEFAULT_LIMITS } satisfies ParseTask).catch(() => undefined)
  return {
    parse: async (bytes, parseOptions = {}) => {
      await warm
      return runTask(piscina, bytes, options, parseOptions)
    },
    close: () => piscina.destroy(),
  }
}

async function runTask(piscina: Piscina, bytes: Uint8Array, pool: ParserPoolOptions, call: ParseOptions): Promise<ParseOutcome> {
  const timeoutMs = call.timeoutMs ?? pool.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const task: ParseTask = { bytes, limits: { ...DEFAULT_LIMITS, ...pool.limits, ...call.limits } }
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    return await piscina.run(task, { signal })
  } catch (error) {
    if (signal.aborted) return { status: 'rejected', reason: 'timeout', messageKey: 'parsing.timeout' }
    return { status: 'rejected', reason: failureReason(error), messageKey: 'parsing.failed' }
  }
}

function failureReason(error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return 'out_of_memory'
  return 'worker_failed'
}

/**
 * In development the sources are TypeScript: the worker needs the same
 * loader as the main process (module hooks are not inherited by workers).
 */
function workerScript(): { filename: string; execArgv?: string[] } {
  const fromSource = import.meta.url.endsWith('.ts')
  const filename = new URL(`./parser_worker.${fromSource ? 'ts' : 'js'}`, import.meta.url).href
  if (!fromSource || process.execArgv.some((arg) => arg.includes('ts-exec'))) return { filename }
  return { filename, execArgv: [...process.execArgv, '--import=@poppinss/ts-exec'] }
}

let sharedPool: ParserPool | undefined

/** Parses with the process-wide pool (created on first use). */
export function parseDocument(bytes: Uint8Array, options?: ParseOptions): Promise<ParseOutcome> {
  sharedPool ??= createParserPool()
  return sharedPool.parse(bytes, options)
}

export async function closeSharedParserPool(): Promise<void> {
  await sharedPool?.close()
  sharedPool = undefined
}
