/*
|--------------------------------------------------------------------------
| Text clean-up shared by the DOCX and PDF readers
|--------------------------------------------------------------------------
*/

/** NFC (Word on macOS and some PDFs produce NFD), one space between words, no edge spaces. */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim()
}

/**
 * Repairs PDF text-layer defects listed in spec §9.7: `ƣ`/`Ƣ` (a broken font
 * map) for `ư`/`Ư`. Doubled letters are handled separately (only in headings).
 */
export function repairPdfCharacters(text: string): string {
  return text.replaceAll('ƣ', 'ư').replaceAll('Ƣ', 'Ư')
}

/**
 * Fake bold by overprinting makes extractors emit each letter twice
 * ("TTẬẬPP"). When nearly every letter of a line is doubled, undouble it.
 * Words that are legitimately doubled ("Toán", "hoàng") never reach the
 * threshold, because the test looks at the whole line.
 */
export function undoubleCharacters(line: string): string {
  const chars = [...line]
  let letters = 0
  let doubled = 0
  for (let i = 0; i < chars.length; i++) {
    if (!/\p{L}/u.test(chars[i])) continue
    letters++
    if (chars[i + 1] === chars[i]) {
      doubled += 2
      letters++
      i++
    }
  }
  if (letters < 4 || doubled / letters < 0.9) return line
  return chars
    .filter((ch, i) => !(/\p{L}/u.test(ch) && chars[i - 1] === ch && isPairStart(chars, i - 1)))
    .join('')
}

/** True when chars[i] starts a doubled pair (counting pairs from the start of the run). */
function isPairStart(chars: string[], i: number): boolean {
  let run = 0
  while (i - run - 1 >= 0 && chars[i - run - 1] === chars[i]) run++
  return run % 2 === 0
}
