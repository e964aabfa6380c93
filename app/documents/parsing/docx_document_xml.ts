/*
|--------------------------------------------------------------------------
| document.xml rewritten so mammoth reads what Word shows
|--------------------------------------------------------------------------
|
| mammoth reads text boxes only from their VML form (w:pict), which Word
| writes as the fallback of a DrawingML shape. Files written without that
| fallback (newer writers, converters) lose every text box, often the
| lesson title. Such a text box's content is copied into a w:pict right
| after the shape, where mammoth reads it as paragraphs following the
| paragraph that anchors the box.
|
| mammoth also takes a run's font from w:ascii, but the Latin-1 letters a
| legacy Vietnamese encoding uses are drawn with the w:hAnsi font. Where the
| two differ, the hAnsi font is written into w:ascii.
|
| Equations, which mammoth drops, become runs of text (docx_equations.ts).
*/
import { withLinearEquations } from './docx_equations.js'

const TEXT_BOX_CONTENT = '<w:txbxContent'
/** A shape that may hold a text box: DrawingML with or without a VML fallback. */
const SHAPE_START = /<mc:AlternateContent[\s>]|<w:drawing>/g

export function prepareDocumentXml(xml: string): string {
  let prepared = xml.includes(TEXT_BOX_CONTENT) ? withReadableTextBoxes(xml) : xml
  if (prepared.includes('w:hAnsi='))
    prepared = prepared.replace(/<w:rFonts\b[^>]*>/g, withHighAnsiFont)
  return withLinearEquations(prepared)
}

function withReadableTextBoxes(xml: string): string {
  let out = ''
  let copied = 0
  SHAPE_START.lastIndex = 0
  for (let match = SHAPE_START.exec(xml); match; match = SHAPE_START.exec(xml)) {
    const tag = match[0].startsWith('<mc:') ? 'mc:AlternateContent' : 'w:drawing'
    const end = elementEnd(xml, match.index, tag)
    const shape = xml.slice(match.index, end)
    out += xml.slice(copied, end)
    if (shape.includes(TEXT_BOX_CONTENT) && !fallbackHasText(shape, tag))
      out += `<w:pict>${textBoxContents(shape).join('')}</w:pict>`
    copied = end
    SHAPE_START.lastIndex = end
  }
  return out + xml.slice(copied)
}

function fallbackHasText(shape: string, tag: string): boolean {
  if (tag !== 'mc:AlternateContent') return false
  const fallback = shape.indexOf('<mc:Fallback')
  return fallback >= 0 && shape.indexOf(TEXT_BOX_CONTENT, fallback) >= 0
}

/** The outermost w:txbxContent elements of a shape (only its DrawingML form has any: the fallback has none). */
function textBoxContents(shape: string): string[] {
  const contents: string[] = []
  for (let start = shape.indexOf(TEXT_BOX_CONTENT); start >= 0;) {
    const end = elementEnd(shape, start, 'w:txbxContent')
    contents.push(shape.slice(start, end))
    start = shape.indexOf(TEXT_BOX_CONTENT, end)
  }
  return contents
}

/** The index just past the element opened at `start`, nested elements of the same name included. */
function elementEnd(xml: string, start: number, tag: string): number {
  const pattern = new RegExp(`<${tag}[\\s>]|</${tag}>|<${tag}/>`, 'g')
  pattern.lastIndex = start
  let depth = 0
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    if (match[0].startsWith('</')) depth--
    else if (!match[0].endsWith('/>')) depth++
    if (depth === 0) return match.index + match[0].length
  }
  return xml.length
}

function withHighAnsiFont(tag: string): string {
  const hAnsi = /\bw:hAnsi="([^"]+)"/.exec(tag)?.[1]
  const ascii = /\bw:ascii="([^"]+)"/.exec(tag)?.[1]
  if (!hAnsi || hAnsi === ascii) return tag
  const rest = tag.replace(/\s+w:ascii="[^"]*"/, '')
  return rest.replace('<w:rFonts', `<w:rFonts w:ascii="${hAnsi}"`)
}
