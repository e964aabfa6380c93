/*
|--------------------------------------------------------------------------
| Accuracy on a labelled corpus: the figures, from labels and results
|--------------------------------------------------------------------------
|
| Pure: no files, no parser. The bench (accuracy_bench.ts) reads the
| corpus's labels.json, validates each file and hands both here. The
| corpus itself stays outside the repository (other people's documents).
*/

export const LABEL_KINDS = [
  'pl4',
  'pl3',
  'pl2',
  'pl1',
  'school_plan',
  'non_plan',
  'unreadable',
] as const
export type LabelKind = (typeof LABEL_KINDS)[number]

/** One hand-labelled document of the corpus (labels.json holds an array of these). */
export interface CorpusLabel {
  file: string
  source: string
  kind: LabelKind
  /** A genuine, complete plan a group head would accept. */
  acceptable: boolean
  trueDefects: string[]
  /** messageIds of warnings judged true on reading the file, when someone judged them. */
  trueWarnings?: string[]
  notes?: string
  meta?: { title?: string; periods?: number; grade?: number }
}

/** What the validation pipeline said about one file (a subset of `node ace validate --json`). */
export interface CorpusResult {
  file: string
  status: 'passed' | 'failed' | 'unreadable' | 'unsupported'
  findings: Array<{ messageId: string; severity: 'error' | 'warning' | 'info'; pluginId?: string }>
}

/** One messageId of one plugin, with how often it fired and where. */
export interface FindingClass {
  messageId: string
  pluginId: string
  count: number
  files: string[]
}

export interface AccuracyFigures {
  documents: number
  acceptablePlans: number
  /** Share of acceptable plans with no error (0–1); null without acceptable plans. */
  acceptablePassing: number | null
  falseErrorsPerAcceptablePlan: number | null
  medianWarningsPerAcceptablePlan: number | null
  /** Share of warnings on acceptable plans judged true; null when no warning was judged. */
  trueWarningShare: number | null
  nonPlans: number
  /** Non-plans refused with exactly one error. */
  nonPlansRefusedWithOneReason: number
  unreadable: number
  /** Unreadable files refused before any check (status unreadable or unsupported), never checked as text. */
  unreadableDetected: number
  /** Every error messageId seen on acceptable plans, most frequent first. */
  errorClasses: FindingClass[]
  /** Likewise for warnings (what drives the median). */
  warningClasses: FindingClass[]
  /** Labelled files with no result (missing from the corpus folder). */
  missing: string[]
}

const PLAN_KINDS: LabelKind[] = ['pl4', 'pl3', 'pl2', 'pl1', 'school_plan']

export function isPlan(label: CorpusLabel): boolean {
  return PLAN_KINDS.includes(label.kind)
}

/** The kind an uploader would declare: the plan's own kind, and PL IV for anything else. */
export function declaredKind(label: CorpusLabel): 'pl4' | 'pl3' | 'pl2' | 'pl1' | 'school_plan' {
  return isPlan(label) ? (label.kind as 'pl4') : 'pl4'
}

export function accuracyFigures(labels: CorpusLabel[], results: CorpusResult[]): AccuracyFigures {
  const byFile = new Map(results.map((result) => [result.file, result]))
  const judged = labels.filter((label) => byFile.has(label.file))
  const resultOf = (label: CorpusLabel) => byFile.get(label.file)!
  const severityCount = (label: CorpusLabel, severity: 'error' | 'warning') =>
    resultOf(label).findings.filter((finding) => finding.severity === severity).length

  const acceptable = judged.filter((label) => isPlan(label) && label.acceptable)
  const nonPlans = judged.filter((label) => label.kind === 'non_plan')
  const unreadable = judged.filter((label) => label.kind === 'unreadable')

  return {
    documents: judged.length,
    acceptablePlans: acceptable.length,
    acceptablePassing: share(
      acceptable.filter((label) => severityCount(label, 'error') === 0).length,
      acceptable.length
    ),
    falseErrorsPerAcceptablePlan: share(
      sum(acceptable.map((label) => severityCount(label, 'error'))),
      acceptable.length
    ),
    medianWarningsPerAcceptablePlan: median(
      acceptable.map((label) => severityCount(label, 'warning'))
    ),
    trueWarningShare: trueWarningShare(acceptable, resultOf),
    nonPlans: nonPlans.length,
    nonPlansRefusedWithOneReason: nonPlans.filter(
      (label) => resultOf(label).status !== 'passed' && severityCount(label, 'error') === 1
    ).length,
    unreadable: unreadable.length,
    unreadableDetected: unreadable.filter((label) =>
      ['unreadable', 'unsupported'].includes(resultOf(label).status)
    ).length,
    errorClasses: findingClasses(acceptable.map(resultOf), 'error'),
    warningClasses: findingClasses(acceptable.map(resultOf), 'warning'),
    missing: labels.filter((label) => !byFile.has(label.file)).map((label) => label.file),
  }
}

