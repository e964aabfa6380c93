import type { RoleName } from '#app/core/registries/roles'
import { SUBJECT_CATALOGUE } from '#app/organization/services/subject_catalogue'
import { textKey } from '#app/organization/services/text_keys'

/*
 * The words schools write in the "Môn dạy" and "Chức vụ" columns, mapped
 * to subject codes and roles.
 */
const SUBJECT_ALIASES: Record<string, string[]> = {
  toan: ['Toán học'],
  ngu_van: ['Văn', 'Ngữ văn', 'Văn học'],
  ngoai_ngu_1: ['Tiếng Anh', 'Anh văn', 'Anh', 'Ngoại ngữ', 'Ngoại ngữ 1', 'Tiếng Anh (NN1)'],
  khtn: ['KHTN', 'Khoa học tự nhiên'],
  ls_dl: [
    'LS&ĐL',
    'LS & ĐL',
    'LS-ĐL',
    'Lịch sử và Địa lí',
    'Lịch sử và Địa lý',
    'Lịch sử - Địa lí',
    'Sử - Địa (THCS)',
  ],
  gdcd: ['GDCD', 'Giáo dục công dân'],
  cong_nghe: ['Công nghệ', 'CN'],
  tin_hoc: ['Tin', 'Tin học'],
  gdtc: ['GDTC', 'Thể dục', 'Giáo dục thể chất'],
  nghe_thuat: ['Nghệ thuật'],
  vat_li: ['Vật lý', 'Lí', 'Lý', 'Vật lí'],
  hoa_hoc: ['Hoá', 'Hóa', 'Hóa học', 'Hoá học'],
  sinh_hoc: ['Sinh', 'Sinh học'],
  lich_su: ['Sử', 'Lịch sử'],
  dia_li: ['Địa', 'Địa lý', 'Địa lí'],
  gdkt_pl: ['GDKT&PL', 'GDKT & PL', 'GDKTPL', 'Giáo dục kinh tế và pháp luật'],
  am_nhac: ['Âm nhạc', 'Nhạc'],
  mi_thuat: ['Mĩ thuật', 'Mỹ thuật'],
  gdqp_an: [
    'GDQP-AN',
    'GDQP&AN',
    'GDQP',
    'Quốc phòng',
    'Giáo dục quốc phòng và an ninh',
    'Giáo dục quốc phòng - an ninh',
  ],
  ngoai_ngu_2: ['Ngoại ngữ 2'],
  hdtn_hn: [
    'HĐTN-HN',
    'HĐTN',
    'Hướng nghiệp',
    'Hoạt động trải nghiệm',
    'Hoạt động trải nghiệm, hướng nghiệp',
  ],
  gddp: ['GDĐP', 'Giáo dục địa phương', 'Nội dung giáo dục của địa phương'],
}

const SUBJECT_BY_KEY = new Map<string, string>()
for (const subject of SUBJECT_CATALOGUE) {
  SUBJECT_BY_KEY.set(textKey(subject.code), subject.code)
  SUBJECT_BY_KEY.set(textKey(subject.name), subject.code)
  for (const alias of SUBJECT_ALIASES[subject.code] ?? [])
    SUBJECT_BY_KEY.set(textKey(alias), subject.code)
}

export function subjectCodeOf(label: string) {
  return SUBJECT_BY_KEY.get(textKey(label))
}

/* Longer phrases first: "phó hiệu trưởng" before "hiệu trưởng". */
const POSITION_ALIASES: [string, RoleName | 'teacher'][] = [
  ['Phó hiệu trưởng', 'vice_principal'],
  ['PHT', 'vice_principal'],
  ['Hiệu trưởng', 'principal'],
  ['HT', 'principal'],
  ['Tổ phó chuyên môn', 'group_deputy'],
  ['Tổ phó', 'group_deputy'],
  ['Tổ trưởng chuyên môn', 'group_head'],
  ['Tổ trưởng', 'group_head'],
  ['TTCM', 'group_head'],
  ['Nhóm trưởng chuyên môn', 'subgroup_lead'],
  ['Nhóm trưởng', 'subgroup_lead'],
  ['GV quản trị phần mềm', 'school_admin'],
  ['Quản trị phần mềm', 'school_admin'],
  ['Quản trị', 'school_admin'],
  ['Giáo viên', 'teacher'],
  ['GV', 'teacher'],
]
const POSITION_BY_KEY = new Map(POSITION_ALIASES.map(([label, role]) => [textKey(label), role]))

/** The role of one "Chức vụ" entry ("Tổ trưởng", "GV"), or undefined. */
export function positionOf(label: string) {
  return POSITION_BY_KEY.get(textKey(label))
}

/** Splits a cell listing several entries: "Toán, Tin học" / "Tổ trưởng; Giáo viên". */
export function splitList(value: string) {
  return value
    .split(/[,;\n/+]/)
    .map((part) => part.trim())
    .filter(Boolean)
}
