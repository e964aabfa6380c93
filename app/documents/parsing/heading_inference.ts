/*
|--------------------------------------------------------------------------
| Which lines are headings, and at what level
|--------------------------------------------------------------------------
|
| Word styles ("Heading 1", "Tiêu đề 1") decide when present. Otherwise a
| line counts as a heading when it is short, looks emphasised (bold or
| upper case) and starts with a section number: "I." / "A." → level 1,
| "1." → level 2, "1.1." / "a)" → level 3. A bold upper-case line without
| a number (a title such as "KẾ HOẠCH DẠY HỌC…") is level 1.
*/

const MAX_HEADING_LENGTH = 160

export interface HeadingCandidate {
  text: string
  styleName?: string | null
  bold?: boolean
}

export interface NumberingPrefix {
  label: string
  level: number
  kind: 'roman' | 'upperLetter' | 'arabic' | 'decimalPath' | 'lowerLetter'
}

const PREFIXES: Array<{ pattern: RegExp; level: number; kind: NumberingPrefix['kind'] }> = [
  { pattern: /^((?:X{0,3})(?:IX|IV|V?I{0,3}))\s*[.)/:-]\s+/, level: 1, kind: 'roman' },
  { pattern: /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+/, level: 3, kind: 'decimalPath' },
  { pattern: /^(\d{1,2})\s*[.)/:](?!\d)\s*/, level: 2, kind: 'arabic' },
  { pattern: /^([A-HĐ])\s*[.)/]\s+/, level: 1, kind: 'upperLetter' },
  { pattern: /^([a-hđ])\s*[.)/]\s+/, level: 3, kind: 'lowerLetter' },
]

/** The section number a line starts with ("II.", "2.", "2.1.", "a)"), if any. */
export function numberingPrefix(text: string): NumberingPrefix | undefined {
  for (const { pattern, level, kind } of PREFIXES) {
    const match = pattern.exec(text)
    if (match && match[1]) return { label: match[0].trim(), level, kind }
  }
  return undefined
}

/** Level from a Word paragraph style name, e.g. "Heading 2", "heading 2", "Tiêu đề 2", "Title". */
function headingLevelFromStyle(styleName: string | null | undefined): number | undefined {
  if (!styleName) return undefined
  const match = /^(?:heading|tiêu đề|tieu de|đề mục)\s*(\d)$/i.exec(styleName.trim())
  if (match) return Number(match[1])
  return /^(title|tiêu đề)$/i.test(styleName.trim()) ? 1 : undefined
}

export function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '')
  return (
    letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  )
}

/** Heading level for a paragraph, or undefined for body text. */
export function inferHeadingLevel(candidate: HeadingCandidate): number | undefined {
  const fromStyle = headingLevelFromStyle(candidate.styleName)
  if (fromStyle) return fromStyle
  const text = candidate.text
  if (!text || text.length > MAX_HEADING_LENGTH) return undefined
  const upper = isUpperCase(text)
  if (!candidate.bold && !upper) return undefined
  const prefix = numberingPrefix(text)
  if (prefix) return prefix.kind === 'lowerLetter' && !candidate.bold ? undefined : prefix.level
  if (/^(hoạt động|hoat dong)\s+\d/i.test(text)) return 2
  return candidate.bold && upper && text.length <= 120 ? 1 : undefined
}
