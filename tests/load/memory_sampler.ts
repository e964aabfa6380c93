/*
|--------------------------------------------------------------------------
| Resident memory of the app's processes, sampled during the whole run
|--------------------------------------------------------------------------
*/
import { readFile } from 'node:fs/promises'

export interface MemorySample {
  seconds: number
  rssMb: number[]
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0)
  return Math.round(kb / 1024)
}

export function sampleMemory(pids: number[], everyMs = 5000) {
  const samples: MemorySample[] = []
  const started = Date.now()
  const take = async () =>
    samples.push({
      seconds: Math.round((Date.now() - started) / 1000),
      rssMb: await Promise.all(pids.map(rssMb)),
    })
  void take()
  const timer = setInterval(() => void take(), everyMs)
  return {
    samples,
    stop() {
      clearInterval(timer)
      return samples
    },
  }
}

/**
 * How flat one process's RSS stayed: first, highest and last sample, and the
 * least-squares slope in MB per minute. V8 grows the heap in steps and gives it
 * back at a major collection, so a saw-tooth is normal; a leak is a slope that
 * stays positive over a long soak.
 */
export function flatness(samples: MemorySample[], processIndex: number) {
  const points = samples.map((sample) => ({
    x: sample.seconds / 60,
    y: sample.rssMb[processIndex],
  }))
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / points.length
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / points.length
  const covariance = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0)
  const variance = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0)
  return {
    startMb: points[0]?.y ?? 0,
    maxMb: Math.max(...points.map((p) => p.y)),
    endMb: points.at(-1)?.y ?? 0,
    slopeMbPerMin: variance ? Math.round((covariance / variance) * 10) / 10 : 0,
  }
}
