/*
|--------------------------------------------------------------------------
| Where the words were found: a short excerpt of a result's text
|--------------------------------------------------------------------------
|
| A search result shows the passage of the plan's text that holds the most
| of the words typed, with those words marked, so a reader sees why a plan
| matched without opening it. Words are typed without diacritics ("hinh
| thanh kien thuc"), the text has them ("hình thành kiến thức"), so each
| folded word becomes a pattern in which every base letter also accepts its
| Vietnamese forms; it matches the same words the index does (whole words,
| the last one as a prefix).
*/
import { foldedTerms } from './text_folding.js'

export interface SnippetPart {
  text: string
  /** One of the searched words. */
  hit: boolean
}

export interface Snippet {
  parts: SnippetPart[]
  /** Text was cut before / after the excerpt. */
  cutBefore: boolean
  cutAfter: boolean
}

/** Characters of context on each side of the first word of the excerpt. */
const RADIUS = 90
/** Occurrences looked at per word (a word found on every line needs no more). */
const MAX_OCCURRENCES = 100

const LETTER_FORMS: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
  d: 'dđ',
}

/** "hoach" → a case-insensitive pattern matching the word "hoạch", "HOẠCH", "hoach"… */
function wordPattern(term: string, prefix: boolean): RegExp {
  const letters = [...term].map((ch) => (LETTER_FORMS[ch] ? `[${LETTER_FORMS[ch]}]` : ch)).join('')
  /* A prefix marks the whole word it starts ("s" → "số"), as a whole word must end where the word does. */
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${letters}${prefix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])'}`,
    'giu'
  )
}

interface Hit {
  start: number
  end: number
  term: number
}

function hitsOf(text: string, terms: string[]): Hit[] {
  const hits: Hit[] = []
  terms.forEach((term, index) => {
    const pattern = wordPattern(term, index === terms.length - 1)
    let count = 0
    for (const match of text.matchAll(pattern)) {
      hits.push({ start: match.index, end: match.index + match[0].length, term: index })
      if (++count >= MAX_OCCURRENCES) break
    }
  })
  return hits.sort((a, b) => a.start - b.start)
}

/** The window (start of its first hit) holding the most distinct words; the earliest on a tie. */
function bestWindow(hits: Hit[]): number {
  let best = 0
  let bestCount = 0
  for (let i = 0; i < hits.length; i++) {
    const terms = new Set<number>()
    for (let j = i; j < hits.length && hits[j].end - hits[i].start <= RADIUS * 2; j++)
      terms.add(hits[j].term)
    if (terms.size > bestCount) {
      best = i
      bestCount = terms.size
    }
  }
  return best
}

/** Moves a cut to the next space (a start) or the previous one (an end) so no word is split. */
function atSpace(text: string, position: number, towardsEnd: boolean): number {
  if (position <= 0 || position >= text.length) return Math.max(0, Math.min(position, text.length))
  const space = towardsEnd ? text.lastIndexOf(' ', position) : text.indexOf(' ', position)
  return space === -1 ? position : towardsEnd ? space : space + 1
}

/** The excerpt of `text` around the searched words, or null when none of them is in it. */
export function snippetOf(text: string | null | undefined, query: string): Snippet | null {
  const terms = foldedTerms(query)
  if (!text || terms.length === 0) return null
  const hits = hitsOf(text, terms)
  if (hits.length === 0) return null

  const first = hits[bestWindow(hits)]
  const start = atSpace(text, first.start - RADIUS, false)
  const end = atSpace(text, first.start + RADIUS * 2, true)
  const parts: SnippetPart[] = []
  let at = start
  for (const hit of hits) {
    if (hit.start < at || hit.end > end) continue
    if (hit.start > at) parts.push({ text: text.slice(at, hit.start), hit: false })
    parts.push({ text: text.slice(hit.start, hit.end), hit: true })
    at = hit.end
  }
  if (at < end) parts.push({ text: text.slice(at, end), hit: false })
  /* Line breaks of the plan become spaces: the excerpt is one short paragraph. */
  for (const part of parts) part.text = part.text.replace(/\s+/g, ' ')
  return { parts, cutBefore: start > 0, cutAfter: end < text.length }
}
