import vine from '@vinejs/vine'
import { kindIds } from '#app/core/registries/kinds'

/**
 * The metadata of a new plan. Which fields a kind requires is checked
 * afterwards against kinds.ts (missingMetadata); the file is checked by the
 * controller (size) and the parser (content), never by its extension.
 */
export const newDocumentValidator = vine.create({
  /* A function: the registry's kinds when the request comes, not when this file loaded. */
  kind: vine.enum(() => kindIds()),
  targetId: vine.number().withoutDecimals(),
  subjectId: vine.number().withoutDecimals().optional(),
  grade: vine.number().withoutDecimals().range([1, 12]).optional(),
  className: vine.string().trim().maxLength(50).optional(),
  lessonTitle: vine.string().trim().maxLength(500).optional(),
  periods: vine.number().withoutDecimals().range([1, 99]).optional(),
  teachingDate: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  teachingWeek: vine.number().withoutDecimals().range([1, 52]).optional(),
})

export const searchValidator = vine.create({
  q: vine.string().trim().maxLength(200).optional(),
  schoolYearId: vine.number().withoutDecimals().optional(),
  kind: vine.enum(() => kindIds()).optional(),
  subjectId: vine.number().withoutDecimals().optional(),
  grade: vine.number().withoutDecimals().range([1, 12]).optional(),
  status: vine.enum(['draft', 'submitted', 'approved', 'returned'] as const).optional(),
  page: vine.number().withoutDecimals().min(1).optional(),
})
