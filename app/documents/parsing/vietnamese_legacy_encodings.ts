/*
|--------------------------------------------------------------------------
| TCVN3 (ABC) and VNI-Windows: legacy Vietnamese font encodings
|--------------------------------------------------------------------------
|
| Before Unicode, Vietnamese documents used 8-bit fonts (".VnTime" for
| TCVN3, "VNI-Times" for VNI). The file stores Latin-1 characters that only
| the font draws as Vietnamese letters, so mammoth and pdf-parse read
| "Tr­êng" instead of "Trường". No well-kept npm package carries these
| tables, and they are small and fixed, so they live here.
|
| TCVN3: one byte per letter; upper-case accented letters exist only in the
| companion "H" fonts (.VnTimeH), which draw the lower-case codes as capitals.
| VNI: a base letter followed by one or two mark characters ("Tröôøng").
*/

export type LegacyEncoding = 'tcvn3' | 'vni'

/* ---------------------------------------------------------------- TCVN3 */

const TCVN3_UNICODE = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ'
const TCVN3_CODES =
  'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâäå«èæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦'

const TCVN3_DECODE = new Map([...TCVN3_CODES].map((code, i) => [code, [...TCVN3_UNICODE][i]]))
const TCVN3_ENCODE = new Map([...TCVN3_UNICODE].map((letter, i) => [letter, [...TCVN3_CODES][i]]))

export function decodeTcvn3(text: string): string {
  let out = ''
  for (const ch of text) out += TCVN3_DECODE.get(ch) ?? ch
  return out
}

/** Encodes for a lower-case TCVN3 font; capitals without a code fall back to their lower-case code (draw them with an "H" font). */
export function encodeTcvn3(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC'))
    out += TCVN3_ENCODE.get(ch) ?? TCVN3_ENCODE.get(ch.toLowerCase()) ?? ch
  return out
}

/* ------------------------------------------------------------------ VNI */

/** Tone marks in the order sắc, huyền, hỏi, ngã, nặng, for each kind of base. */
const VNI_TONES = {
  plain: { lower: 'ùøûõï', upper: 'ÙØÛÕÏ' },
  circumflex: { lower: 'áàåãä', upper: 'ÁÀÅÃÄ' },
  breve: { lower: 'éèúüë', upper: 'ÉÈÚÜË' },
}
const TONE_COMBINING = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323']

/** Unicode base letter → VNI spelling and which tone row applies to it. */
const VNI_BASES: Array<[string, string, keyof typeof VNI_TONES]> = [
  ['a', 'a', 'plain'],
  ['ă', 'aê', 'breve'],
  ['â', 'aâ', 'circumflex'],
  ['e', 'e', 'plain'],
  ['ê', 'eâ', 'circumflex'],
  ['o', 'o', 'plain'],
  ['ô', 'oâ', 'circumflex'],
  ['ơ', 'ô', 'plain'],
  ['u', 'u', 'plain'],
  ['ư', 'ö', 'plain'],
  ['y', 'y', 'plain'],
  ['A', 'A', 'plain'],
  ['Ă', 'AÊ', 'breve'],
  ['Â', 'AÂ', 'circumflex'],
  ['E', 'E', 'plain'],
  ['Ê', 'EÂ', 'circumflex'],
  ['O', 'O', 'plain'],
  ['Ô', 'OÂ', 'circumflex'],
  ['Ơ', 'Ô', 'plain'],
  ['U', 'U', 'plain'],
  ['Ư', 'Ö', 'plain'],
  ['Y', 'Y', 'plain'],
]

/** Letters VNI writes as a single character. */
const VNI_SINGLES: Array<[string, string]> = [
  ['í', 'í'],
  ['ì', 'ì'],
  ['ỉ', 'æ'],
  ['ĩ', 'ó'],
  ['ị', 'ò'],
  ['ỵ', 'î'],
  ['đ', 'ñ'],
  ['Í', 'Í'],
  ['Ì', 'Ì'],
  ['Ỉ', 'Æ'],
  ['Ĩ', 'Ó'],
  ['Ị', 'Ò'],
  ['Ỵ', 'Î'],
  ['Đ', 'Ñ'],
]

