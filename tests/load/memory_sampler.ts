/*
|--------------------------------------------------------------------------
| Resident memory of the web processes, sampled during the whole run
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
  const take = async () => samples.push({ seconds: Math.round((Date.now() - started) / 1000), rssMb: await Promise.all(pids.map(rssMb)) })
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
