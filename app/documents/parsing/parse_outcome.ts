/*
|--------------------------------------------------------------------------
| The result of parsing one upload, and the limits that apply
|--------------------------------------------------------------------------
*/
import type { DocumentModel } from '../../../plugins/document_model.js'
import type { ParsingMessageKey } from './messages.js'

/** What the bytes are, as detected once in the parser worker: the upload stores the file as this. */
export type ReadableFileType = 'docx' | 'pdf' | 'legacyDoc'

export type ParseOutcome =
  | { status: 'parsed'; fileType: ReadableFileType; model: DocumentModel }
  /** Read, but no text could be recovered (scanned PDF): a person must check it. */
  | {
      status: 'unreadable'
      fileType: ReadableFileType
      reason: string
      messageKey: ParsingMessageKey
    }
  /** Not accepted: wrong type, broken, encrypted, dangerous or too big. */
  | { status: 'rejected'; reason: string; messageKey: ParsingMessageKey }

export interface ParseLimits {
  /** Sum of the declared uncompressed sizes of a DOCX's entries. */
  maxUncompressedBytes: number
  /** Uncompressed / compressed size of one entry, checked for entries above 1 MB. */
  maxCompressionRatio: number
  maxPdfPages: number
  /** LibreOffice conversion of a legacy .doc. */
  conversionTimeoutMs: number
}

export const DEFAULT_LIMITS: ParseLimits = {
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxPdfPages: 500,
  /* LibreOffice on a long .doc takes tens of seconds on a busy machine; its own budget, not the parse's. */
  conversionTimeoutMs: 60_000,
}
