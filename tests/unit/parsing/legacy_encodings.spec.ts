import { test } from '@japa/runner'
import {
  decodeTcvn3,
  decodeVni,
  detectLegacyEncoding,
  encodeTcvn3,
  encodeVni,
} from '#app/documents/parsing/vietnamese_legacy_encodings'

test.group('Legacy Vietnamese encodings', () => {
  test('decodes text as TCVN3 and VNI fonts store it', ({ assert }) => {
    assert.equal(decodeTcvn3('TiÕng ViÖt rÊt hay'), 'Tiếng Việt rất hay')
    assert.equal(decodeTcvn3('Tr\u00adêng häc'), 'Trường học')
    assert.equal(decodeVni('Tieáng Vieät raát hay'), 'Tiếng Việt rất hay')
    assert.equal(decodeVni('Tröôøng hoïc, ñoäi nguõ'), 'Trường học, đội ngũ')
  })

  test('every Vietnamese letter survives a VNI round trip', ({ assert }) => {
    const letters = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ'
    assert.equal(decodeVni(encodeVni(letters)), letters)
    assert.equal(decodeVni(encodeVni(letters.toUpperCase())), letters.toUpperCase())
    assert.equal(decodeTcvn3(encodeTcvn3(letters)), letters)
  })

  test('detects the encoding from the text, and leaves Unicode alone', ({ assert }) => {
    const sentence = 'Kế hoạch bài dạy môn Toán lớp 6, hoạt động luyện tập và vận dụng kiến thức'
    assert.equal(detectLegacyEncoding(encodeTcvn3(sentence)), 'tcvn3')
    assert.equal(detectLegacyEncoding(encodeVni(sentence)), 'vni')
    assert.isUndefined(detectLegacyEncoding(sentence))
  })
})
