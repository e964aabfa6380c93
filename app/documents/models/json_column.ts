/**
 * JSON columns stored as text: SQLite hands back strings, PostgreSQL text
 * columns too; one pair of functions keeps both dialects alike.
 */
export const jsonColumn = {
  prepare: (value: unknown) =>
    value === undefined || value === null ? null : JSON.stringify(value),
  consume: (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value),
}
