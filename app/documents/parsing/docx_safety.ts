/*
|--------------------------------------------------------------------------
| Safety checks on a DOCX before mammoth touches it
|--------------------------------------------------------------------------
|
| - zip bombs: declared sizes and compression ratios are read from the
|   central directory, before anything is inflated; inflation itself is
|   capped, since declared sizes can lie;
| - XML entity tricks ("billion laughs", external entities): any DOCTYPE or
|   ENTITY declaration in an XML part is refused. Word never writes one.
| Returns word/document.xml and word/styles.xml, which the reader reuses
| (table borders, text boxes, fonts) rather than inflating them again.
*/
import type { ParseLimits } from './parse_outcome.js'
import { ParseRefusal } from './parse_refusal.js'
import { inflateEntry, type ZipEntryInfo } from './zip_inspection.js'

/** Entries smaller than this may compress as well as they like (styles, empty parts). */
const RATIO_CHECK_MIN_BYTES = 1024 * 1024
const DECLARATION = /<!(DOCTYPE|ENTITY)/i

export function checkDocxSafety(
  bytes: Uint8Array,
  entries: ZipEntryInfo[],
  limits: ParseLimits
): { documentXml: string; stylesXml?: string } {
  checkSizes(entries, limits)
  let documentXml = ''
  let stylesXml: string | undefined
  for (const entry of entries.filter((e) => /\.(xml|rels)$/i.test(e.name))) {
    const xml = inflateXml(bytes, entry, limits)
    if (DECLARATION.test(xml))
      throw new ParseRefusal('rejected', 'xml_declaration', 'parsing.unsafe_xml')
    if (entry.name === 'word/document.xml') documentXml = xml
    if (entry.name === 'word/styles.xml') stylesXml = xml
  }
  return { documentXml, stylesXml }
}

function checkSizes(entries: ZipEntryInfo[], limits: ParseLimits): void {
  if (entries.some((e) => e.encrypted))
    throw new ParseRefusal('rejected', 'encrypted', 'parsing.encrypted')
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0)
  if (total > limits.maxUncompressedBytes)
    throw new ParseRefusal('rejected', 'uncompressed_too_large', 'parsing.too_large')
  const bomb = entries.find(
    (e) =>
      e.uncompressedSize > RATIO_CHECK_MIN_BYTES &&
      e.uncompressedSize / Math.max(e.compressedSize, 1) > limits.maxCompressionRatio
  )
  if (bomb) throw new ParseRefusal('rejected', 'compression_ratio', 'parsing.too_large')
}

function inflateXml(bytes: Uint8Array, entry: ZipEntryInfo, limits: ParseLimits): string {
  try {
    // Never inflate more than declared (plus a margin): a lying header cannot grow past it.
    const cap = Math.min(entry.uncompressedSize + 1024, limits.maxUncompressedBytes)
    return inflateEntry(bytes, entry, cap).toString('utf8')
  } catch {
    throw new ParseRefusal('rejected', 'corrupt_entry', 'parsing.corrupt')
  }
}
