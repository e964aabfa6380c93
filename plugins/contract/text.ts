/*
|--------------------------------------------------------------------------
| Text matching helpers shared by every plugin
|--------------------------------------------------------------------------
|
| Real plans differ from the MOET frames in case, accents, tone placement
| (hoà/hòa), spelling (kỳ/kì), numbering style (I./1./A./a)) and PDF text
| layer damage (ƣ for ư, fake-bold doubled letters, lost vowels). Plugins
| compare *keys* built here instead of raw text (spec §9).
*/

/** PDF fonts often map ư/Ư to the Latin letters ƣ/Ƣ (U+01A3/U+01A2). */
const PDF_LETTER_FIXES: Record<string, string> = { ƣ: 'ư', Ƣ: 'Ư' }
const PDF_LETTER_RE = /[ƣƢ]/g

/** Old-style tone placement → new style, so `hoà` and `hòa` compare equal (spec §9.2). */
const TONE_PLACEMENT: Array<[RegExp, string]> = [
  [/òa/g, 'oà'],
  [/óa/g, 'oá'],
  [/ỏa/g, 'oả'],
  [/õa/g, 'oã'],
  [/ọa/g, 'oạ'],
  [/òe/g, 'oè'],
  [/óe/g, 'oé'],
  [/ỏe/g, 'oẻ'],
  [/õe/g, 'oẽ'],
  [/ọe/g, 'oẹ'],
  [/ùy/g, 'uỳ'],
  [/úy/g, 'uý'],
  [/ủy/g, 'uỷ'],
  [/ũy/g, 'uỹ'],
  [/ụy/g, 'uỵ'],
]

/** Spelling pairs accepted as equal (spec §9.3), mapped to the i-form. */
const SPELLING_PAIRS: Array<[RegExp, string]> = [
  [/(^|[^\p{L}])kỳ(?=$|[^\p{L}])/gu, '$1kì'],
  [/(^|[^\p{L}])lý(?=$|[^\p{L}])/gu, '$1lí'],
  [/(^|[^\p{L}])kỹ(?=$|[^\p{L}])/gu, '$1kĩ'],
  [/(^|[^\p{L}])ký(?=$|[^\p{L}])/gu, '$1kí'],
  [/(^|[^\p{L}])mỹ(?=$|[^\p{L}])/gu, '$1mĩ'],
]

/** The same pairs once accents are gone: `ky`→`ki`, `ly`→`li`, `my`→`mi`. */
const FOLDED_SPELLING_RE = /\b([klm])y\b/g

const COMBINING_MARKS_RE = /[\u0300-\u036f]/g
const DASHES_RE = /[‐‑‒–—―−]/g
const SPACES_RE = /\s+/g

/** NFC, PDF letter fixes, collapsed white space: what a reader sees. */
export function cleanText(text: string): string {
  const state = textState(text)
  if (state === 'clean') return text
  let result = state === 'maybeNotNfc' ? text.normalize('NFC') : text
  if (PDF_LETTER_RE.test(result)) {
    PDF_LETTER_RE.lastIndex = 0
    result = result.replace(PDF_LETTER_RE, (letter) => PDF_LETTER_FIXES[letter])
  }
  return result.replace(DASHES_RE, '-').replace(SPACES_RE, ' ').trim()
}

/**
 * One pass deciding whether `cleanText` has anything to do; parser output
 * (already NFC, one space between words) usually has not. A string made
 * only of characters that are NFC in every sequence (Latin-1, Latin
 * Extended A/B, IPA, spacing modifiers, precomposed Vietnamese
 * U+1E00–U+1EFF, common punctuation) needs no ICU call.
 */
function textState(text: string): 'clean' | 'needsReplacing' | 'maybeNotNfc' {
  let state: 'clean' | 'needsReplacing' = 'clean'
  const last = text.length - 1
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) state = 'needsReplacing'
    } else if (code < 0x20 || code === 0x85 || code === 0xa0 || code === 0x1a2 || code === 0x1a3) {
      state = 'needsReplacing'
    } else if (code > 0x2ff && (code < 0x1e00 || code > 0x1eff)) {
      if (code < 0x2010 || code > 0x206f) return 'maybeNotNfc'
      if (
        code <= 0x2015 ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f
      )
        state = 'needsReplacing'
    }
  }
  return state
}

