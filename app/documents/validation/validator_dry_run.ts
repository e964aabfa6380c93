import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { jsonColumn } from '#app/documents/models/json_column'
import type { CheckedRule } from './rule_set.js'

export type DryRunStatus = 'queued' | 'running' | 'done' | 'failed' | 'confirmed'

/** Current versions that would change verdict, for one kind in one school. */
export interface DryRunGroup {
  kind: string
  schoolId: number
  schoolName: string
  newlyPass: number
  newlyFail: number
}

/** How often the tried plugin would report one message (at one severity). */
export interface DryRunMessage {
  messageId: string
  severity: string
  count: number
}

/**
 * What a dry run found (dry_run.ts), the same for the admin page and
 * `node ace validators:dry-run`. Results stored before `versions`,
 * `withFindings`, `withErrors` and `messages` existed lack them.
 */
export interface DryRunResult {
  /** Current versions looked at. */
  versions?: number
  newlyPass: number
  newlyFail: number
  unchanged: number
  /** Never checked, or unreadable: a revalidation does not change their verdict either. */
  notChecked: number
  /** Built by another parser version: the real revalidation re-parses them, the dry run reads the stored model. */
  olderModels: number
  groups: DryRunGroup[]
  /** Checked versions the tried plugin would give at least one finding, at least one error. */
  withFindings?: number
  withErrors?: number
  /** The tried plugin's findings per message and severity, most frequent first. */
  messages?: DryRunMessage[]
}

/** One dry run of a proposed rule change (table validator_dry_runs). */
export default class ValidatorDryRun extends BaseModel {
  static table = 'validator_dry_runs'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare schoolYearId: number

  @column()
  declare pluginId: string

  @column(jsonColumn)
  declare proposal: CheckedRule

  @column()
  declare status: DryRunStatus

  @column({ consume: Number })
  declare total: number

  @column({ consume: Number })
  declare done: number

  @column(jsonColumn)
  declare result: DryRunResult | null

  @column()
  declare createdBy: number

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null
}
