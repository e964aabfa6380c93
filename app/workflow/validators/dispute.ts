import vine from '@vinejs/vine'

/** A dispute's reason and a decision's comment are short: one or two sentences, not a letter. */
export const DISPUTE_REASON_MAX = 500

export const disputeValidator = vine.create({
  findingId: vine.number().withoutDecimals().positive(),
  reason: vine.string().trim().minLength(1).maxLength(DISPUTE_REASON_MAX),
})

export const acceptDisputeValidator = vine.create({
  comment: vine.string().trim().maxLength(DISPUTE_REASON_MAX).optional(),
})

/** Upholding returns the plan, so the teacher must read why. */
export const upholdDisputeValidator = vine.create({
  comment: vine.string().trim().minLength(1).maxLength(DISPUTE_REASON_MAX),
})
