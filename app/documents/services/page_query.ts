/*
|--------------------------------------------------------------------------
| One page of a large list, without counting all of it
|--------------------------------------------------------------------------
|
| An exact count(*) reads every row of the scope: 300,000 documents for
| the department. A person only needs "about how many" once there are more
| than a thousand, and the pager only needs "is there a next page", so the
| matches are counted up to COUNT_CAP.
|
| Those same (at most COUNT_CAP + 1) matching ids then choose the plan of
| the page itself, which the database cannot know in advance (how many of
| a search's matches fall inside an office's 20 schools?):
| - few matches (≤ COUNT_CAP): the page is cut from exactly those ids;
| - many matches: walking in date order finds a page's worth quickly.
*/
import db from '@adonisjs/lucid/services/db'

export const COUNT_CAP = 1000

/** A page of rows, whether another follows, and the number of matches up to COUNT_CAP. */
export interface Page<T> {
  items: T[]
  page: number
  perPage: number
  hasMore: boolean
  /** Exact when `totalIsCapped` is false; otherwise "more than COUNT_CAP". */
  total: number
  totalIsCapped: boolean
}

/** The minimal surface of a Lucid (model or database) query builder this needs. */
interface PageableQuery<T> extends PromiseLike<T[]> {
  clone(): PageableQuery<T>
  clearOrder(): PageableQuery<T>
  clearSelect(): PageableQuery<T>
  clearLimit(): PageableQuery<T>
  clearOffset(): PageableQuery<T>
  select(...columns: any[]): PageableQuery<T>
  whereIn(column: string, values: number[]): PageableQuery<T>
  offset(n: number): PageableQuery<T>
  limit(n: number): PageableQuery<T>
  as(alias: string): any
}

/**
 * Page `page` of `query` (already filtered, ordered and selected); `idColumn`
 * is its unique id column (e.g. 'documents.id').
 */
export async function fetchPage<T>(
  query: PageableQuery<T>,
  page: number,
  perPage: number,
  idColumn: string
): Promise<Page<T>> {
  const current = Math.max(1, Math.floor(page) || 1)
  const matchIds = await idsUpToCap(query, idColumn)
  const totalIsCapped = matchIds.length > COUNT_CAP
  if (matchIds.length === 0)
    return { items: [], page: current, perPage, hasMore: false, total: 0, totalIsCapped }

  const pageQuery = totalIsCapped ? query.clone() : query.clone().whereIn(idColumn, matchIds)
  const rows = await pageQuery.offset((current - 1) * perPage).limit(perPage + 1)
  return {
    items: rows.slice(0, perPage),
    page: current,
    perPage,
    hasMore: rows.length > perPage,
    total: totalIsCapped ? COUNT_CAP + 1 : matchIds.length,
    totalIsCapped,
  }
}

/** Ids of the query's rows in no particular order (the cheapest plan), at most COUNT_CAP + 1 of them. */
async function idsUpToCap(query: PageableQuery<unknown>, idColumn: string): Promise<number[]> {
  const capped = query
    .clone()
    .clearOrder()
    .clearSelect()
    .clearLimit()
    .clearOffset()
    .select(`${idColumn} as match_id`)
    .limit(COUNT_CAP + 1)
  const rows = await db.from(capped.as('capped')).select('match_id')
  return rows.map((row) => Number(row.match_id))
}
