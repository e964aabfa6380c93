import vine from '@vinejs/vine'

/**
 * A school year's breaks (Tết, mid-term…): each a name and a date range,
 * the end on or after the start. Rows left wholly empty on the form are
 * dropped before validation (see SchoolYearHolidaysController).
 */
export const holidaysValidator = vine.create({
  holidays: vine
    .array(
      vine.object({
        name: vine.string().trim().minLength(2).maxLength(80),
        from: vine.date({ formats: ['YYYY-MM-DD'] }),
        to: vine.date({ formats: ['YYYY-MM-DD'] }).afterOrSameAs('from'),
      })
    )
    .maxLength(20),
})
