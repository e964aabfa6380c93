/*
|--------------------------------------------------------------------------
| Folding Vietnamese text for search
|--------------------------------------------------------------------------
|
| Teachers type on phones without Telex as often as with it: "ke hoach bai
| day" must find "Kế hoạch bài dạy". Both the indexed text and the query go
| through the same fold, in JS, so SQLite and PostgreSQL index identical
| words: lower case, no combining marks, đ→d, only letters and digits.
*/

/** "Kế hoạch BÀI DẠY – Đại số" → "ke hoach bai day dai so". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The distinct words of a search query, folded ("Bài  dạy" → ["bai", "day"]). */
export function foldedTerms(query: string): string[] {
  const words = foldText(query).split(' ').filter(Boolean)
  return [...new Set(words)]
}

/** A file name the ASCII-only world can read: "Kế hoạch.docx" → "Ke hoach.docx". */
export function asciiFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_')
}
