/*
|--------------------------------------------------------------------------
| Legacy-font runs of a DOCX paragraph → Unicode
|--------------------------------------------------------------------------
|
| A run drawn with a TCVN3 or VNI font stores that font's Latin-1 codes;
| Word shows Vietnamese only because the font draws them so. Decoding is
| decided per paragraph and encoding, over the runs in that font:
|
| - text holding letters that only Unicode has (ư, ơ, ạ…) was typed in
|   Unicode: the font is missing on the writer's machine and Word drew the
|   text with a substitute, so it is left as it is;
| - a font the run names itself is trusted;
| - a font the run only inherits (from a style or the document defaults,
|   which old templates set once) is trusted when the text carries the
|   encoding's own marks, since a Unicode writer keeps such templates too.
*/
import {
  decodeLegacy,
  encodingOfFont,
  hasUnicodeOnlyLetters,
  isTcvn3CapitalFont,
  legacyEvidence,
  type LegacyEncoding,
} from './vietnamese_legacy_encodings.js'

export interface RunText {
  text: string
  bold: boolean
  /** The font that draws the text (named or inherited), null for tabs and breaks. */
  font: string | null
  /** The run (or its character style) names the font itself. */
  fontNamed: boolean
}

/** Inherited fonts need at least this much evidence in the paragraph's text. */
const MIN_EVIDENCE = 2

export function decodeParagraphRuns(runs: RunText[]): {
  runs: RunText[]
  encodings: Set<LegacyEncoding>
} {
  const encodings = new Set<LegacyEncoding>()
  const byEncoding = new Map<LegacyEncoding, RunText[]>()
  for (const run of runs) {
    const encoding = encodingOfFont(run.font)
    if (encoding) byEncoding.set(encoding, [...(byEncoding.get(encoding) ?? []), run])
  }
  if (byEncoding.size === 0) return { runs, encodings }
  const decoded = new Set<RunText>()
  for (const [encoding, legacyRuns] of byEncoding) {
    const text = legacyRuns.map((r) => r.text).join('')
    if (hasUnicodeOnlyLetters(text)) continue
    const trusted =
      legacyRuns.every((r) => r.fontNamed) || legacyEvidence(text, encoding) >= MIN_EVIDENCE
    if (!trusted) continue
    encodings.add(encoding)
    for (const run of legacyRuns) decoded.add(run)
  }
  return {
    runs: runs.map((run) => (decoded.has(run) ? { ...run, text: decodeRun(run) } : run)),
    encodings,
  }
}

function decodeRun(run: RunText): string {
  const text = decodeLegacy(run.text, encodingOfFont(run.font)!)
  return isTcvn3CapitalFont(run.font) ? text.toUpperCase() : text
}
