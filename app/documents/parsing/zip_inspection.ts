/*
|--------------------------------------------------------------------------
| Reading a ZIP central directory without unzipping anything
|--------------------------------------------------------------------------
|
| The central directory at the end of a ZIP lists every entry with its
| compressed and uncompressed sizes. Reading it first lets us recognise a
| DOCX (word/document.xml) and refuse zip bombs before inflating a byte.
| Entries are then inflated one by one with a hard output limit, because
| the declared sizes can lie.
*/
import { inflateRawSync } from 'node:zlib'

export interface ZipEntryInfo {
  name: string
  method: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
  encrypted: boolean
  crc32: number
}

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50

/** The entries of a ZIP archive, or null when the bytes are not a readable ZIP. */
export function readZipEntries(bytes: Uint8Array): ZipEntryInfo[] | null {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = findEndOfCentralDirectory(view)
  if (eocd < 0) return null
  const count = view.readUInt16LE(eocd + 10)
  let offset = view.readUInt32LE(eocd + 16)
  const entries: ZipEntryInfo[] = []
  for (let i = 0; i < count; i++) {
    if (offset + 46 > view.length || view.readUInt32LE(offset) !== CENTRAL_SIGNATURE) return null
    const nameLength = view.readUInt16LE(offset + 28)
    const extraLength = view.readUInt16LE(offset + 30)
    const commentLength = view.readUInt16LE(offset + 32)
    entries.push({
      name: view.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: view.readUInt16LE(offset + 10),
      encrypted: (view.readUInt16LE(offset + 8) & 1) === 1,
      compressedSize: view.readUInt32LE(offset + 20),
      uncompressedSize: view.readUInt32LE(offset + 24),
      localHeaderOffset: view.readUInt32LE(offset + 42),
      crc32: view.readUInt32LE(offset + 16),
    })
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** The EOCD record sits in the last 22 bytes plus an optional comment of up to 64 KB. */
function findEndOfCentralDirectory(view: Buffer): number {
  const lowest = Math.max(0, view.length - 22 - 0xffff)
  for (let i = view.length - 22; i >= lowest; i--) {
    if (view.readUInt32LE(i) === EOCD_SIGNATURE) return i
  }
  return -1
}

/** Inflates one entry, failing rather than producing more than `maxBytes`. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntryInfo, maxBytes: number): Buffer {
  const data = compressedData(bytes, entry)
  if (entry.method === 0) {
    if (data.length > maxBytes)
      throw new RangeError(`${entry.name} is larger than ${maxBytes} bytes`)
    return data
  }
  if (entry.method !== 8) throw new Error(`Unsupported compression method ${entry.method}`)
  return inflateRawSync(data, { maxOutputLength: maxBytes })
}

/** An entry's bytes as stored in the archive (compressed or not). */
export function compressedData(bytes: Uint8Array, entry: ZipEntryInfo): Buffer {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const local = entry.localHeaderOffset
  if (view.readUInt32LE(local) !== LOCAL_SIGNATURE)
    throw new Error(`Bad local header for ${entry.name}`)
  const start = local + 30 + view.readUInt16LE(local + 26) + view.readUInt16LE(local + 28)
  return view.subarray(start, start + entry.compressedSize)
}
