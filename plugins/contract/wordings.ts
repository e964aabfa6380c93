/*
|--------------------------------------------------------------------------
| Wordings several plugins look for
|--------------------------------------------------------------------------
|
| The heading of a lesson plan's activities (PL IV mục III) opens the part
| where blanks are exercises and activities are searched; written in one
| place so the plugins agree on where that part starts. The structure
| profile (profiles/pl4.json, section "process") lists the same wordings.
*/

export const PROCESS_HEADING_VARIANTS = [
  'Tiến trình dạy học',
  'Tiến trình bài học',
  'Tiến trình bài dạy',
  'Các hoạt động dạy học',
  'Hoạt động dạy học',
  'Tiến trình tổ chức hoạt động',
  'Tổ chức các hoạt động',
  'Các hoạt động học',
  // Older wordings kept in schools' own templates ("III. CÁC HOẠT ĐỘNG DẠY – HỌC").
  'Các hoạt động dạy - học',
  'Hoạt động dạy - học',
  'Các hoạt động dạy-học',
  'Hoạt động dạy-học',
  'Các hoạt động dạy và học',
  'Hoạt động dạy và học',
  'Tiến trình lên lớp',
  // Tiếng Anh plans written in English.
  'Procedures',
  'Procedure',
  'Teaching procedures',
  'Teaching procedure',
]
