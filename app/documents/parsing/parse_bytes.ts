/*
|--------------------------------------------------------------------------
| Bytes → ParseOutcome (runs inside a parser worker)
|--------------------------------------------------------------------------
|
| Detects the type from the content, applies the safety checks, reads the
| document, and turns every refusal into a typed outcome. Unexpected errors
| propagate: the pool reports them as a failed parse.
*/
import { detectFileType } from './detect_file_type.js'
import { docxToModel } from './docx_to_model.js'
import { convertLegacyDoc } from './legacy_doc_conversion.js'
import { checkDocxSafety } from './docx_safety.js'
import type { ParseLimits, ParseOutcome } from './parse_outcome.js'
import { ParseRefusal } from './parse_refusal.js'
import { pdfToModel } from './pdf_to_model.js'
import type { ZipEntryInfo } from './zip_inspection.js'

export async function parseBytes(bytes: Uint8Array, limits: ParseLimits): Promise<ParseOutcome> {
  try {
    return { status: 'parsed', model: await readModel(bytes, limits) }
  } catch (error) {
    if (error instanceof ParseRefusal)
      return { status: error.status, reason: error.reason, messageKey: error.messageKey }
    throw error
  }
}

async function readModel(bytes: Uint8Array, limits: ParseLimits) {
  const detected = detectFileType(bytes)
  switch (detected.type) {
    case 'docx':
      return readDocx(bytes, detected.zipEntries, limits)
    case 'pdf':
      return pdfToModel(bytes, { maxPages: limits.maxPdfPages })
    case 'legacyDoc':
      return readDocx(await convertLegacyDoc(bytes, limits), undefined, limits)
    default:
      throw new ParseRefusal('rejected', detected.type, detected.messageKey)
  }
}

async function readDocx(
  bytes: Uint8Array,
  entries: ZipEntryInfo[] | undefined,
  limits: ParseLimits
) {
  const detected = entries ? undefined : detectFileType(bytes)
  const zipEntries = entries ?? (detected?.type === 'docx' ? detected.zipEntries : undefined)
  if (!zipEntries)
    throw new ParseRefusal('rejected', 'conversion_failed', 'parsing.legacy_doc_conversion_failed')
  const { documentXml, stylesXml } = checkDocxSafety(bytes, zipEntries, limits)
  try {
    return await docxToModel({ bytes, documentXml, stylesXml })
  } catch {
    // mammoth throws on structurally broken packages (missing parts, bad XML).
    throw new ParseRefusal('rejected', 'corrupt', 'parsing.corrupt')
  }
}
