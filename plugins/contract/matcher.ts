/*
|--------------------------------------------------------------------------
| Phrase matchers compiled once from variant wordings
|--------------------------------------------------------------------------
|
| Exact (folded) matching is cheap and tried on every line; the fuzzy pass
| (a few edits in long words, for damaged PDF text) is kept separate so
| callers run it only where exact matching found nothing.
*/

import { containsPhrase, fold, fuzzyStartsWithPhrase, startsWithPhrase } from './text.js'

export interface MatcherSpec {
  /** Wordings as written in the frames; compared folded. */
  variants: readonly string[]
  /** Regular expressions tested against the folded text. */
  patterns?: readonly string[]
  /** `start`: the text begins with a variant (headings); `contains`: anywhere. */
  mode?: 'start' | 'contains'
}

export interface Matcher {
  /** Folded `key` matches a variant or pattern exactly. */
  exact: (key: string) => boolean
  /** Folded `key` begins with a variant up to a few edits (start mode only). */
  fuzzy: (key: string) => boolean
  /** exact || fuzzy. */
  test: (key: string) => boolean
  /**
   * False when no variant occurs anywhere in `text` (e.g. a view's
   * `fullKey`), so a scan of every line for exact matches can be skipped.
   */
  mayOccurIn: (text: string) => boolean
}

/** Compile variants once; the returned functions take folded keys. */
export function compileMatcher(spec: MatcherSpec): Matcher {
  const variants = [...new Set(spec.variants.map(fold))].filter((variant) => variant.length > 0)
  const patterns = (spec.patterns ?? []).map((pattern) => new RegExp(pattern))
  const startMode = (spec.mode ?? 'start') === 'start'
  const exact = (key: string) => {
    for (const variant of variants) {
      if (startMode ? startsWithPhrase(key, variant) : containsPhrase(key, variant)) return true
    }
    for (const pattern of patterns) if (pattern.test(key)) return true
    return false
  }
  const fuzzy = (key: string) => {
    if (!startMode) return false
    for (const variant of variants)
      if (variant.length >= 6 && fuzzyStartsWithPhrase(key, variant)) return true
    return false
  }
  const mayOccurIn = (text: string) =>
    patterns.length > 0 || variants.some((variant) => text.includes(variant))
  return { exact, fuzzy, test: (key) => exact(key) || fuzzy(key), mayOccurIn }
}
