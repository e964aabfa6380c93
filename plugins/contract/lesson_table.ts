/*
|--------------------------------------------------------------------------
| Lesson tables: the lessons of a PL I / PL III programme table
|--------------------------------------------------------------------------
|
| Per lesson row its title, periods and planned weeks, plus the total,
| read through the normalized view (spans, merged cells, header rows
| already resolved). The host summarizes a related plan with it (plugins
| get the summary, never that plan's model); a plugin reads its own
| document's table with it, so both sides are read the same way.
*/
import type { DocumentModel } from '../document_model.js'
import { compileMatcher } from './matcher.js'
import { normalized, type NormalizedTable } from './normalized.js'
import type { PlannedLesson } from './types.js'

const periodsColumn = compileMatcher({ variants: ['Số tiết'], mode: 'contains' })
const lessonColumn = compileMatcher({
  variants: ['Bài học', 'Bài dạy', 'Tên bài', 'Chủ đề', 'Chuyên đề', 'Nội dung'],
  mode: 'contains',
})
const weekColumn = compileMatcher({
  variants: ['Thời điểm', 'Tuần', 'Thời gian thực hiện'],
  mode: 'contains',
})

const WHOLE_NUMBER_RE = /^0*([1-9]\d{0,2})\s*(?:tiet)?\.?$/
const PERIOD_LIST_RE = /^\(?\s*tiet\s*((?:\d+\s*[,;-]\s*)*\d+)\s*\)?$/
/** `tuan 14`, `tuan 14-15`, `tuan 14, 15`, `tuan 14 den tuan 15`; a bare `14-15` in a week column. */
const WEEK_RUN_RE =
  /(?:tuan\s*(?:thu\s*)?)(\d{1,2})((?:\s*(?:-|,|;|den|va|\/)\s*(?:tuan\s*)?\d{1,2})*)/g
const BARE_WEEKS_RE = /^(\d{1,2})(?:\s*-\s*(\d{1,2}))?$/

/** A lesson row with where it is in the document (for findings about this document). */
export interface TableLesson extends PlannedLesson {
  /** Block index of the table. */
  table: number
  /** Row in the table's grid. */
  tableRow: number
  periodsCell: number
}

export interface LessonTable {
  lessons: TableLesson[]
  totalPeriods?: number
}

/** Every lesson row of the plan's programme tables (PL I `Phân phối chương trình`, PL III `Phân phối chương trình` + electives). */
export function lessonTable(document: DocumentModel): LessonTable {
  const lessons: TableLesson[] = []
  let total = 0
  /* A PDF text layer splits long tables: no total is trusted from it. */
  let complete = document.format !== 'pdf'
  for (const table of normalized(document).tables) {
    const columns = programmeColumns(table)
    if (!columns) continue
    for (let row = columns.headerRow + 1; row < table.grid.length; row++) {
      const keys = table.grid[row]
      const title = (table.texts[row][columns.lesson] ?? '').trim()
      if (title === '') continue
      if (!isLessonRow(keys, table.grid[columns.headerRow].length, document.format === 'pdf'))
        continue
      const periods = parsePeriods(keys[columns.periods] ?? '')
      const weeks = columns.week >= 0 ? parseWeeks(keys[columns.week] ?? '') : undefined
      if (periods === undefined) complete = false
      else total += periods
      lessons.push({
        title,
        row: lessons.length + 1,
        table: table.block,
        tableRow: row,
        periodsCell: columns.periods,
        ...(periods !== undefined ? { periods } : {}),
        ...(weeks ? { weeks } : {}),
      })
    }
  }
  return complete && lessons.length > 0 ? { lessons, totalPeriods: total } : { lessons }
}

function programmeColumns(table: NormalizedTable) {
  if (table.layout) return undefined
  for (let row = 0; row < Math.min(3, table.grid.length); row++) {
    const keys = table.grid[row]
    const periods = keys.findIndex((key) => periodsColumn.exact(key))
    const lesson = keys.findIndex((key) => lessonColumn.exact(key))
    if (periods < 0 || lesson < 0) continue
    return {
      headerRow: Math.max(row, table.headerRows - 1),
      periods,
      lesson,
      week: keys.findIndex((key) => weekColumn.exact(key)),
    }
  }
  return undefined
}

/**
 * Whether a programme-table row (its folded cell keys) is a lesson row: not
 * a term sub-header across the table (`HỌC KÌ I`), not a `(1) (2)` marker
 * row; in a PDF, numbered and with every cell (rows rebuilt from text
 * positions leave wrapped cell lines as extra short rows).
 */
export function isLessonRow(keys: string[], headerCells: number, pdf: boolean): boolean {
  if (isSpanningOrMarkerRow(keys)) return false
  return !pdf || (/^\d{1,3}\.?$/.test(keys[0] ?? '') && keys.length >= headerCells)
}

function isSpanningOrMarkerRow(keys: string[]): boolean {
  const distinct = new Set(keys.filter((key) => key !== ''))
  if (distinct.size <= 1 && keys.length > 1) return true
  return [...distinct].every((key) => /^(\(\d\)\s*)+$/.test(key))
}

/**
 * A `Số tiết` cell (folded): `2`, `02`, `2 tiết` → 2; `Tiết 1, 2` → 2;
 * `Tiết 3-5` → 3; anything else (`hai`, `0`, empty) → undefined. The one
 * reading of periods for every plugin and the host's plan summaries.
 */
export function parsePeriods(key: string): number | undefined {
  const text = key.trim()
  const whole = WHOLE_NUMBER_RE.exec(text)
  if (whole) return Number(whole[1])
  const list = PERIOD_LIST_RE.exec(text)
  if (!list) return undefined
  return list[1].split(/\s*[,;]\s*/).reduce((count, part) => {
    const [from, to] = part.split(/\s*-\s*/).map(Number)
    return count + (to !== undefined && to >= from ? to - from + 1 : 1)
  }, 0)
}

/** The first and last week a `Thời điểm` cell names (folded input). */
export function parseWeeks(key: string): { from: number; to: number } | undefined {
  const weeks: number[] = []
  for (const match of key.matchAll(WEEK_RUN_RE)) {
    weeks.push(Number(match[1]), ...(match[2].match(/\d{1,2}/g) ?? []).map(Number))
  }
  if (weeks.length === 0) {
    const bare = BARE_WEEKS_RE.exec(key.trim())
    if (bare) weeks.push(Number(bare[1]), Number(bare[2] ?? bare[1]))
  }
  const valid = weeks.filter((week) => week >= 1 && week <= 53)
  return valid.length > 0 ? { from: Math.min(...valid), to: Math.max(...valid) } : undefined
}
