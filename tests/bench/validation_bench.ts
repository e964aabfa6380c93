/*
|--------------------------------------------------------------------------
| Validation benchmark: what the validators add on top of parsing
|--------------------------------------------------------------------------
|
|   node --import=@poppinss/ts-exec tests/bench/validation_bench.ts [runs]
|
| For generated 10- and 40-page lesson plans (DOCX and PDF): the median of
| (a) every validator on the parsed model, (b) parsing alone and (c) parse
| + validate, and the ratio (c)/(b). Target: validators add ≤ 20 %.
| Each validation gets a fresh copy of the model, so the per-document
| normalization cache is paid every time, as it is in production.
| Figures are process CPU time (user + system), which stays meaningful on
| a shared machine where wall-clock times swing with other processes'
| load; wall-clock medians are printed too.
*/
import { availableParallelism } from 'node:os'
import { parseBytes } from '../../app/documents/parsing/parse_bytes.js'
import { createParserPool } from '../../app/documents/parsing/parser_pool.js'
import { DEFAULT_LIMITS } from '../../app/documents/parsing/parse_outcome.js'
import { PluginRegistry } from '../../app/documents/validation/plugin_registry.js'
import { PluginRunner } from '../../app/documents/validation/plugin_runner.js'
import { summarizeLessons } from '../../app/documents/validation/plan_summary.js'
import type { DocumentModel } from '../../plugins/contract.js'
import { buildPlan, toDocx, toPdf } from '../fixtures/plans.js'
import { submission } from '../unit/plugins/model_helpers.js'

const RUNS = Math.max(20, Number(process.argv[2] ?? 25))
const WARMUP = 3

interface Timing {
  cpu: number
  wall: number
}

async function median(
  task: () => Promise<unknown>,
  prepare: () => void = () => {}
): Promise<Timing> {
  for (let i = 0; i < WARMUP; i++) {
    prepare()
    await task()
  }
  const cpu: number[] = []
  const wall: number[] = []
  for (let i = 0; i < RUNS; i++) {
    prepare()
    const start = performance.now()
    const startCpu = process.cpuUsage()
    await task()
    const used = process.cpuUsage(startCpu)
    cpu.push((used.user + used.system) / 1000)
    wall.push(performance.now() - start)
  }
  return { cpu: middle(cpu), wall: middle(wall) }
}

