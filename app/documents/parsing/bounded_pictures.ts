/*
|--------------------------------------------------------------------------
| A DOCX whose pictures are known to inflate within bounds
|--------------------------------------------------------------------------
|
| mammoth inflates a picture whole when the preview reads it, trusting
| nothing but the archive, and a header may lie (400 MB of zeros declared
| as 400 KB). Before the preview is built, every non-XML entry is inflated
| here with a hard output cap (its declared size, at most `maxBytes`): one
| that is larger, lies about its size or cannot be read is replaced by an
| empty entry, which the preview counts as a picture not shown. The
| archive is rebuilt only when an entry had to be emptied.
*/
import { crc32 } from 'node:zlib'
import {
  compressedData,
  inflateEntry,
  readZipEntries,
  type ZipEntryInfo,
} from './zip_inspection.js'

/** Slack over the declared size: zlib may flush a few bytes past the cap's check. */
const DECLARED_SIZE_MARGIN = 1024

export function withBoundedPictures(
  bytes: Uint8Array,
  maxBytes: number
): { bytes: Uint8Array; emptied: number } {
  const entries = readZipEntries(bytes)
  if (!entries) return { bytes, emptied: 0 }
  const emptied = new Set(
    entries
      .filter(
        (entry) => !/\.(xml|rels)$/i.test(entry.name) && !inflatesWithin(bytes, entry, maxBytes)
      )
      .map((entry) => entry.name)
  )
  if (emptied.size === 0) return { bytes, emptied: 0 }
  return { bytes: rebuilt(bytes, entries, emptied), emptied: emptied.size }
}

function inflatesWithin(bytes: Uint8Array, entry: ZipEntryInfo, maxBytes: number): boolean {
  if (entry.uncompressedSize > maxBytes || entry.encrypted) return false
  try {
    const data = inflateEntry(
      bytes,
      entry,
      Math.min(entry.uncompressedSize + DECLARED_SIZE_MARGIN, maxBytes)
    )
    return data.length === entry.uncompressedSize
  } catch {
    return false
  }
}

/** The same archive with the named entries stored empty; the others keep their compressed bytes. */
function rebuilt(bytes: Uint8Array, entries: ZipEntryInfo[], emptied: Set<string>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const empty = emptied.has(entry.name)
    const data = empty ? Buffer.alloc(0) : compressedData(bytes, entry)
    const fields = {
      method: empty ? 0 : entry.method,
      crc: empty ? crc32(Buffer.alloc(0)) : entry.crc32,
      compressed: data.length,
      uncompressed: empty ? 0 : entry.uncompressedSize,
    }
    const name = Buffer.from(entry.name, 'utf8')
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(fields.method, 8)
    local.writeUInt32LE(fields.crc, 14)
    local.writeUInt32LE(fields.compressed, 18)
    local.writeUInt32LE(fields.uncompressed, 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, data)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(fields.method, 10)
    central.writeUInt32LE(fields.crc, 16)
    central.writeUInt32LE(fields.compressed, 20)
    central.writeUInt32LE(fields.uncompressed, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += local.length + name.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
