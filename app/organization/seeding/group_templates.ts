import type { SchoolType } from '#app/organization/models/school'

/**
 * Typical professional groups (tổ) and their subject subgroups (nhóm) by
 * school type, with how many teachers a subgroup has in a school of
 * average size (scaled for larger seeds).
 */
export interface SubgroupTemplate {
  name: string
  subject: string
  teachers: number
}

export interface GroupTemplate {
  name: string
  subgroups: SubgroupTemplate[]
}

const THCS: GroupTemplate[] = [
  {
    name: 'Tổ Toán - Tin',
    subgroups: [
      { name: 'Nhóm Toán', subject: 'toan', teachers: 4 },
      { name: 'Nhóm Tin học', subject: 'tin_hoc', teachers: 2 },
    ],
  },
  {
    name: 'Tổ Khoa học tự nhiên - Công nghệ',
    subgroups: [
      { name: 'Nhóm Khoa học tự nhiên', subject: 'khtn', teachers: 4 },
      { name: 'Nhóm Công nghệ', subject: 'cong_nghe', teachers: 1 },
    ],
  },
  {
    name: 'Tổ Ngữ văn - GDCD',
    subgroups: [
      { name: 'Nhóm Ngữ văn', subject: 'ngu_van', teachers: 4 },
      { name: 'Nhóm GDCD', subject: 'gdcd', teachers: 1 },
    ],
  },
  {
    name: 'Tổ Ngoại ngữ',
    subgroups: [{ name: 'Nhóm Tiếng Anh', subject: 'ngoai_ngu_1', teachers: 3 }],
  },
  {
    name: 'Tổ Lịch sử và Địa lí',
    subgroups: [{ name: 'Nhóm Lịch sử và Địa lí', subject: 'ls_dl', teachers: 2 }],
  },
  {
    name: 'Tổ Nghệ thuật - Thể chất',
    subgroups: [
      { name: 'Nhóm Nghệ thuật', subject: 'nghe_thuat', teachers: 2 },
      { name: 'Nhóm Giáo dục thể chất', subject: 'gdtc', teachers: 2 },
    ],
  },
]

const THPT: GroupTemplate[] = [
  {
    name: 'Tổ Toán - Tin',
    subgroups: [
      { name: 'Nhóm Toán', subject: 'toan', teachers: 4 },
      { name: 'Nhóm Tin học', subject: 'tin_hoc', teachers: 2 },
    ],
  },
  {
    name: 'Tổ Vật lí - Công nghệ',
    subgroups: [
      { name: 'Nhóm Vật lí', subject: 'vat_li', teachers: 3 },
      { name: 'Nhóm Công nghệ', subject: 'cong_nghe', teachers: 1 },
    ],
  },
  {
    name: 'Tổ Hoá - Sinh',
    subgroups: [
      { name: 'Nhóm Hoá học', subject: 'hoa_hoc', teachers: 2 },
      { name: 'Nhóm Sinh học', subject: 'sinh_hoc', teachers: 2 },
    ],
  },
  { name: 'Tổ Ngữ văn', subgroups: [{ name: 'Nhóm Ngữ văn', subject: 'ngu_van', teachers: 4 }] },
  {
    name: 'Tổ Ngoại ngữ',
    subgroups: [{ name: 'Nhóm Tiếng Anh', subject: 'ngoai_ngu_1', teachers: 3 }],
  },
  {
    name: 'Tổ Sử - Địa - GDKT&PL',
    subgroups: [
      { name: 'Nhóm Lịch sử', subject: 'lich_su', teachers: 2 },
      { name: 'Nhóm Địa lí', subject: 'dia_li', teachers: 2 },
      { name: 'Nhóm GDKT&PL', subject: 'gdkt_pl', teachers: 1 },
    ],
  },
  {
    name: 'Tổ Thể dục - QP-AN',
    subgroups: [
      { name: 'Nhóm Giáo dục thể chất', subject: 'gdtc', teachers: 2 },
      { name: 'Nhóm GDQP-AN', subject: 'gdqp_an', teachers: 1 },
    ],
  },
]

/* A multi-level school has the THPT groups plus the THCS-only subjects in them. */
const MULTI: GroupTemplate[] = THPT.map((group) => {
  const extra: Record<string, SubgroupTemplate[]> = {
    'Tổ Hoá - Sinh': [{ name: 'Nhóm Khoa học tự nhiên', subject: 'khtn', teachers: 2 }],
    'Tổ Sử - Địa - GDKT&PL': [
      { name: 'Nhóm Lịch sử và Địa lí (THCS)', subject: 'ls_dl', teachers: 1 },
      { name: 'Nhóm GDCD (THCS)', subject: 'gdcd', teachers: 1 },
    ],
    'Tổ Thể dục - QP-AN': [{ name: 'Nhóm Nghệ thuật (THCS)', subject: 'nghe_thuat', teachers: 1 }],
  }
  return { name: group.name, subgroups: [...group.subgroups, ...(extra[group.name] ?? [])] }
})

export const GROUP_TEMPLATES: Record<SchoolType, GroupTemplate[]> = {
  thcs: THCS,
  thpt: THPT,
  multi: MULTI,
}

export function baseTeacherCount(type: SchoolType) {
  return GROUP_TEMPLATES[type]
    .flatMap((group) => group.subgroups)
    .reduce((sum, subgroup) => sum + subgroup.teachers, 0)
}
