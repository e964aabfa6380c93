/*
|--------------------------------------------------------------------------
| Clean-up of text read from a PDF text layer
|--------------------------------------------------------------------------
|
| ƣ → ư, letters doubled by fake bold undone, NFC and single spaces. Runs
| on every paragraph and table cell, so the doubled-letter repair (a walk
| over every character) only runs on text that has a doubled letter.
*/
import { isUpperCase } from './heading_inference.js'
import { normalizeText, repairPdfCharacters, undoubleCharacters } from './text_normalization.js'

const DOUBLED_LETTER = /(\p{L})\1/u
const LOWER_CASE_LETTER = /\p{Ll}/u

export function repairPdfText(raw: string): string {
  const text = repairPdfCharacters(raw)
  return normalizeText(DOUBLED_LETTER.test(text) ? undoubleCharacters(text) : text)
}

/** isUpperCase, answered at once for the usual line with a lower-case letter. */
export function isAllCaps(text: string): boolean {
  return !LOWER_CASE_LETTER.test(text) && isUpperCase(text)
}
