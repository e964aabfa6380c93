/*
|--------------------------------------------------------------------------
| Worker-thread entry of the demo file pool (demo_file_pool.ts)
|--------------------------------------------------------------------------
|
| Builds one generated plan and renders it to DOCX or PDF bytes, off the
| main thread, which meanwhile stores the plans before it.
*/
import {
  buildPlan,
  toDocx,
  toPdf,
  type PlanKind,
  type PlanOptions,
} from '#app/documents/demo_files/plans'

export interface DemoFileTask {
  kind: PlanKind
  options: PlanOptions
  format: 'docx' | 'pdf'
}

export default async function renderDemoFile(task: DemoFileTask): Promise<Uint8Array> {
  const spec = buildPlan(task.kind, task.options)
  return task.format === 'pdf' ? toPdf(spec) : toDocx(spec)
}
