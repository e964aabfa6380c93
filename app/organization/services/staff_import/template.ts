import ExcelJS from 'exceljs'
import { TEMPLATE_COLUMNS } from '#app/organization/services/staff_import/columns'

/** The downloadable staff-list template: the header, one example row and a sheet of instructions. */
export async function staffTemplate(groupNames: string[]) {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Danh sách')
  sheet.columns = TEMPLATE_COLUMNS.map((column) => ({
    header: column.header,
    key: column.field,
    width: Math.max(16, column.header.length + 4),
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.addRow(Object.fromEntries(TEMPLATE_COLUMNS.map((column) => [column.field, column.example])))
  sheet.getColumn('staffCode').numFmt = '@'

  const help = workbook.addWorksheet('Hướng dẫn')
  help.getColumn(1).width = 110
  const lines = [
    'Mỗi dòng là một cán bộ, giáo viên. Dòng mẫu ở trang "Danh sách" có thể xoá.',
    'Mã định danh: bắt buộc, lấy từ CSDL ngành hoặc SMAS; nhập lại cùng mã sẽ cập nhật, không tạo trùng.',
    'Họ và tên: bắt buộc. E-mail, Ngày sinh (ngày/tháng/năm), Số điện thoại: không bắt buộc.',
    'Tổ chuyên môn và Nhóm chuyên môn: đúng tên tổ, nhóm đã tạo trong phần mềm.',
    'Môn dạy: một hoặc nhiều môn, cách nhau bởi dấu phẩy (ví dụ: Toán, Tin học).',
    'Chức vụ: Giáo viên, Tổ trưởng, Tổ phó, Nhóm trưởng, Hiệu trưởng, Phó hiệu trưởng, GV quản trị phần mềm (có thể ghi nhiều, cách nhau bởi dấu phẩy).',
    'Cũng nhận tệp xuất từ CSDL ngành và SMAS (các cột Mã định danh, Họ và tên, Ngày sinh, Tổ chuyên môn, Môn dạy, Chức vụ…).',
    '',
    'Các tổ chuyên môn hiện có của trường:',
    ...groupNames.map((name) => `  • ${name}`),
  ]
  for (const line of lines) help.addRow([line])

  return Buffer.from(await workbook.xlsx.writeBuffer())
}
