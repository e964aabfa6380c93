/*
|--------------------------------------------------------------------------
| Bytes → ParseOutcome (runs inside a parser worker)
|--------------------------------------------------------------------------
|
| Detects the type from the content, applies the safety checks, reads the
| document, and turns every refusal into a typed outcome. Unexpected errors
| propagate: the pool reports them as a failed parse.
*/
import { detectFileType, type FileTypeResult } from './detect_file_type.js'
import { docxToModel } from './docx_to_model.js'
import { convertLegacyDoc } from './legacy_doc_conversion.js'
import { checkDocxSafety } from './docx_safety.js'
import type { ParseLimits, ParseOutcome, ReadableFileType } from './parse_outcome.js'
import { ParseRefusal } from './parse_refusal.js'
import { pdfToModel } from './pdf_to_model.js'
import type { ZipEntryInfo } from './zip_inspection.js'

export async function parseBytes(bytes: Uint8Array, limits: ParseLimits): Promise<ParseOutcome> {
  const detected = detectFileType(bytes)
  if ('messageKey' in detected)
    return { status: 'rejected', reason: detected.type, messageKey: detected.messageKey }
  const fileType = detected.type
  try {
    return { status: 'parsed', fileType, model: await readModel(bytes, detected, limits) }
  } catch (error) {
    if (!(error instanceof ParseRefusal)) throw error
    const { reason, messageKey } = error
    return error.status === 'unreadable'
      ? { status: 'unreadable', fileType, reason, messageKey }
      : { status: 'rejected', reason, messageKey }
  }
}

async function readModel(
  bytes: Uint8Array,
  detected: Extract<FileTypeResult, { type: ReadableFileType }>,
  limits: ParseLimits
) {
  switch (detected.type) {
    case 'docx':
      return readDocx(bytes, detected.zipEntries, limits)
    case 'pdf':
      return pdfToModel(bytes, { maxPages: limits.maxPdfPages })
    case 'legacyDoc':
      return readDocx(await convertLegacyDoc(bytes, limits), undefined, limits)
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
