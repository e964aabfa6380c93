/*
|--------------------------------------------------------------------------
| The figures of a dry run, counted version by version
|--------------------------------------------------------------------------
|
| For each current version: its verdict before (newest run) and after (the
| proposed rule), by kind and school, and the tried plugin's own findings
| per message. One tally for both dry runs (dry_run.ts), so the admin page
| and the command line cannot count differently.
*/
import db from '@adonisjs/lucid/services/db'
import type Document from '#app/documents/models/document'
import type { ValidationReport } from './plugin_runner.js'
import type { DryRunGroup, DryRunMessage, DryRunResult } from './validator_dry_run.js'

type Counts = Required<Omit<DryRunResult, 'groups' | 'messages'>>

export class DryRunTally {
  private counts: Counts = {
    versions: 0,
    newlyPass: 0,
    newlyFail: 0,
    unchanged: 0,
    notChecked: 0,
    olderModels: 0,
    withFindings: 0,
    withErrors: 0,
  }
  private groups = new Map<string, Omit<DryRunGroup, 'schoolName'>>()
  private messages = new Map<string, DryRunMessage>()

  constructor(private pluginId: string) {}

  /** A version the proposal cannot check (unreadable, or never checked yet): its verdict stays. */
  skip() {
    this.counts.versions++
    this.counts.notChecked++
  }

  add(document: Document, before: string, report: ValidationReport, olderModel: boolean) {
    this.counts.versions++
    if (olderModel) this.counts.olderModels++
    this.countMessages(report)
    if (before === report.status) {
      this.counts.unchanged++
      return
    }
    const group = this.groupOf(document)
    if (report.status === 'passed') {
      this.counts.newlyPass++
      group.newlyPass++
    } else {
      this.counts.newlyFail++
      group.newlyFail++
    }
  }

  private countMessages(report: ValidationReport) {
    const own = report.findings.filter((finding) => finding.pluginId === this.pluginId)
    if (own.length > 0) this.counts.withFindings++
    if (own.some((finding) => finding.severity === 'error')) this.counts.withErrors++
    for (const { messageId, severity } of own) {
      const key = `${messageId}/${severity}`
      const count = (this.messages.get(key)?.count ?? 0) + 1
      this.messages.set(key, { messageId, severity, count })
    }
  }

  private groupOf(document: Document) {
    const key = `${document.kind}/${document.schoolId}`
    if (!this.groups.has(key))
      this.groups.set(key, {
        kind: document.kind,
        schoolId: document.schoolId,
        newlyPass: 0,
        newlyFail: 0,
      })
    return this.groups.get(key)!
  }

  async result(): Promise<DryRunResult> {
    const schoolIds = [...new Set([...this.groups.values()].map((group) => group.schoolId))]
    const schools = schoolIds.length
      ? await db.from('schools').whereIn('id', schoolIds).select('id', 'name')
      : []
    const names = new Map(schools.map((school) => [Number(school.id), String(school.name)]))
    const groups = [...this.groups.values()]
      .map((group) => ({ ...group, schoolName: names.get(group.schoolId) ?? '' }))
      .sort(
        (a, b) => a.schoolName.localeCompare(b.schoolName, 'vi') || a.kind.localeCompare(b.kind)
      )
    const messages = [...this.messages.values()].sort(
      (a, b) => b.count - a.count || a.messageId.localeCompare(b.messageId)
    )
    return { ...this.counts, groups, messages }
  }
}
