/**
 * A comparison key for Vietnamese labels typed by people: no diacritics,
 * đ → d, lower case, punctuation as spaces, single spaces
 * ("Tổ Toán – Tin" ≡ "to toan - tin" ≡ "TO TOAN TIN").
 */
export function textKey(value: string) {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim()
}
