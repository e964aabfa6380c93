/*
|--------------------------------------------------------------------------
| What the user reads when an upload cannot be parsed
|--------------------------------------------------------------------------
|
| One Vietnamese message per refusal, each saying what happened and what to
| do next. Parser results carry only the key; the UI looks the text up here
| (or in resources/lang/vi through the same keys).
*/

export const PARSING_MESSAGES = {
  'parsing.empty':
    'Tệp tải lên không có nội dung (0 byte). Vui lòng kiểm tra lại và tải lên tệp Word (.docx) hoặc PDF (.pdf) của kế hoạch.',
  'parsing.legacy_doc':
    'Tệp ở định dạng Word 97–2003 (.doc) nên hệ thống chưa đọc được. Hãy mở tệp bằng Microsoft Word, chọn Tệp (File) → Lưu thành… (Save As), chọn kiểu "Tài liệu Word (*.docx)", bấm Lưu rồi tải lên tệp .docx vừa lưu.',
  'parsing.legacy_doc_conversion_failed':
    'Không chuyển được tệp Word 97–2003 (.doc) sang định dạng mới. Hãy mở tệp bằng Microsoft Word, chọn Tệp (File) → Lưu thành… (Save As), chọn kiểu "Tài liệu Word (*.docx)" rồi tải lên tệp .docx.',
  'parsing.image':
    'Tệp tải lên là hình ảnh, không phải văn bản. Vui lòng tải lên tệp Word (.docx) hoặc PDF được xuất từ tệp gốc của kế hoạch, không dùng ảnh chụp.',
  'parsing.zip_not_docx':
    'Tệp nén (.zip) không phải là tài liệu Word. Vui lòng giải nén và tải lên từng tệp .docx hoặc .pdf.',
  'parsing.corrupt':
    'Tệp bị hỏng hoặc tải lên chưa trọn vẹn nên không mở được. Hãy mở thử tệp trên máy, lưu lại rồi tải lên lần nữa.',
  'parsing.lock_file':
    'Đây là tệp tạm "~$…" do Word tạo ra khi tài liệu đang mở, không phải kế hoạch. Hãy đóng Word và tải lên đúng tệp tài liệu (tên tệp không bắt đầu bằng "~$").',
  'parsing.unknown':
    'Không nhận ra định dạng tệp. Hệ thống chỉ nhận tệp Word (.docx) hoặc PDF (.pdf).',
  'parsing.encrypted':
    'Tệp được đặt mật khẩu nên hệ thống không đọc được. Hãy gỡ mật khẩu (trong Word: Tệp → Thông tin → Bảo vệ tài liệu; hoặc xuất lại PDF không đặt mật khẩu) rồi tải lên lại.',
  'parsing.too_large':
    'Nội dung tệp sau khi giải nén quá lớn hoặc bất thường nên bị từ chối. Hãy kiểm tra lại tệp, xoá bớt hình ảnh hoặc chia nhỏ tài liệu rồi tải lên.',
  'parsing.unsafe_xml':
    'Tệp Word chứa khai báo không an toàn (DOCTYPE/ENTITY) nên bị từ chối. Hãy mở tệp bằng Word, chọn Lưu thành… (Save As) một tệp .docx mới rồi tải lên tệp đó.',
  'parsing.too_many_pages':
    'Tệp PDF có quá nhiều trang so với giới hạn cho phép. Hãy tách riêng từng kế hoạch rồi tải lên từng tệp.',
  'parsing.no_text_layer':
    'Không đọc được nội dung — cần kiểm tra thủ công. Tệp PDF không có lớp chữ (có thể là bản quét hoặc ảnh chụp); nếu có tệp gốc, hãy tải lên tệp .docx hoặc PDF xuất trực tiếp từ Word.',
  'parsing.timeout':
    'Xử lý tệp quá thời gian cho phép nên đã dừng. Hãy thử tải lên lại; nếu vẫn lỗi, hãy lưu lại tệp hoặc chia nhỏ tài liệu rồi tải lên.',
  'parsing.failed':
    'Không đọc được nội dung tệp do lỗi trong quá trình xử lý. Hãy mở tệp, lưu lại rồi tải lên lần nữa; nếu vẫn lỗi, hãy liên hệ quản trị hệ thống.',
} as const

export type ParsingMessageKey = keyof typeof PARSING_MESSAGES

export function parsingMessage(key: ParsingMessageKey): string {
  return PARSING_MESSAGES[key]
}
