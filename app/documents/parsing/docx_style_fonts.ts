/*
|--------------------------------------------------------------------------
| Which font a DOCX run is drawn in, when the run does not say
|--------------------------------------------------------------------------
|
| mammoth reports a run's own font only. An old template often sets its
| legacy font (".VnTime", "VNI-Times") in a style or in the document
| defaults, and the runs typed in it name no font at all. Word's order is:
| the run's own font, its character style, its paragraph style (each
| style through its basedOn chain), then the document defaults. Only the
| font named here matters for legacy text, so styles.xml is read once with
| regular expressions, like table_borders.ts reads document.xml.
*/

export interface StyleFonts {
  /** Font of a style by its id, after its basedOn chain; undefined when none names a font. */
  fontOfStyle(styleId: string | null | undefined): string | undefined
  /** The document default font (w:docDefaults). */
  defaultFont?: string
}

const STYLE = /<w:style\b[^>]*\bw:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g
const BASED_ON = /<w:basedOn\b[^>]*\bw:val="([^"]+)"/
const DOC_DEFAULTS = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/

export function readStyleFonts(stylesXml: string | undefined): StyleFonts {
  if (!stylesXml) return { fontOfStyle: () => undefined }
  const own = new Map<string, { font?: string; basedOn?: string }>()
  for (const [, id, body] of stylesXml.matchAll(STYLE))
    own.set(id, { font: fontOfProperties(body), basedOn: BASED_ON.exec(body)?.[1] })
  const resolved = new Map<string, string | undefined>()
  const fontOfStyle = (styleId: string | null | undefined): string | undefined => {
    if (!styleId) return undefined
    if (resolved.has(styleId)) return resolved.get(styleId)
    resolved.set(styleId, undefined) // a basedOn cycle ends here
    const style = own.get(styleId)
    const font = style?.font ?? fontOfStyle(style?.basedOn)
    resolved.set(styleId, font)
    return font
  }
  const defaults = DOC_DEFAULTS.exec(stylesXml)?.[1]
  return { fontOfStyle, defaultFont: defaults ? fontOfProperties(defaults) : undefined }
}

/**
 * The font that draws the characters legacy encodings use (Latin-1 letters
 * and symbols): w:hAnsi when set, else w:ascii.
 */
function fontOfProperties(xml: string): string | undefined {
  const fonts = /<w:rFonts\b([^>]*)>/.exec(xml)?.[1]
  if (!fonts) return undefined
  return /\bw:hAnsi="([^"]+)"/.exec(fonts)?.[1] ?? /\bw:ascii="([^"]+)"/.exec(fonts)?.[1]
}