function middle(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const ms = (timing: Timing) => `${timing.cpu.toFixed(1)} ms cpu (${timing.wall.toFixed(1)} wall)`

async function parse(bytes: Uint8Array): Promise<DocumentModel> {
  const outcome = await parseBytes(bytes, DEFAULT_LIMITS)
  if (outcome.status !== 'parsed') throw new Error(outcome.reason)
  return outcome.model
}

const runner = new PluginRunner(await PluginRegistry.discover())
const declared = submission({ kind: 'pl4' })

console.log(`runs per figure: ${RUNS} (median)`)
for (const pages of [10, 40]) {
  const plan = buildPlan('pl4', { pages, layout: pages === 40 ? 'activityTable' : 'headings' })
  for (const [format, bytes] of [
    ['docx', await toDocx(plan)],
    ['pdf', await toPdf(plan)],
  ] as const) {
    const model = await parse(bytes)
    let copy = model
    const validateOnly = await median(
      () => runner.run({ document: copy, submission: declared }),
      () => (copy = structuredClone(model))
    )
    const parseOnly = await median(() => parse(bytes))
    const both = await median(async () =>
      runner.run({ document: await parse(bytes), submission: declared })
    )
    const report = await runner.run({ document: structuredClone(model), submission: declared })
    console.log(
      `${String(pages).padStart(2)} pages ${format.padEnd(4)} blocks=${String(model.blocks.length).padStart(4)} findings=${report.findings.length}\n` +
        `   validate ${ms(validateOnly)} | parse ${ms(parseOnly)} | parse+validate ${ms(both)} | ratio ${(both.cpu / parseOnly.cpu).toFixed(2)} cpu, ${(both.wall / parseOnly.wall).toFixed(2)} wall`
    )
  }
}

/*
 * Cross-document checks, per plan: what the plugins that compare a plan
 * with its approved related plan (and the digital-competence plugin, on as
 * in 2025–2026) add to a validation, measured as (every plugin) − (every
 * plugin but those), so the shared normalization is not counted twice;
 * plus the host's work on a summary-cache miss: reading the related PL III
 * model from its stored JSON and summarizing its lesson table (a full year:
 * 70 lessons over 35 weeks). The database lookup itself is one indexed
 * query (documents (school_id, school_year_id, kind)). Target: ≤ 10 ms.
 */
const CROSS_PLUGINS = [
  'cv5512:lesson-follows-teacher-plan',
  'cv5512:teacher-plan-follows-group-plan',
  'nls:digital-competence',
]
const everyPlugin = await PluginRegistry.discover()
const withoutCross = new PluginRunner(
  await PluginRegistry.fromPlugins(
    everyPlugin.all.filter((plugin) => !CROSS_PLUGINS.includes(plugin.meta.id))
  )
)
const enabled = { plugins: { 'nls:digital-competence': { enabled: true } } }
const yearLessons = Array.from({ length: 70 }, (_, i) => ({
  title: `Bài ${i + 1}. Nội dung số ${i + 1} của chương trình`,
  periods: 2,
  week: `Tuần ${1 + Math.floor(i / 2)}`,
}))
yearLessons[40] = {
  title: 'Bài 41. Phân số với tử và mẫu là số nguyên',
  periods: 2,
  week: 'Tuần 21',
}
const storedPl3 = JSON.stringify(
  await parse(await toDocx(buildPlan('pl3', { lessons: yearLessons })))
)
const teacherPlan = {
  documentId: 1,
  versionId: 1,
  title: 'Kế hoạch giáo dục Toán 6',
  grade: 6,
  ...summarizeLessons(JSON.parse(storedPl3)),
}
const nlsLesson = await parse(
  await toDocx(
    buildPlan('pl4', {
      pages: 10,
      competenceLines: [
        '* Năng lực số: 1.1.TC1a: tìm kiếm thông tin; 2.4.TC1a: hợp tác trên bảng tính chung.',
      ],
      activityLines: { 2: { d: '(NLS 1.1.TC1a)' }, 3: { a: 'Phát triển năng lực số 2.4.TC1a.' } },
    })
  )
)
const lessonSubmission = submission({
  kind: 'pl4',
  lessonTitle: 'Bài 41. Phân số với tử và mẫu là số nguyên',
  periods: 2,
  teachingWeek: 21,
})
let lessonCopy = nlsLesson
const fresh = () => (lessonCopy = structuredClone(nlsLesson))
const all = await median(
  () =>
    runner.run({
      document: lessonCopy,
      submission: lessonSubmission,
      overrides: enabled,
      related: { teacherPlan },
    }),
  fresh
)
const base = await median(
  () => withoutCross.run({ document: lessonCopy, submission: lessonSubmission }),
  fresh
)
const summary = await median(async () => summarizeLessons(JSON.parse(storedPl3)))
const crossReport = await runner.run({
  document: structuredClone(nlsLesson),
  submission: lessonSubmission,
  overrides: enabled,
  related: { teacherPlan },
})
const crossFindings = crossReport.findings.filter((finding) =>
  CROSS_PLUGINS.includes(finding.pluginId)
).length
console.log(
  `cross-document (10-page DOCX lesson plan, PL III of ${teacherPlan.lessons.length} lessons): plugins add ${(all.cpu - base.cpu).toFixed(2)} ms cpu ` +
    `(${all.cpu.toFixed(1)} with, ${base.cpu.toFixed(1)} without; findings ${crossFindings}) | summary on a cache miss ${ms(summary)} | target ≤ 10 ms`
)

/*
 * Sustained throughput: 10-page DOCX lesson plans parsed in the production
 * worker pool (one worker per core) and validated in this process, with
 * enough plans in flight to keep both cores busy. Target: ≥ 15 per second.
 */
const THROUGHPUT_SECONDS = Number(process.env.BENCH_THROUGHPUT_SECONDS ?? 15)
const pool = createParserPool({ maxThreads: availableParallelism() })
const lessonPlan = await toDocx(buildPlan('pl4', { pages: 10 }))
let done = 0
const deadline = performance.now() + THROUGHPUT_SECONDS * 1000
async function worker() {
  while (performance.now() < deadline) {
    const outcome = await pool.parse(lessonPlan)
    if (outcome.status !== 'parsed') throw new Error(outcome.reason)
    await runner.run({ document: outcome.model, submission: declared })
    done += 1
  }
}
const started = performance.now()
await Promise.all(Array.from({ length: availableParallelism() * 2 }, worker))
const seconds = (performance.now() - started) / 1000
console.log(
  `throughput: ${(done / seconds).toFixed(1)} DOCX lesson plans (10 pages) parsed + validated per second over ${seconds.toFixed(0)} s on ${availableParallelism()} cores`
)
await pool.close()
