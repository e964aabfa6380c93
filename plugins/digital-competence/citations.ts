/*
|--------------------------------------------------------------------------
| Digital-competence codes as teachers write them
|--------------------------------------------------------------------------
|
| Canonical `1.1.TC1a`; also `NLS 1.1.TC1a`, `(Mã NLS: 1.1.TC1a)`,
| `1.1. TC1a`, `1.1TC1a`, `1.1.TC1.a`, `1.1.tc1a`, and the shorthand
| `1.1.CB1a/2a` (= 1.1.CB1a and 1.1.CB2a) — spec nls-framework.md §4.2.
| Any level-like letters (CB, TC, NC, CS) are read, so `5.4.NC2a` is
| reported as not in the framework rather than ignored; AI-education codes
| (`NLa`, `5.A1.1`) never match.
*/

export interface Citation {
  /** Canonical form, e.g. `1.1.TC1a`; without the letter when none was written. */
  code: string
  component: string
  level: string
  letter?: string
}

const CODE_RE =
  /(?<![\d.])([1-9]\.\d)\s?\.?\s?(cb|tc|nc|cs)\s?(\d)(?:\s?\.?\s?([a-d])(?![a-z]))?((?:\s?\/\s?\d[a-d](?![a-z]))*)/gi

/** Every code cited in a line of text, in order. */
export function citationsIn(text: string): Citation[] {
  const found: Citation[] = []
  for (const match of text.matchAll(CODE_RE)) {
    const [, component, levelName, levelNumber, letter, shorthand] = match
    const kind = levelName.toUpperCase()
    found.push(citation(component, `${kind}${levelNumber}`, letter?.toLowerCase()))
    for (const more of shorthand.matchAll(/(\d)([a-d])/gi))
      found.push(citation(component, `${kind}${more[1]}`, more[2].toLowerCase()))
  }
  return found
}

function citation(component: string, level: string, letter: string | undefined): Citation {
  return {
    code: `${component}.${level}${letter ?? ''}`,
    component,
    level,
    ...(letter ? { letter } : {}),
  }
}
