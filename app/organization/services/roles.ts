/** The status of an approved record; teachers see their group's plans only once approved. */
export const APPROVED_STATUS = 'approved'
