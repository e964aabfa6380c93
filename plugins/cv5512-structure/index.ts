/*
|--------------------------------------------------------------------------
| cv5512:structure — the profile interpreter as a plugin
|--------------------------------------------------------------------------
|
| Loads every structure profile (plugins/profiles/*.json) at boot and
| checks a document against the profile of its kind. All the knowledge is
| in the profiles; this file only wires them to the contract.
*/

import { definePlugin, type DocumentKind } from '../contract.js'
import { compileProfile, interpret, type CompiledProfile } from './interpreter.js'
import { loadProfiles } from './profile.js'

const compiledProfiles = new Map<DocumentKind, CompiledProfile>()

export default definePlugin({
  meta: {
    id: 'cv5512:structure',
    version: '1.4.0',
    title: 'Cấu trúc theo khung của Công văn 5512',
    description:
      'Kiểm tra các mục, bảng, cột, dòng cố định, phần đầu và phần ký của văn bản theo khung mẫu (Phụ lục I–IV) hoặc các mục gợi ý của kế hoạch giáo dục nhà trường.',
    kinds: '*',
    formats: ['docx', 'pdf'],
    severity: 'error',
    reference: { document: 'Công văn 5512/BGDĐT-GDTrH', clause: 'Phụ lục I–IV' },
    messages: {
      sectionMissing: 'Thiếu mục "{section}".',
      sectionOtherName:
        'Chưa thấy mục "{section}"; phần "{heading}" có thể là mục này viết theo tên khác — hãy kiểm tra và ghi rõ theo khung.',
      sectionCombined:
        'Mục "{section}" được viết gộp trong "{heading}"; có thể tách thành mục riêng theo khung.',
      sectionInText:
        'Chưa thấy mục "{section}" riêng; phần "{heading}" có nói đến nội dung này — hãy ghi thành mục riêng theo khung.',
      sectionOutOfOrder: 'Mục "{section}" không đúng thứ tự (cần đứng sau "{after}").',
      tableMissing: 'Thiếu bảng "{table}".',
      tableColumnMissing: 'Bảng "{table}" thiếu cột "{column}".',
      tableColumnOutOfOrder: 'Cột "{column}" của bảng "{table}" không đúng thứ tự.',
      fixedRowMissing: 'Bảng "{table}" thiếu dòng "{row}".',
      fixedRowOutOfOrder: 'Dòng "{row}" của bảng "{table}" không đúng thứ tự.',
      headerFieldMissing: 'Phần đầu văn bản thiếu "{field}".',
      signatureMissing: 'Thiếu phần ký "{signature}".',
    },
    defaultOptions: {},
  },

  async setup() {
    for (const [kind, profile] of await loadProfiles())
      compiledProfiles.set(kind, compileProfile(profile))
  },

  check({ document, submission, report }) {
    const compiled = compiledProfiles.get(submission.kind)
    if (compiled) interpret(compiled, document, submission, report)
  },
})
