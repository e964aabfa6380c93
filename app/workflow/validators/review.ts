import vine from '@vinejs/vine'

/** Returning a document needs a comment that says what to change. */
export const returnValidator = vine.create({
  comment: vine.string().trim().minLength(1).maxLength(5000),
  versionId: vine.number().positive().optional(),
})

export const approveValidator = vine.create({
  comment: vine.string().trim().maxLength(5000).optional(),
  versionId: vine.number().positive().optional(),
})

export const bulkApproveValidator = vine.create({
  documentIds: vine.array(vine.number().positive()).minLength(1).maxLength(200),
})

export const reviewCommentValidator = vine.create({
  body: vine.string().trim().minLength(1).maxLength(5000),
  findingId: vine.number().positive().optional(),
  blockIndex: vine.number().min(0).optional(),
})

export const councilDecisionValidator = vine.create({
  decisionNumber: vine.string().trim().minLength(1).maxLength(60),
  decisionDate: vine.date({ formats: ['YYYY-MM-DD'] }),
})

export const inspectionNoteValidator = vine.create({
  body: vine.string().trim().minLength(1).maxLength(5000),
})
