/**
 * Subjects and educational activities of the 2018 general education
 * programme (Chương trình GDPT 2018) for grades 6–12. Codes are stable
 * identifiers that plans, imports and tests refer to.
 */
export type Level = 'thcs' | 'thpt'

export interface CatalogueSubject {
  code: string
  name: string
  levels: Level[]
  isActivity?: boolean
}

export const SUBJECT_CATALOGUE: CatalogueSubject[] = [
  { code: 'toan', name: 'Toán', levels: ['thcs', 'thpt'] },
  { code: 'ngu_van', name: 'Ngữ văn', levels: ['thcs', 'thpt'] },
  { code: 'ngoai_ngu_1', name: 'Ngoại ngữ 1', levels: ['thcs', 'thpt'] },
  { code: 'khtn', name: 'Khoa học tự nhiên', levels: ['thcs'] },
  { code: 'ls_dl', name: 'Lịch sử và Địa lí', levels: ['thcs'] },
  { code: 'gdcd', name: 'Giáo dục công dân', levels: ['thcs'] },
  { code: 'cong_nghe', name: 'Công nghệ', levels: ['thcs', 'thpt'] },
  { code: 'tin_hoc', name: 'Tin học', levels: ['thcs', 'thpt'] },
  { code: 'gdtc', name: 'Giáo dục thể chất', levels: ['thcs', 'thpt'] },
  { code: 'nghe_thuat', name: 'Nghệ thuật', levels: ['thcs'] },
  { code: 'vat_li', name: 'Vật lí', levels: ['thpt'] },
  { code: 'hoa_hoc', name: 'Hoá học', levels: ['thpt'] },
  { code: 'sinh_hoc', name: 'Sinh học', levels: ['thpt'] },
  { code: 'lich_su', name: 'Lịch sử', levels: ['thpt'] },
  { code: 'dia_li', name: 'Địa lí', levels: ['thpt'] },
  { code: 'gdkt_pl', name: 'Giáo dục kinh tế và pháp luật', levels: ['thpt'] },
  { code: 'am_nhac', name: 'Âm nhạc', levels: ['thpt'] },
  { code: 'mi_thuat', name: 'Mĩ thuật', levels: ['thpt'] },
  { code: 'gdqp_an', name: 'Giáo dục quốc phòng và an ninh', levels: ['thpt'] },
  { code: 'ngoai_ngu_2', name: 'Ngoại ngữ 2', levels: ['thcs', 'thpt'] },
  {
    code: 'hdtn_hn',
    name: 'Hoạt động trải nghiệm, hướng nghiệp',
    levels: ['thcs', 'thpt'],
    isActivity: true,
  },
  {
    code: 'gddp',
    name: 'Nội dung giáo dục của địa phương',
    levels: ['thcs', 'thpt'],
    isActivity: true,
  },
]

/** Grades taught at each level. */
export const GRADES_BY_LEVEL: Record<Level, number[]> = {
  thcs: [6, 7, 8, 9],
  thpt: [10, 11, 12],
}
