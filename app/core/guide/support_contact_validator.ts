import vine from '@vinejs/vine'

/** The help contact form (/admin/support). A hotline is digits with the usual separators. */
export const supportContactValidator = vine.create({
  hotline: vine
    .string()
    .trim()
    .minLength(3)
    .maxLength(40)
    .regex(/^[0-9 .+()-]+$/),
  email: vine.string().trim().email().maxLength(254).optional(),
  unitName: vine.string().trim().minLength(2).maxLength(255),
  hours: vine.string().trim().maxLength(255).optional(),
})
