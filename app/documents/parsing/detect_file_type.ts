/*
|--------------------------------------------------------------------------
| What kind of file is this? Decided from the bytes, never the file name
|--------------------------------------------------------------------------
|
| Teachers rename files freely ("kehoach.docx" that is really a .doc, a
| photo saved as .pdf), so only magic numbers count. A ZIP is a DOCX only
| when its central directory lists word/document.xml.
*/
import type { ParsingMessageKey } from './messages.js'
import { readZipEntries, type ZipEntryInfo } from './zip_inspection.js'

export type FileType =
  | 'docx'
  | 'pdf'
  | 'legacyDoc'
  | 'encryptedOffice'
  | 'image'
  | 'zipNotDocx'
  | 'corruptZip'
  | 'lockFile'
  | 'empty'
  | 'unknown'

export type FileTypeResult =
  | { type: 'docx'; zipEntries: ZipEntryInfo[] }
  | { type: 'pdf' }
  | { type: 'legacyDoc' }
  | { type: Exclude<FileType, 'docx' | 'pdf' | 'legacyDoc'>; messageKey: ParsingMessageKey }

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const IMAGE_SIGNATURES: Array<{ offset: number; bytes: number[]; mimeType: string }> = [
  { offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47], mimeType: 'image/png' },
  { offset: 0, bytes: [0xff, 0xd8, 0xff], mimeType: 'image/jpeg' },
  { offset: 0, bytes: [0x47, 0x49, 0x46, 0x38], mimeType: 'image/gif' }, // GIF8
  { offset: 0, bytes: [0x42, 0x4d], mimeType: 'image/bmp' },
  { offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00], mimeType: 'image/tiff' }, // little-endian
  { offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a], mimeType: 'image/tiff' }, // big-endian
  { offset: 8, bytes: [0x57, 0x45, 0x42, 0x50], mimeType: 'image/webp' }, // RIFF….WEBP
  { offset: 4, bytes: [0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69], mimeType: 'image/heic' }, // ftypheic (iPhone photos)
]

/** The image format of the bytes by their signature ('image/png'…), or null when they are no known image. */
export function imageMimeType(bytes: Uint8Array): string | null {
  return IMAGE_SIGNATURES.find((s) => startsWith(bytes, s.bytes, s.offset))?.mimeType ?? null
}

export function detectFileType(bytes: Uint8Array): FileTypeResult {
  if (bytes.length === 0) return { type: 'empty', messageKey: 'parsing.empty' }
  if (isPdf(bytes)) return { type: 'pdf' }
  if (startsWith(bytes, OLE2)) return detectOle2(bytes)
  if (startsWith(bytes, [0x50, 0x4b])) return detectZip(bytes)
  if (imageMimeType(bytes)) return { type: 'image', messageKey: 'parsing.image' }
  if (isWordLockFile(bytes)) return { type: 'lockFile', messageKey: 'parsing.lock_file' }
  return { type: 'unknown', messageKey: 'parsing.unknown' }
}

/** A Word 97–2003 file (converted by LibreOffice before parsing); cheap, reads no archive. */
export function isLegacyDoc(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE2) && !isPdf(bytes) && detectOle2(bytes).type === 'legacyDoc'
}

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return (
    bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b)
  )
}

/** "%PDF-" may follow a little junk; readers accept it within the first kilobyte. */
function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString(
    'latin1'
  )
  return head.includes('%PDF-')
}

/** OLE2 holds both Word 97 .doc files and password-protected DOCX ("EncryptedPackage" stream). */
function detectOle2(bytes: Uint8Array): FileTypeResult {
  const marker = Buffer.from('EncryptedPackage', 'utf16le')
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(marker)) {
    return { type: 'encryptedOffice', messageKey: 'parsing.encrypted' }
  }
  return { type: 'legacyDoc' }
}

function detectZip(bytes: Uint8Array): FileTypeResult {
  const entries = readZipEntries(bytes)
  if (!entries) return { type: 'corruptZip', messageKey: 'parsing.corrupt' }
  if (entries.some((e) => e.name === 'word/document.xml'))
    return { type: 'docx', zipEntries: entries }
  return { type: 'zipNotDocx', messageKey: 'parsing.zip_not_docx' }
}

/**
 * Word's owner file "~$name.docx" is 162 bytes: the user name's length, the
 * name in the ANSI code page, padding, then the same name in UTF-16 at 54.
 */
function isWordLockFile(bytes: Uint8Array): boolean {
  if (bytes.length !== 162) return false
  const length = bytes[0]
  return length > 0 && length < 54 && bytes[54] === length && bytes[55] === 0
}