/**
 * Accent-preserving comparison key: lower case, tone placement and
 * spelling pairs unified. `Hòa` and `HOÀ` share it; `Hoa` does not.
 */
export function accentKey(text: string): string {
  let result = cleanText(text).toLowerCase()
  for (const [pattern, replacement] of TONE_PLACEMENT) result = result.replace(pattern, replacement)
  for (const [pattern, replacement] of SPELLING_PAIRS) result = result.replace(pattern, replacement)
  return result
}

/**
 * Accent-free comparison key: the fallback that upper-case headings,
 * unaccented text and damaged PDF text layers still meet.
 * `Học kỳ I` → `hoc ki i`, `ĐÁNH GIÁ` → `danh gia`.
 */
export function fold(text: string): string {
  return foldCleaned(cleanText(text))
}

/**
 * `fold` for text that already went through `cleanText` (the normalized
 * view). The hot path of normalization: non-ASCII letters are replaced
 * through a code table in one pass, copying the ASCII runs between them;
 * a character the table does not cover takes the general path.
 */
export function foldCleaned(text: string): string {
  let folded = ''
  let runStart = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) continue
    const base = code < FOLD_TABLE.length ? FOLD_TABLE[code] : 0
    if (base === 0) return foldGeneral(text)
    folded += text.slice(runStart, i) + String.fromCharCode(base)
    runStart = i + 1
  }
  folded = (folded + text.slice(runStart)).toLowerCase()
  return folded.includes('y') ? folded.replace(FOLDED_SPELLING_RE, '$1i') : folded
}

/** Any text: lower case, then each non-ASCII character through `stripAccent`. */
function foldGeneral(text: string): string {
  return text.toLowerCase().replace(NON_ASCII_RE, stripAccent).replace(FOLDED_SPELLING_RE, '$1i')
}

/* Every UTF-16 code unit outside ASCII. */
const NON_ASCII_RE = /[\u0080-\uffff]/g
const ACCENT_FREE = new Map<string, string>()

/**
 * Code points below U+1F00 (every Vietnamese letter) → the lower-case,
 * accent-free code `foldGeneral` would give, or 0 where one character
 * does not fold to one character (or folds differently in context, like
 * Greek capital sigma), so that `foldCleaned` falls back.
 */
const FOLD_TABLE = buildFoldTable(0x1f00)

function buildFoldTable(size: number): Uint16Array {
  const table = new Uint16Array(size)
  for (let code = 0x80; code < size; code++) {
    const lower = String.fromCharCode(code).toLowerCase()
    const base = lower.length === 1 ? stripAccent(lower) : ''
    table[code] = base.length === 1 ? base.charCodeAt(0) : 0
  }
  table[0x3a3] = 0
  return table
}

/** One lookup per non-ASCII character: much cheaper than NFD + a regex over every string. */
function stripAccent(char: string): string {
  let base = ACCENT_FREE.get(char)
  if (base === undefined) {
    base = char === 'đ' ? 'd' : char.normalize('NFD').replace(COMBINING_MARKS_RE, '')
    ACCENT_FREE.set(char, base)
  }
  return base
}

/**
 * Fake-bold overprinting in PDFs doubles every letter of a heading
 * (`TTẬẬPP`). Collapse words made only of letter pairs when most words of
 * the line look like that, so ordinary double letters survive.
 */
export function undoubleLetters(text: string): string {
  // Cheap exit: a doubled line starts with a doubled character (`TTẬẬPP`, `IIII..`).
  if (text.length < 4 || text[0] !== text[1]) return text
  const words = text.split(' ')
  const candidates = words.filter((word) => word.length >= 2)
  if (candidates.length === 0) return text
  const doubled = candidates.filter(isDoubledWord)
  if (doubled.length / candidates.length < 0.6) return text
  return words.map((word) => (isDoubledWord(word) ? halveWord(word) : word)).join(' ')
}

