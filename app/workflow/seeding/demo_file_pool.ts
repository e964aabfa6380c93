/*
|--------------------------------------------------------------------------
| Demo file pool: the seeding's generated plans, rendered in worker threads
|--------------------------------------------------------------------------
|
| Rendering a DOCX or PDF is most of the CPU a demo plan costs. The seeding
| asks for a school's files up front (each a promise) and plays the plans
| while threads render the next files: the main thread's database work
| and the rendering run side by side. Closed when the seeding ends.
*/
import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import type { DemoFileTask } from './demo_file_worker.js'

export interface DemoFilePool {
  render(task: DemoFileTask): Promise<Uint8Array>
  close(): Promise<void>
}

/**
 * A fixed set of threads, started once (each loads the renderers): the pool
 * empties between schools, and a thread ended when idle would pay that
 * start again. One core is left to the main thread.
 */
export function createDemoFilePool(
  threads = Math.max(1, availableParallelism() - 1)
): DemoFilePool {
  const piscina = new Piscina({
    ...workerScript(),
    minThreads: threads,
    maxThreads: threads,
  })
  return {
    render: async (task) => new Uint8Array(await piscina.run(task)),
    close: () => piscina.destroy(),
  }
}

/** From source (ts-exec), the threads load the worker through the same loader. */
function workerScript(): { filename: string; execArgv?: string[] } {
  const fromSource = import.meta.url.endsWith('.ts')
  const filename = new URL(`./demo_file_worker.${fromSource ? 'ts' : 'js'}`, import.meta.url).href
  if (!fromSource || process.execArgv.some((arg) => arg.includes('ts-exec'))) return { filename }
  return { filename, execArgv: [...process.execArgv, '--import=@poppinss/ts-exec'] }
}
