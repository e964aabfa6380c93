/*
|--------------------------------------------------------------------------
| Parser pool: every upload is parsed in a worker thread, with limits
|--------------------------------------------------------------------------
|
| A hostile or broken file must never take the web process down, so parsing
| runs in piscina worker threads (one per core) with a memory cap (V8
| resourceLimits) and a time limit. On timeout the worker is terminated;
| when a worker dies (out of memory, crash) piscina starts a fresh one.
| Either way the caller gets a typed 'rejected' outcome, never an exception.
|
| Files wait in a fair scheduler (fair_scheduler.ts), never in piscina's
| queue: the time limit starts when a thread takes the file, one uploader's
| batch cannot hold every thread, and large files leave a thread for small
| ones. A Word 97 .doc is first converted by LibreOffice on a lane of its
| own, with its own budget (ParseLimits.conversionTimeoutMs), so a slow
| conversion neither times out nor holds a parser thread.
|
|   const outcome = await parseDocument(bytes, { owner: user.id })
|   if (outcome.status === 'parsed') store(outcome.model)
*/
import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import { DEFAULT_LIMITS, type ParseLimits, type ParseOutcome } from './parse_outcome.js'
import type { ParseTask, PreviewResult, PreviewTask } from './parser_worker.js'
import { FairScheduler, type OwnerProgress } from './fair_scheduler.js'
import { isLegacyDoc } from './detect_file_type.js'
import { convertLegacyDoc } from './legacy_doc_conversion.js'
import { ParseRefusal } from './parse_refusal.js'

export interface ParserPoolOptions {
  /** Limit of one parse, from the moment a thread takes it. */
  timeoutMs?: number
  /** V8 old-generation heap cap of each worker. */
  maxMemoryMb?: number
  /** Parser threads; one per core by default. */
  maxThreads?: number
  /** Files above this size are "large": they run on all threads but one. */
  largeFileBytes?: number
  limits?: Partial<ParseLimits>
}

export interface ParseOptions {
  timeoutMs?: number
  limits?: Partial<ParseLimits>
  /** Whose file (the uploader's id), for fairness between uploaders. */
  owner?: string | number
}

export interface ParserPool {
  parse(bytes: Uint8Array, options?: ParseOptions): Promise<ParseOutcome>
  /** A DOCX preview built in a worker under the same limits; null when it cannot be built in time or memory. */
  previewDocx(
    task: PreviewTask,
    options?: Pick<ParseOptions, 'timeoutMs' | 'owner'>
  ): Promise<PreviewResult | null>
  /** Files waiting for a parser thread or a conversion. */
  waiting(): number
  /** One uploader's files: being read, waiting (and how many files are ahead), in this process. */
  progressOf(owner: string | number): OwnerProgress
  close(): Promise<void>
}

const DEFAULT_TIMEOUT_MS = 10_000
const DEFAULT_MEMORY_MB = 256
/* A lesson plan without pictures is tens of KB; pictures or hundreds of PDF pages make it "large". */
const DEFAULT_LARGE_FILE_BYTES = 256 * 1024

