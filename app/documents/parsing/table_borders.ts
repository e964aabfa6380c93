/*
|--------------------------------------------------------------------------
| Which DOCX tables are borderless layout tables
|--------------------------------------------------------------------------
|
| mammoth does not keep table borders, so document.xml is scanned once
| with a regular expression. Tables are listed in document order (nested
| tables included), the same pre-order in which the tree walk meets them.
| A table is "layout" when its tblBorders are all none/nil, or when it
| has neither a table style nor tblBorders (Word's default table has no
| borders).
*/

const TABLE_START = /<w:tbl>|<w:tbl\s[^>]*>|<w:tblPr>[\s\S]*?<\/w:tblPr>|<w:tblPr\/>/g

export function layoutTableFlags(documentXml: string): boolean[] {
  const flags: boolean[] = []
  let awaitingProperties = false
  for (const match of documentXml.matchAll(TABLE_START)) {
    const tag = match[0]
    if (tag.startsWith('<w:tbl>') || tag.startsWith('<w:tbl ')) {
      if (awaitingProperties) flags.push(true)
      awaitingProperties = true
    } else if (awaitingProperties) {
      flags.push(isBorderless(tag))
      awaitingProperties = false
    }
  }
  if (awaitingProperties) flags.push(true)
  return flags
}

function isBorderless(tableProperties: string): boolean {
  const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(tableProperties)
  if (!borders) return !/<w:tblStyle\s/.test(tableProperties)
  const values = [...borders[1].matchAll(/w:val="([^"]+)"/g)].map((m) => m[1])
  return values.length > 0 && values.every((v) => v === 'none' || v === 'nil')
}
