/*
|--------------------------------------------------------------------------
| cv5512:plan-arithmetic — the numbers in PL I / PL III tables add up
|--------------------------------------------------------------------------
|
| `Số tiết` cells hold a positive whole number (`2`, `02`, `2 tiết`, or a
| period list `Tiết 1, 2`); the column total is compared with the yearly
| periods of the subject where known (data tagged [U]: info only); the
| `Thời điểm` weeks of PL III run forward down the table. Cells and rows
| are read with the contract's lesson-table readers (parsePeriods,
| parseWeeks, isLessonRow), as the cross-document plugins and the host's
| plan summaries read them. The four fixed
| assessment rows of PL I are checked by cv5512:structure (profile data).
*/

import { readFile } from 'node:fs/promises'
import {
  compileMatcher,
  definePlugin,
  fold,
  isLessonRow,
  locateTable,
  normalized,
  parsePeriods,
  parseWeeks,
  vine,
  type NormalizedDocument,
  type NormalizedTable,
  type ReportInput,
  type SubmissionMetadata,
} from '../contract.js'

const periodsColumn = compileMatcher({ variants: ['Số tiết'], mode: 'contains' })
const lessonColumn = compileMatcher({
  variants: ['Bài học', 'Bài dạy', 'Tên bài', 'Chủ đề', 'Tên bài học'],
  mode: 'contains',
})
const electiveColumn = compileMatcher({ variants: ['Chuyên đề'], mode: 'contains' })
const weekColumn = compileMatcher({
  variants: ['Thời điểm', 'Tuần', 'Tuần thực hiện'],
  mode: 'contains',
})

let yearly: {
  thcs: Record<string, number>
  thcsByGrade: Record<string, Record<string, number>>
  thpt: Record<string, number>
}

export default definePlugin({
  meta: {
    id: 'cv5512:plan-arithmetic',
    version: '1.0.2',
    title: 'Số tiết và thời điểm trong bảng phân phối chương trình',
    description:
      'Kiểm tra cột Số tiết là số nguyên dương, tổng số tiết so với số tiết cả năm của môn học (tham khảo), và cột Thời điểm (tuần) không giảm dần.',
    kinds: ['pl1', 'pl3'],
    formats: ['docx', 'pdf'],
    severity: 'warning',
    reference: {
      document: 'Công văn 5512/BGDĐT-GDTrH',
      clause: 'Phụ lục I mục II.1 và Phụ lục III mục I.1, cột Số tiết (2) và Thời điểm (3)',
    },
    messages: {
      periodsInvalid: 'Dòng {row} ("{lesson}"): số tiết "{value}" không phải số nguyên dương.',
      totalPeriodsDiffers:
        'Tổng số tiết của bảng phân phối chương trình là {total}, khác số tiết cả năm tham khảo của môn ({expected} tiết).',
      weeksDecreasing:
        'Dòng {row} ("{lesson}"): tuần {week} đứng sau tuần {previous}; thời điểm nên tăng dần.',
    },
    /** compareYearlyTotal: compare the total with the reference yearly periods ([U] data, info only). */
    options: vine.create({ compareYearlyTotal: vine.boolean() }),
    defaultOptions: { compareYearlyTotal: true },
  },

  async setup() {
    yearly = JSON.parse(await readFile(new URL('./yearly_periods.json', import.meta.url), 'utf8'))
  },

  check({ document, submission, options, report }) {
    const pdf = document.format === 'pdf'
    const view = normalized(document)
    for (const table of view.tables) {
      const columns = programmeColumns(table)
      if (!columns) continue
      const total = checkRows(view, table, columns, pdf, report)
      // A PDF text layer splits a long table into pieces: no reliable total.
      if (total !== undefined && !pdf && columns.isProgramme && options.compareYearlyTotal) {
        const expected = yearlyPeriods(submission)
        if (expected !== undefined && total !== expected) {
          report({
            messageId: 'totalPeriodsDiffers',
            data: { total, expected },
            severity: 'info',
            location: locateTable(view, table),
          })
        }
      }
    }
  },
})

interface Columns {
  headerRow: number
  periods: number
  lesson: number
  week: number
  /** The lesson table (not the elective-topics one): its total is the year's. */
  isProgramme: boolean
}

/** A table with a `Số tiết` column and a lesson or topic column in one of its first rows. */
function programmeColumns(table: NormalizedTable): Columns | undefined {
  if (table.layout) return undefined
  for (let row = 0; row < Math.min(3, table.grid.length); row++) {
    const keys = table.grid[row]
    const periods = keys.findIndex((key) => periodsColumn.exact(key))
    const lesson = keys.findIndex((key) => lessonColumn.exact(key))
    const elective = keys.findIndex((key) => electiveColumn.exact(key))
    if (periods < 0 || (lesson < 0 && elective < 0)) continue
    return {
      headerRow: row,
      periods,
      lesson: lesson >= 0 ? lesson : elective,
      week: keys.findIndex((key) => weekColumn.exact(key)),
      isProgramme: lesson >= 0,
    }
  }
  return undefined
}

/** Checks every data row; returns the total of periods when all cells were valid. */
function checkRows(
  view: NormalizedDocument,
  table: NormalizedTable,
  columns: Columns,
  pdf: boolean,
  report: (finding: ReportInput) => void
): number | undefined {
  let total = 0
  let allValid = true
  let previousWeek: number | undefined
  let number = 0
  for (let row = columns.headerRow + 1; row < table.grid.length; row++) {
    const keys = table.grid[row]
    if (!isLessonRow(keys, table.grid[columns.headerRow].length, pdf)) continue
    number++
    const location = locateTable(view, table, row, columns.periods)
    const lesson = (table.texts[row][columns.lesson] ?? '').slice(0, 60)
    const periods = parsePeriods(keys[columns.periods] ?? '')
    if (periods === undefined) {
      allValid = false
      report({
        messageId: 'periodsInvalid',
        data: { row: number, lesson, value: table.texts[row][columns.periods] ?? '' },
        location,
      })
    } else {
      total += periods
    }
    const week = columns.week >= 0 ? parseWeeks(keys[columns.week] ?? '')?.from : undefined
    if (week === undefined) continue
    if (previousWeek !== undefined && week < previousWeek) {
      report({
        messageId: 'weeksDecreasing',
        data: { row: number, lesson, week, previous: previousWeek },
        location: { ...location, cell: columns.week },
      })
    }
    previousWeek = week
  }
  return allValid && number > 0 ? total : undefined
}

function yearlyPeriods(submission: SubmissionMetadata): number | undefined {
  const subject = fold(submission.subject.name)
  if (submission.schoolLevel === 'thpt') return yearly.thpt[subject]
  return yearly.thcs[subject] ?? yearly.thcsByGrade[subject]?.[String(submission.grade)]
}