export function createParserPool(options: ParserPoolOptions = {}): ParserPool {
  const threads = options.maxThreads ?? availableParallelism()
  const piscina = new Piscina({
    ...workerScript(),
    /* Every thread started (and its parsers loaded) up front: a cold start must not count against a file's limit. */
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: {
      maxOldGenerationSizeMb: options.maxMemoryMb ?? DEFAULT_MEMORY_MB,
      /* Below 64 MB the scavenger runs so often that a file with pictures costs twice the CPU in a worker (real_files bench). */
      maxYoungGenerationSizeMb: 64,
    },
  })
  // A worker that dies while idle (e.g. the memory cap at start-up) is replaced by piscina;
  // without a listener the 'error' event would crash the whole process.
  piscina.on('error', () => {})
  // Each worker loads the parsers (and, from source, compiles them): that start-up must not
  // eat into a file's time limit, so every parse waits for one warm-up task per thread first.
  const warmUp = () =>
    piscina
      .run({ bytes: new Uint8Array(0), limits: DEFAULT_LIMITS } satisfies ParseTask)
      .catch(() => undefined)
  const warm = Promise.all(Array.from({ length: threads }, warmUp))
  const parsing = new FairScheduler({ slots: threads, largeSlots: Math.max(1, threads - 1) })
  /* LibreOffice is heavy: one conversion at a time, outside the parser threads. */
  const converting = new FairScheduler({ slots: 1, largeSlots: 1 })
  const largeFileBytes = options.largeFileBytes ?? DEFAULT_LARGE_FILE_BYTES
  return {
    parse: async (bytes, call = {}) => {
      await warm
      const owner = call.owner === undefined ? undefined : String(call.owner)
      const limits = { ...DEFAULT_LIMITS, ...options.limits, ...call.limits }
      let input = bytes
      const legacy = isLegacyDoc(bytes)
      if (legacy) {
        const converted = await converting.run({ owner }, () => convertedOrRefused(bytes, limits))
        if (!(converted instanceof Uint8Array)) return converted
        input = converted
      }
      const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS
      const outcome = await parsing.run({ owner, large: input.byteLength > largeFileBytes }, () =>
        runTask(piscina, { bytes: input, limits }, timeoutMs)
      )
      /* The worker read the converted DOCX; the file kept is the teacher's .doc. */
      return legacy && outcome.status !== 'rejected'
        ? { ...outcome, fileType: 'legacyDoc' }
        : outcome
    },
    previewDocx: async (task, call = {}) => {
      await warm
      const owner = call.owner === undefined ? undefined : String(call.owner)
      const signal = () =>
        AbortSignal.timeout(call.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
      return parsing.run({ owner, large: task.bytes.byteLength > largeFileBytes }, () =>
        piscina.run(task, { name: 'preview', signal: signal() }).catch(() => null)
      )
    },
    waiting: () => parsing.waiting + converting.waiting,
    progressOf: (owner) => {
      const parsed = parsing.progressOf(String(owner))
      const converted = converting.progressOf(String(owner))
      return {
        running: parsed.running + converted.running,
        waiting: parsed.waiting + converted.waiting,
        ahead: Math.max(parsed.ahead, converted.ahead),
      }
    },
    close: () => piscina.destroy(),
  }
}

async function convertedOrRefused(
  bytes: Uint8Array,
  limits: ParseLimits
): Promise<Uint8Array | ParseOutcome> {
  try {
    return await convertLegacyDoc(bytes, limits)
  } catch (error) {
    /* A conversion that fails refuses the file: there is nothing to keep a check of. */
    if (error instanceof ParseRefusal)
      return { status: 'rejected', reason: error.reason, messageKey: error.messageKey }
    throw error
  }
}

/** Called when a thread is free (the scheduler never queues in piscina), so the limit measures the parse alone. */
async function runTask(
  piscina: Piscina,
  task: ParseTask,
  timeoutMs: number
): Promise<ParseOutcome> {
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    return await piscina.run(task, { signal })
  } catch (error) {
    if (signal.aborted)
      return { status: 'rejected', reason: 'timeout', messageKey: 'parsing.timeout' }
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

/** One uploader's files in the process-wide pool (nothing when no file was parsed yet). */
export function parsingProgress(owner: string | number): OwnerProgress {
  return sharedPool?.progressOf(owner) ?? { running: 0, waiting: 0, ahead: 0 }
}

/** Parses with the process-wide pool (created on first use). */
export function parseDocument(bytes: Uint8Array, options?: ParseOptions): Promise<ParseOutcome> {
  sharedPool ??= createParserPool()
  return sharedPool.parse(bytes, options)
}

/** Builds a DOCX preview with the process-wide pool. */
export function previewDocx(
  task: PreviewTask,
  options?: Pick<ParseOptions, 'timeoutMs' | 'owner'>
): Promise<PreviewResult | null> {
  sharedPool ??= createParserPool()
  return sharedPool.previewDocx(task, options)
}

export async function closeSharedParserPool(): Promise<void> {
  await sharedPool?.close()
  sharedPool = undefined
}