/** Only files whose labels say which warnings are true count here. */
function trueWarningShare(
  acceptable: CorpusLabel[],
  resultOf: (label: CorpusLabel) => CorpusResult
): number | null {
  let warnings = 0
  let trueOnes = 0
  for (const label of acceptable) {
    if (!label.trueWarnings) continue
    for (const finding of resultOf(label).findings) {
      if (finding.severity !== 'warning') continue
      warnings += 1
      if (label.trueWarnings.includes(finding.messageId)) trueOnes += 1
    }
  }
  return share(trueOnes, warnings)
}

function findingClasses(results: CorpusResult[], severity: 'error' | 'warning'): FindingClass[] {
  const classes = new Map<string, FindingClass>()
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity !== severity) continue
      const key = `${finding.pluginId ?? ''} ${finding.messageId}`
      const entry = classes.get(key) ?? {
        messageId: finding.messageId,
        pluginId: finding.pluginId ?? '',
        count: 0,
        files: [],
      }
      entry.count += 1
      if (!entry.files.includes(result.file)) entry.files.push(result.file)
      classes.set(key, entry)
    }
  }
  return [...classes.values()].sort(
    (a, b) => b.count - a.count || a.messageId.localeCompare(b.messageId)
  )
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0)
}

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(0)} %`)
const decimal = (value: number | null) => (value === null ? '—' : value.toFixed(2))

/** The figures as text, with the targets beside them. */
export function formatFigures(figures: AccuracyFigures, exampleFiles = 3): string {
  const lines = [
    `documents: ${figures.documents} (acceptable plans ${figures.acceptablePlans}, non-plans ${figures.nonPlans}, unreadable ${figures.unreadable})`,
    `acceptable plans passing with no error: ${percent(figures.acceptablePassing)} (target ≥ 90 %)`,
    `false errors per acceptable plan: ${decimal(figures.falseErrorsPerAcceptablePlan)} (target ≤ 0.1)`,
    `median warnings per acceptable plan: ${decimal(figures.medianWarningsPerAcceptablePlan)} (target ≤ 3)`,
    `warnings judged true: ${percent(figures.trueWarningShare)} (target ≥ 80 %)`,
    `non-plans refused with one reason: ${figures.nonPlansRefusedWithOneReason}/${figures.nonPlans} (target all)`,
    `unreadable detected: ${figures.unreadableDetected}/${figures.unreadable} (target all)`,
  ]
  if (figures.missing.length) lines.push(`labelled but missing: ${figures.missing.join(', ')}`)
  for (const [title, classes] of [
    ['errors', figures.errorClasses],
    ['warnings', figures.warningClasses],
  ] as const) {
    if (!classes.length) continue
    lines.push('', `${title} on acceptable plans (count · messageId · plugin · example files):`)
    for (const entry of classes) {
      lines.push(
        `  ${String(entry.count).padStart(3)} · ${entry.messageId} · ${entry.pluginId} · ${entry.files.slice(0, exampleFiles).join(', ')}`
      )
    }
  }
  return lines.join('\n')
}
