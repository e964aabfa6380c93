/*
|--------------------------------------------------------------------------
| The summary of a related plan that plugins receive
|--------------------------------------------------------------------------
|
| Only what a cross-document check compares: per lesson row its title,
| periods, planned weeks and row number, and the total. Pure (no
| database), so the benchmark measures it alone.
*/
import { lessonTable, type DocumentModel, type PlannedLesson } from '#plugins/contract'

export interface Summary {
  lessons: PlannedLesson[]
  totalPeriods?: number
}

/** Only what a plugin compares: title, periods, weeks, row. */
export function summarizeLessons(model: DocumentModel): Summary {
  const table = lessonTable(model)
  const lessons = table.lessons.map(({ title, periods, weeks, row }) => ({
    title,
    row,
    ...(periods !== undefined ? { periods } : {}),
    ...(weeks ? { weeks } : {}),
  }))
  return table.totalPeriods !== undefined
    ? { lessons, totalPeriods: table.totalPeriods }
    : { lessons }
}
