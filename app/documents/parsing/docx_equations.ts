/*
|--------------------------------------------------------------------------
| Word equations (OMML) as one line of text
|--------------------------------------------------------------------------
|
| mammoth drops m:oMath, so a mathematics plan loses every formula and
| reads "công thức chung ( )" where the teacher wrote one: an empty-looking
| line to a reader of the text. Each equation is replaced by a run holding
| its linear form ("(x+1)/2", "a^2", "√(b)"), as Word's own linear format
| writes it, which is enough for reading the text around it.
*/

const EQUATION = /<m:oMathPara[\s>][\s\S]*?<\/m:oMathPara>|<m:oMath[\s>][\s\S]*?<\/m:oMath>/g
const TOKEN = /<m:t(?:\s[^>]*)?>([^<]*)<\/m:t>|<(\/?)m:(num|den|sup|sub|rad|e|d)(?:\s[^>]*)?>/g
/** Parts written in brackets when longer than one character. */
const GROUPED = new Set(['num', 'den', 'sup', 'sub'])
const BEFORE: Record<string, string> = { den: '/', sup: '^', sub: '_', rad: '√' }

export function withLinearEquations(xml: string): string {
  if (!xml.includes('<m:oMath')) return xml
  return xml.replace(
    EQUATION,
    (equation) => `<w:r><w:t xml:space="preserve">${linearForm(equation)}</w:t></w:r>`
  )
}

/** The equation's text with fractions, powers, indices, roots and brackets written out. */
function linearForm(equation: string): string {
  const parts: string[] = ['']
  const open: Array<{ name: string; radicand: boolean }> = []
  for (const [, text, closing, name] of equation.matchAll(TOKEN)) {
    if (text !== undefined) parts[parts.length - 1] += text
    else if (!closing) {
      parts[parts.length - 1] += BEFORE[name] ?? (name === 'd' ? '(' : '')
      const radicand = name === 'e' && open.at(-1)?.name === 'rad'
      open.push({ name, radicand })
      if (GROUPED.has(name) || radicand) parts.push('')
    } else {
      const element = open.pop()
      if (element && (GROUPED.has(element.name) || element.radicand)) {
        const inner = parts.pop()!
        parts[parts.length - 1] += [...inner].length > 1 ? `(${inner})` : inner
      }
      if (name === 'd') parts[parts.length - 1] += ')'
    }
  }
  return parts.join('')
}
