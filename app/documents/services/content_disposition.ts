/*
|--------------------------------------------------------------------------
| Content-Disposition with the Vietnamese file name (RFC 6266 / 8187)
|--------------------------------------------------------------------------
|
| Browsers read `filename*=UTF-8''…` and keep "Kế hoạch bài dạy.docx";
| older clients fall back to the plain ASCII `filename="Ke hoach bai day.docx"`.
*/
import { asciiFileName } from './text_folding.js'

export function contentDisposition(disposition: 'attachment' | 'inline', fileName: string): string {
  const name = safeFileName(fileName)
  return `${disposition}; filename="${asciiFileName(name)}"; filename*=UTF-8''${encodeRfc8187(name)}`
}

/** The last path segment only, no control characters, NFC, at most 200 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const cleaned = base
    .normalize('NFC')
    .replace(/\p{Cc}/gu, '')
    .trim()
  return (cleaned || 'tai-lieu').slice(0, 200)
}

function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}