function isDoubledWord(word: string): boolean {
  if (word.length < 2 || word.length % 2 !== 0) return false
  for (let i = 0; i < word.length; i += 2) {
    if (word[i] !== word[i + 1]) return false
  }
  return true
}

function halveWord(word: string): string {
  let result = ''
  for (let i = 0; i < word.length; i += 2) result += word[i]
  return result
}

/*
|--------------------------------------------------------------------------
| Numbering prefixes
|--------------------------------------------------------------------------
| `I.`, `1)`, `A/`, `a -`, `2.1.`, `IV:` … in any of the separators the
| spec lists (. ) / : - –). Works on folded keys (dashes already `-`).
*/

export type LabelKind = 'roman' | 'arabic' | 'multi' | 'upper' | 'lower'

export interface Numbering {
  label?: string
  labelKind?: LabelKind
  /** The text after the label and its separator. */
  rest: string
}

const NUMBERING_RE =
  /^(?:(?:phan|part)\s+)?(?:(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+|(\d{1,2}(?:\.\d{1,2}){1,3}|[ivx]{1,5}|\d{1,2}|[a-z])\s*[.):/-]\s*)/
const ROMAN_RE = /^[ivx]+$/

/**
 * Split a numbering label from a line. `original` (the cleaned text before
 * folding) tells `A.` (a top-level part) from `a)` (an activity part).
 */
export function stripNumbering(key: string, original?: string): Numbering {
  const match = NUMBERING_RE.exec(key)
  if (!match) return bareRomanLabel(key, original)
  const label = match[1] ?? match[2]
  return { label, labelKind: labelKindOf(label, original), rest: key.slice(match[0].length) }
}

/**
 * `I MỤC TIÊU`, `II THIẾT BỊ DẠY HỌC`: a roman numeral without its dot, on
 * a short line all in capitals (checked on the text itself: `VỊ TRÍ` is a word).
 */
const BARE_ROMAN_RE = /^([IVX]{1,4})\s+(?=\p{Lu})/u

function bareRomanLabel(key: string, original?: string): Numbering {
  const text = original?.trimStart()
  const match = text ? BARE_ROMAN_RE.exec(text) : null
  if (!match || text!.length > 80 || text !== text!.toLocaleUpperCase('vi')) return { rest: key }
  const label = match[1].toLowerCase()
  const rest = key.replace(/^\s*[ivx]{1,4}\s+/, '')
  return { label, labelKind: 'roman', rest }
}

function labelKindOf(label: string, original?: string): LabelKind {
  if (label.includes('.')) return 'multi'
  if (/^\d+$/.test(label)) return 'arabic'
  const firstChar = original?.trimStart().replace(/^(?:phần|mục|part)\s+/i, '')[0]
  const isUpper = firstChar !== undefined && firstChar !== firstChar.toLowerCase()
  if (ROMAN_RE.test(label) && (label.length > 1 || isUpper)) return 'roman'
  return isUpper ? 'upper' : 'lower'
}

/** Term labels: `Giữa Học kỳ 1`, `Giữa HK1`, `GHKI`, `Cuối kì II` → `g1`, `c2`. */
export function termKey(text: string): string {
  const compact = fold(text).replace(/[^a-z0-9]/g, '')
  const match = /^(giua|cuoi|g|c)(?:hocki|hk|ki)?(1|2|ii|i)$/.exec(compact)
  if (!match) return compact
  const moment = match[1].startsWith('g') ? 'g' : 'c'
  const term = match[2] === '1' || match[2] === 'i' ? '1' : '2'
  return moment + term
}

/*
|--------------------------------------------------------------------------
| Placeholders
|--------------------------------------------------------------------------
| Runs of dots, ellipses or underscores, and `{{field}}` markers, stand for
| blanks teachers should fill (spec §9.6).
*/

/**
 * A blank: four or more dots, two or more ellipses, three underscores, a
 * `{{field}}` marker or spaced dots. A single `...` or `…` after words is
 * an "etc." (`tại thực địa...`), not a blank — unless it is a field value.
 */