function buildVniTable(): Map<string, string> {
  const table = new Map<string, string>(VNI_SINGLES)
  for (const [letter, spelling, row] of VNI_BASES) {
    const upper = letter !== letter.toLowerCase()
    const tones = upper ? VNI_TONES[row].upper : VNI_TONES[row].lower
    // The circumflex/breve mark is replaced by the combined mark+tone character.
    const stem = row === 'plain' ? spelling : spelling.slice(0, -1)
    if (spelling !== letter) table.set(letter, spelling)
    TONE_COMBINING.forEach((tone, i) => {
      const toned = (letter + tone).normalize('NFC')
      if (toned !== 'ỵ' && toned !== 'Ỵ') table.set(toned, stem + tones[i])
    })
  }
  return table
}

const VNI_ENCODE = buildVniTable()
const VNI_DECODE = new Map([...VNI_ENCODE].map(([letter, code]) => [code, letter]))
/** Longest sequences first so "oâ" (ô) wins over "o" + "â". */
const VNI_PATTERN = new RegExp(
  [...VNI_DECODE.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g'
)

export function decodeVni(text: string): string {
  return text.replace(VNI_PATTERN, (code) => VNI_DECODE.get(code) ?? code)
}

export function encodeVni(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC')) out += VNI_ENCODE.get(ch) ?? ch
  return out
}

/* ------------------------------------------------------------ detection */

/** Encoding implied by a font name (".VnTime", ".VnArialH", "VNI-Times"), if any. */
export function encodingOfFont(font: string | null | undefined): LegacyEncoding | undefined {
  if (!font) return undefined
  if (/^\.?vn/i.test(font) && font.startsWith('.')) return 'tcvn3'
  if (/^vni[-\s]/i.test(font)) return 'vni'
  return undefined
}

/** ".VnTimeH", ".VnArialH": TCVN3 capital fonts that draw lower-case codes as capitals. */
export function isTcvn3CapitalFont(font: string | null | undefined): boolean {
  return !!font && font.startsWith('.') && /H$/.test(font)
}

/** Letters outside Latin-1, which neither legacy encoding can contain. */
const UNICODE_VIETNAMESE = /[ăđĩũơưĂĐĨŨƠƯ\u1EA0-\u1EF9]/gu
const TCVN3_EVIDENCE = /[\u00A1-\u00BF]/g
const VNI_EVIDENCE = /[aeoAEO][âÂêÊ]|[aeouyAEOUYôÔöÖ][ùøûõïÙØÛÕÏ]|[öÖñÑ]/g

/**
 * Guesses a legacy encoding from the text alone: real Unicode Vietnamese has
 * its own letters; TCVN3 text is full of Latin-1 symbols (µ ¸ ¶ ­ ¬ ª),
 * VNI text of vowel + mark pairs ("aø", "eâ").
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | undefined {
  const tcvn3 = text.match(TCVN3_EVIDENCE)?.length ?? 0
  const vni = text.match(VNI_EVIDENCE)?.length ?? 0
  /* A Unicode document (nearly every one) is settled here, after a few of its letters. */
  if (hasMoreThan(text, UNICODE_VIETNAMESE, (tcvn3 + vni) / 4)) return undefined
  const letters = text.length - text.replace(/\p{L}/gu, '').length
  if (letters < 20) return undefined
  if (tcvn3 / letters > 0.03 && tcvn3 > vni) return 'tcvn3'
  if (vni / letters > 0.03) return 'vni'
  return undefined
}

/** Whether `pattern` (global) matches `text` more than `limit` times; stops counting there. */
function hasMoreThan(text: string, pattern: RegExp, limit: number): boolean {
  pattern.lastIndex = 0
  let count = 0
  while (pattern.exec(text)) {
    count += 1
    if (count > limit) {
      pattern.lastIndex = 0
      return true
    }
  }
  return false
}

/** Whether the text has a Vietnamese letter that only Unicode can hold (so it is not legacy-encoded). */
export function hasUnicodeOnlyLetters(text: string): boolean {
  UNICODE_VIETNAMESE.lastIndex = 0
  return UNICODE_VIETNAMESE.test(text)
}

/** How many marks of `encoding` the text carries. */
export function legacyEvidence(text: string, encoding: LegacyEncoding): number {
  return text.match(encoding === 'tcvn3' ? TCVN3_EVIDENCE : VNI_EVIDENCE)?.length ?? 0
}

export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? decodeTcvn3(text) : decodeVni(text)
}
