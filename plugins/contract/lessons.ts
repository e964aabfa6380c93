/*
|--------------------------------------------------------------------------
| Lesson titles compared across plans (PL I, PL III, PL IV)
|--------------------------------------------------------------------------
|
| The same lesson is written differently from one plan to the next:
| `Bài 5. Phân số`, `BÀI 5: PHÂN SỐ`, `Bai 5 - Phan so`, `Phân số` (no
| number), `Ôn tập chương I` / `ÔT chương 1`. A title is split into its
| number (`bai 5`, `chu de 2`) and its name (folded, abbreviations
| expanded, roman chapter numbers made arabic), and names are compared
| token by token with the contract's fuzzy token equality.
*/

import { fold, fuzzyTokenEquals } from './text.js'

export interface LessonKey {
  /** `5` of `Bài 5`, `2` of `Chủ đề 2`, with its unit (`bai`, `chu de`, `tiet`…). */
  number?: string
  /** Folded name tokens, abbreviations expanded. */
  tokens: string[]
}

/** The number prefix teachers put before a lesson name. */
const NUMBER_RE =
  /^(bai|chu de|chuyen de|tiet|chuong|unit|lesson|topic)\s*(?:so\s*)?(\d{1,3}[a-z]?|[ivx]{1,5})\b\s*[.:)\-/,]*\s*/
/** A bare leading number: `5. Phân số`, `12) …`. */
const BARE_NUMBER_RE = /^(\d{1,3})\s*[.:)\-/]\s*/
/** Abbreviations found in programme tables, folded. */
const ABBREVIATIONS: Record<string, string> = {
  ot: 'on tap',
  kt: 'kiem tra',
  ktgk: 'kiem tra giua ki',
  ktck: 'kiem tra cuoi ki',
  gk: 'giua ki',
  ck: 'cuoi ki',
  hk: 'hoc ki',
  hki: 'hoc ki 1',
  hkii: 'hoc ki 2',
  bt: 'bai tap',
  lt: 'luyen tap',
  th: 'thuc hanh',
  tn: 'thi nghiem',
  hd: 'hoat dong',
  tntn: 'trai nghiem',
  cd: 'chu de',
  tt: 'tiep theo',
}
const ROMAN: Record<string, string> = {
  i: '1',
  ii: '2',
  iii: '3',
  iv: '4',
  v: '5',
  vi: '6',
  vii: '7',
  viii: '8',
  ix: '9',
  x: '10',
}

export function lessonKey(title: string): LessonKey {
  let key = fold(title)
    .replace(/[“”"'`]/g, '')
    .trim()
  let number: string | undefined
  const prefixed = NUMBER_RE.exec(key)
  if (prefixed) {
    number = `${prefixed[1]} ${ROMAN[prefixed[2]] ?? prefixed[2]}`
    key = key.slice(prefixed[0].length)
  } else {
    const bare = BARE_NUMBER_RE.exec(key)
    if (bare) {
      number = `bai ${bare[1]}`
      key = key.slice(bare[0].length)
    }
  }
  const tokens = key
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0)
    .flatMap((token) => (ABBREVIATIONS[token] ?? ROMAN[token] ?? token).split(' '))
  return { number, tokens }
}

/**
 * How alike two lesson names are, 0–1: the share of tokens of the shorter
 * name found (up to a few edits in long words) in the longer one.
 */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  /* A 2-word name inside a 9-word one is weaker evidence than an equal name. */
  return (sharedTokens(short, long) / short.length) * Math.min(1, (short.length + 1) / long.length)
}

/** How many tokens of `short` are found in `long`, each token of `long` used once. */
function sharedTokens(short: readonly string[], long: readonly string[]): number {
  const used = new Set<number>()
  let found = 0
  for (const token of short) {
    const at = long.findIndex((other, index) => !used.has(index) && fuzzyTokenEquals(token, other))
    if (at >= 0) {
      used.add(at)
      found++
    }
  }
  return found
}

/** Share of the longer name's tokens found in the other: 1 only for the same words. */
function sameWords(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return sharedTokens(short, long) / long.length
}

/** Same name (or the same number with a close name, or a number alone on one side). */
export function lessonScore(a: LessonKey, b: LessonKey): number {
  const names = nameSimilarity(a.tokens, b.tokens)
  if (a.number !== undefined && a.number === b.number) {
    if (a.tokens.length === 0 || b.tokens.length === 0) return 0.9
    return names >= 0.5 ? Math.max(names, 0.9) : names
  }
  /* Two different numbers: only the same words say it is the same lesson renumbered
     ("Bài 4. Phân số" is not "Bài 8. Số thập phân"). */
  if (a.number !== undefined && b.number !== undefined) return sameWords(a.tokens, b.tokens) * 0.85
  return names
}

/** Scores from here on are the same lesson. */
export const SAME_LESSON = 0.8

export interface LessonMatch<T> {
  /** Every row that is this lesson (a lesson may span rows: `Bài 5 (tiết 1)`, `Bài 5 (tiết 2)`). */
  rows: T[]
  /** The best scoring rows, best first, when none is the lesson (for "the closest planned lessons"). */
  closest: T[]
}

/** Find `title` among `candidates` (titles read with `titleOf`). */
export function findLesson<T>(
  title: string,
  candidates: readonly T[],
  titleOf: (candidate: T) => string,
  closestCount = 3
): LessonMatch<T> {
  const wanted = lessonKey(title)
  const scored = candidates.map((candidate) => ({
    candidate,
    score: lessonScore(wanted, lessonKey(titleOf(candidate))),
  }))
  const rows = scored.filter((entry) => entry.score >= SAME_LESSON).map((entry) => entry.candidate)
  if (rows.length > 0) return { rows, closest: [] }
  const closest = scored
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, closestCount)
    .map((entry) => entry.candidate)
  return { rows: [], closest }
}