export const PLACEHOLDER_RE = /\.{4,}|…(?:\s*[….])+|\.{3}\s*…|_{3,}|\{\{[^}]*\}\}|(?:\.\s){3,}/g
const SHORT_FIELD_BLANK_RE = /:\s*(?:\.{3}|…)\s*(?:[;,]|$)/

export function hasPlaceholder(text: string): boolean {
  PLACEHOLDER_RE.lastIndex = 0
  const found = PLACEHOLDER_RE.test(text) || SHORT_FIELD_BLANK_RE.test(text)
  PLACEHOLDER_RE.lastIndex = 0
  return found
}

/** True when nothing but placeholders, punctuation and spaces remain. */
export function isBlankValue(text: string): boolean {
  return text.replace(PLACEHOLDER_RE, '').replace(/[\s.,;:…_()\-/]/g, '').length === 0
}

/*
|--------------------------------------------------------------------------
| Phrase matching on folded keys
|--------------------------------------------------------------------------
*/

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[a-z0-9]/.test(char)
}

/** `key` begins with `phrase` and the phrase ends on a word boundary. */
export function startsWithPhrase(key: string, phrase: string): boolean {
  return key.startsWith(phrase) && !isWordChar(key[phrase.length])
}

/** `phrase` occurs in `key` on word boundaries. */
export function containsPhrase(key: string, phrase: string): boolean {
  let from = key.indexOf(phrase)
  while (from !== -1) {
    if (!isWordChar(key[from - 1]) && !isWordChar(key[from + phrase.length])) return true
    from = key.indexOf(phrase, from + 1)
  }
  return false
}

/** Levenshtein distance, giving up (returning max + 1) beyond `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      rowMin = Math.min(rowMin, current[j])
    }
    if (rowMin > max) return max + 1
    previous = current
  }
  return previous[b.length]
}

/** Allowed edits for one accent-stripped token: long words only (spec §9.7). */
function tokenAllowance(length: number): number {
  if (length >= 6) return 2
  if (length >= 4) return 1
  return 0
}

export function fuzzyTokenEquals(a: string, b: string): boolean {
  if (a === b) return true
  const allowance = tokenAllowance(Math.max(a.length, b.length))
  return allowance > 0 && editDistance(a, b, allowance) <= allowance
}

/** `key` begins with the tokens of `phrase`, each equal up to a few edits. */
export function fuzzyStartsWithPhrase(key: string, phrase: string): boolean {
  const phraseTokens = phrase.split(' ')
  const keyTokens = key.split(' ', phraseTokens.length)
  if (keyTokens.length < phraseTokens.length) return false
  let edited = 0
  for (let i = 0; i < phraseTokens.length; i++) {
    const keyToken =
      i === phraseTokens.length - 1 ? keyTokens[i].replace(/[:;,.]+$/, '') : keyTokens[i]
    if (keyToken === phraseTokens[i]) continue
    if (!fuzzyTokenEquals(keyToken, phraseTokens[i])) return false
    edited++
  }
  // Every token differing is a different phrase, not a damaged one.
  return edited <= Math.max(1, Math.floor(phraseTokens.length / 2))
}

export type MatchQuality = 'exact' | 'folded' | 'fuzzy'

/**
 * How well `text` begins with `phrase`: `exact` (same letters and accents
 * up to case, tone placement and spelling pairs), `folded` (same letters
 * without accents) or `fuzzy` (a few edits in long words); null otherwise.
 */
export function matchPhrase(text: string, phrase: string): MatchQuality | null {
  const textKey = accentKey(text)
  const phraseAccentKey = accentKey(phrase)
  if (
    textKey.startsWith(phraseAccentKey) &&
    !/[\p{L}\d]/u.test(textKey[phraseAccentKey.length] ?? '')
  ) {
    return 'exact'
  }
  const folded = fold(text)
  const foldedPhrase = fold(phrase)
  if (startsWithPhrase(folded, foldedPhrase)) return 'folded'
  if (fuzzyStartsWithPhrase(folded, foldedPhrase)) return 'fuzzy'
  return null
}
