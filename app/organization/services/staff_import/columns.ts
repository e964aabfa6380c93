import { textKey } from '#app/organization/services/text_keys'

/*
 * Column names of the usual staff lists: the sector database (CSDL ngành),
 * SMAS exports and the template of this application. Headers are compared
 * without diacritics or case ("Mã định danh" ≡ "MA DINH DANH").
 */
export type ImportField =
  | 'staffCode'
  | 'fullName'
  | 'familyAndMiddleName'
  | 'givenName'
  | 'email'
  | 'birthDate'
  | 'phone'
  | 'groupName'
  | 'subgroupName'
  | 'subjects'
  | 'positions'

const ALIASES: Record<ImportField, string[]> = {
  staffCode: [
    'Mã định danh',
    'Mã định danh Bộ GD',
    'Mã định danh BGD',
    'Mã cán bộ',
    'Mã CB',
    'Mã giáo viên',
    'Mã GV',
    'Mã nhân viên',
    'Mã CBGVNV',
    'Số hiệu cán bộ',
  ],
  fullName: [
    'Họ và tên',
    'Họ tên',
    'Họ và tên giáo viên',
    'Tên giáo viên',
    'Họ tên cán bộ',
    'Họ và tên cán bộ',
  ],
  familyAndMiddleName: ['Họ đệm', 'Họ và đệm', 'Họ và tên đệm'],
  givenName: ['Tên'],
  email: ['E-mail', 'Email', 'Thư điện tử', 'Địa chỉ email', 'Địa chỉ thư điện tử'],
  birthDate: ['Ngày sinh', 'Ngày tháng năm sinh', 'Ngày/tháng/năm sinh'],
  phone: ['Số điện thoại', 'Điện thoại', 'SĐT', 'Điện thoại di động', 'Di động'],
  groupName: ['Tổ chuyên môn', 'Tổ bộ môn', 'Tổ CM', 'Tổ'],
  subgroupName: ['Nhóm chuyên môn', 'Nhóm bộ môn', 'Nhóm CM', 'Nhóm'],
  subjects: ['Môn dạy', 'Môn giảng dạy', 'Môn dạy chính', 'Môn học', 'Môn'],
  positions: ['Chức vụ', 'Chức danh', 'Vị trí việc làm', 'Vai trò'],
}

const FIELD_BY_HEADER = new Map<string, ImportField>(
  (Object.entries(ALIASES) as [ImportField, string[]][]).flatMap(([field, names]) =>
    names.map((name) => [textKey(name), field] as const)
  )
)

export function fieldOfHeader(header: string): ImportField | undefined {
  return FIELD_BY_HEADER.get(textKey(header))
}

const TEMPLATE_FIELDS: ImportField[] = [
  'staffCode',
  'fullName',
  'birthDate',
  'email',
  'phone',
  'groupName',
  'subgroupName',
  'subjects',
  'positions',
]

/** The template's columns, in order, each headed by the first name the import recognises for it. */
export const TEMPLATE_COLUMNS: { field: ImportField; header: string }[] = TEMPLATE_FIELDS.map(
  (field) => ({ field, header: ALIASES[field][0] })
)
