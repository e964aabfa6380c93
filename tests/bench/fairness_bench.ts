/*
|--------------------------------------------------------------------------
| Fairness benchmark: a colleague's small upload during a burst of big PDFs
|--------------------------------------------------------------------------
|
|   node --import=@poppinss/ts-exec tests/bench/fairness_bench.ts [pages]
|
| One teacher sends three large PDFs (default 300 pages each) at once; a
| moment later a colleague sends a small DOCX lesson plan. Reports the
| colleague's wait (time to outcome minus the same file's parse alone) and
| every outcome, through the real parser pool (one thread per core, fair
| scheduler). Figures only: nothing here is asserted.
*/
import { availableParallelism } from 'node:os'
import { createParserPool } from '../../app/documents/parsing/parser_pool.js'
import { buildPlan, toDocx, toPdf } from '../fixtures/plans.js'

const PAGES = Number(process.argv[2] ?? 300)
const pool = createParserPool()
const big = await toPdf(buildPlan('pl4', { pages: PAGES }))
const small = await toDocx(buildPlan('pl4'))

const timed = async (bytes: Uint8Array, owner: string) => {
  const start = performance.now()
  const outcome = await pool.parse(bytes, { owner })
  return {
    ms: performance.now() - start,
    status: outcome.status === 'rejected' ? `rejected (${outcome.reason})` : outcome.status,
  }
}

/* Warm: the small file alone, three times; its median is "its own parse". */
const alone: number[] = []
for (let i = 0; i < 3; i++) {
  const run = await timed(small, 'minh')
  alone.push(run.ms)
}
alone.sort((a, b) => a - b)
const own = alone[1]

const burst = [1, 2, 3].map(() => timed(big, 'lan'))
await new Promise((resolve) => setTimeout(resolve, 100))
const colleague = await timed(small, 'minh')
const bigOutcomes = await Promise.all(burst)

console.log(
  `threads: ${availableParallelism()}, big PDF: ${PAGES} pages, ${(big.byteLength / 1024 / 1024).toFixed(1)} MB; small DOCX: ${(small.byteLength / 1024).toFixed(0)} KB`
)
console.log(
  `colleague's small upload: ${colleague.status} in ${colleague.ms.toFixed(0)} ms (alone: ${own.toFixed(0)} ms, waited ${(colleague.ms - own).toFixed(0)} ms)`
)
for (const [index, outcome] of bigOutcomes.entries())
  console.log(`big PDF ${index + 1}: ${outcome.status} in ${outcome.ms.toFixed(0)} ms`)
await pool.close()
