import type { GuideRole } from '#app/core/guide/guide_roles'
import type { RoutesList } from '@adonisjs/core/types/http'

/*
 * The user guide, one manual per role, as data: the guide pages render it,
 * the browser suite walks the same steps on the demo data and photographs
 * each one (tests/browser/guide), and the PDF is printed from the page.
 * Step bodies are Markdown; every button name is quoted exactly as the
 * screen writes it, so a reader can find it.
 */

export interface GuideScreenshot {
  /** Shown under the picture. */
  caption: string
  /** Read aloud by screen readers instead of the picture. */
  alt: string
}

export interface GuideStep {
  /** Stable id: the screenshot files are named after it. */
  id: string
  title: string
  /** Markdown. */
  body: string
  screenshot?: GuideScreenshot
}

export interface WelcomeItem {
  text: string
  /** Name of the page's route (app/<module>/routes.ts), checked by the typecheck. */
  route: keyof RoutesList['GET']
  action: string
}

export interface Guide {
  role: GuideRole
  title: string
  /** Who this manual is for, in one line. */
  audience: string
  intro: string
  steps: GuideStep[]
  /** Three or four first steps shown on the start page at first sign-in. */
  welcome: WelcomeItem[]
}

export interface FaqEntry {
  question: string
  /** Markdown. */
  answer: string
}

const teacher: Guide = {
  role: 'teacher',
  title: 'Hướng dẫn cho giáo viên',
  audience: 'Giáo viên nộp kế hoạch giáo dục (Phụ lục III) và kế hoạch bài dạy (Phụ lục IV).',
  intro:
    'Bạn tải kế hoạch lên, hệ thống tự kiểm tra cấu trúc theo Công văn 5512 và chỉ ra chỗ cần sửa. Khi kế hoạch không còn lỗi, bạn nộp để tổ trưởng hoặc nhóm trưởng duyệt. Mỗi bài học hoặc chủ đề là một tệp riêng.',
  steps: [
    {
      id: 'dang-nhap',
      title: 'Đăng nhập lần đầu',
      body: 'Mở địa chỉ phần mềm do nhà trường gửi. Nhập **tên đăng nhập** và **mật khẩu được cấp** (trên phiếu mật khẩu GV quản trị phần mềm trao cho bạn), rồi bấm **Đăng nhập**.',
      screenshot: {
        caption: 'Trang đăng nhập.',
        alt: 'Trang đăng nhập với ô tên đăng nhập, ô mật khẩu và nút Đăng nhập.',
      },
    },
    {
      id: 'doi-mat-khau',
      title: 'Đặt mật khẩu của riêng bạn',
      body: 'Ở lần đăng nhập đầu tiên, phần mềm yêu cầu đổi mật khẩu. Nhập mật khẩu được cấp vào ô **Mật khẩu hiện tại**, đặt **Mật khẩu mới** (ít nhất 10 ký tự, không chứa tên đăng nhập, không phải mật khẩu phổ biến), nhập lại lần nữa rồi bấm **Lưu mật khẩu mới**. Từ lần sau, bạn đăng nhập bằng mật khẩu mới.',
      screenshot: {
        caption: 'Đổi mật khẩu ở lần đăng nhập đầu tiên.',
        alt: 'Trang Đổi mật khẩu với thông báo lần đăng nhập đầu tiên và ba ô mật khẩu.',
      },
    },
    {
      id: 'trang-chu',
      title: 'Trang chủ và hướng dẫn nhanh',
      body: 'Trang chủ có khung **Bắt đầu nhanh** với các việc đầu tiên cần làm. Bấm **Đã hiểu, ẩn đi** khi không cần nữa; muốn xem lại thì bấm **Xem lại hướng dẫn nhanh**. Bấm vào ảnh đại diện (chữ cái đầu tên bạn) ở góc trên để mở trình đơn.',
      screenshot: {
        caption: 'Trang chủ với khung Bắt đầu nhanh.',
        alt: 'Trang chủ: lời chào, khung Bắt đầu nhanh gồm các bước và các thẻ chức năng.',
      },
    },
    {
      id: 'tai-len',
      title: 'Tải lên kế hoạch bài dạy',
      body: 'Vào **Hồ sơ của tôi**, bấm **Tải lên kế hoạch**, chọn **Kế hoạch bài dạy (Phụ lục IV)**. Chọn môn, khối lớp, ghi **tên bài học / chủ đề**, số tiết và ngày (hoặc tuần) dạy dự kiến. Chọn tệp .docx hoặc PDF rồi bấm **Tải lên và kiểm tra**.\n\nMỗi tệp chỉ chứa **một** bài học hoặc một chủ đề.',
      screenshot: {
        caption: 'Biểu mẫu tải lên kế hoạch bài dạy.',
        alt: 'Biểu mẫu Kế hoạch bài dạy (Phụ lục IV): nơi nộp, môn học, khối lớp, tên bài học, số tiết, ngày dạy và ô chọn tệp.',
      },
    },
    {
      id: 'ket-qua-kiem-tra',
      title: 'Đọc kết quả kiểm tra và sửa',
      body: 'Sau vài giây, trang **Kết quả kiểm tra** hiện ra. Mỗi vấn đề ghi rõ mức độ:\n\n- **Lỗi**: phải sửa, chưa nộp được.\n- **Cảnh báo**: nên xem lại, vẫn nộp được.\n- **Gợi ý**: chỉ để tham khảo.\n\nMỗi vấn đề có **Vị trí** (mục, trang, đoạn trích), **Căn cứ** và **Cách sửa**. Bấm **Xem trong bản xem trước** để thấy đúng chỗ trong kế hoạch. Sửa tệp trong Word trên máy của bạn.',
      screenshot: {
        caption: 'Kết quả kiểm tra: thiếu mục “I. Mục tiêu”.',
        alt: 'Trang Kết quả kiểm tra phiên bản 1 với một lỗi thiếu mục Mục tiêu, kèm vị trí, căn cứ và cách sửa.',
      },
    },
    {
      id: 'phien-ban-moi',
      title: 'Tải lên phiên bản đã sửa',
      body: 'Mở lại kế hoạch trong **Hồ sơ của tôi**. Ở khung **Tải lên phiên bản mới**, chọn tệp đã sửa và bấm **Tải lên và kiểm tra**. Phiên bản cũ vẫn được giữ; trang kết quả cho biết vấn đề nào **Đã sửa**, **Mới phát sinh** hay **Còn tồn tại**.',
      screenshot: {
        caption: 'Trang kế hoạch: các phiên bản và khung tải phiên bản mới.',
        alt: 'Trang kế hoạch với danh sách phiên bản, kết quả từng phiên bản và khung Tải lên phiên bản mới.',
      },
    },
    {
      id: 'nop-duyet',
      title: 'Nộp duyệt',
      body: 'Khi phiên bản mới nhất không còn lỗi, khung **Nộp và duyệt** trên trang kế hoạch có nút **Nộp duyệt**. Bấm nút này; tổ trưởng hoặc nhóm trưởng nhận được thông báo. Nếu nộp nhầm, bấm **Rút lại** khi chưa có người duyệt.',
      screenshot: {
        caption: 'Đã nộp hồ sơ.',
        alt: 'Trang kế hoạch sau khi nộp: thông báo Đã nộp hồ sơ và trạng thái Đã nộp.',
      },
    },
    {
      id: 'ket-qua-duyet',
      title: 'Xem kế hoạch được duyệt hoặc bị trả lại',
      body: 'Kết quả duyệt đến trong **Thông báo** và hiện trên trang kế hoạch. **Đã duyệt**: xong, kế hoạch được khoá. **Bị trả lại**: đọc nhận xét của người duyệt, sửa, tải lên phiên bản mới rồi **Nộp duyệt** lại. Mục **Nhật ký xử lý** ghi mọi bước.',
      screenshot: {
        caption: 'Kế hoạch đã được duyệt, kèm nhật ký xử lý.',
        alt: 'Trang kế hoạch với trạng thái Đã duyệt và bảng Nhật ký xử lý gồm tải lên, nộp duyệt và duyệt.',
      },
    },
  ],
  welcome: [
    {
      text: 'Tải lên kế hoạch bài dạy hoặc kế hoạch giáo dục của bạn.',
      route: 'documents.create',
      action: 'Tải lên kế hoạch',
    },
    {
      text: 'Đọc kết quả kiểm tra tự động và sửa các lỗi được chỉ ra.',
      route: 'documents.index',
      action: 'Hồ sơ của tôi',
    },
    {
      text: 'Bấm “Nộp duyệt” khi kế hoạch không còn lỗi.',
      route: 'documents.index',
      action: 'Hồ sơ của tôi',
    },
    {
      text: 'Theo dõi kết quả duyệt trong Thông báo.',
      route: 'notifications.index',
      action: 'Thông báo',
    },
  ],
}

const groupHead: Guide = {
  role: 'group-head',
  title: 'Hướng dẫn cho tổ trưởng, nhóm trưởng chuyên môn',
  audience: 'Tổ trưởng, tổ phó và nhóm trưởng duyệt kế hoạch của giáo viên trong tổ, nhóm mình.',
  intro:
    'Kế hoạch giáo viên nộp đến bạn đã được hệ thống kiểm tra cấu trúc; bạn xem nội dung chuyên môn rồi duyệt hoặc trả lại kèm nhận xét. Kế hoạch bài dạy cần được duyệt trước khi giáo viên lên lớp.',
  steps: [
    {
      id: 'hang-cho-duyet',
      title: 'Xem hồ sơ chờ duyệt',
      body: 'Mở **Hồ sơ chờ duyệt** trong trình đơn. Bảng liệt kê các kế hoạch được gửi đến bạn, hạn cần duyệt (ngày dạy) và kết quả kiểm tra tự động. Kế hoạch sắp đến ngày dạy có nhãn nhắc.',
      screenshot: {
        caption: 'Danh sách hồ sơ chờ duyệt.',
        alt: 'Bảng Hồ sơ chờ duyệt với tên bài, giáo viên, hạn duyệt, kết quả kiểm tra và nút Xem và duyệt.',
      },
    },
    {
      id: 'xem-va-duyet',
      title: 'Xem và duyệt một kế hoạch',
      body: 'Bấm **Xem và duyệt**. Bên trái là bản xem trước, bên phải là các vấn đề hệ thống tìm thấy. Nếu đạt, ghi nhận xét (không bắt buộc) và bấm **Duyệt**.',
      screenshot: {
        caption: 'Trang duyệt: bản xem trước và khung quyết định.',
        alt: 'Trang duyệt kế hoạch bài dạy với bản xem trước, danh sách vấn đề và nút Duyệt.',
      },
    },
    {
      id: 'tra-lai',
      title: 'Trả lại kèm nhận xét',
      body: 'Nếu cần sửa, ghi rõ cần sửa gì vào ô **Lý do trả lại** (bắt buộc) rồi bấm **Trả lại**. Giáo viên nhận thông báo, sửa và nộp lại phiên bản mới. Bạn cũng có thể gửi nhận xét gắn với một vấn đề cụ thể ở khung **Nhận xét của người duyệt**.',
      screenshot: {
        caption: 'Trả lại kế hoạch với lý do.',
        alt: 'Khung Trả lại với ô Lý do trả lại đã được điền.',
      },
    },
    {
      id: 'duyet-hang-loat',
      title: 'Duyệt nhiều kế hoạch cùng lúc',
      body: 'Ở **Hồ sơ chờ duyệt**, đánh dấu các kế hoạch đạt kiểm tra tự động và không có cảnh báo, rồi bấm **Duyệt các hồ sơ đã chọn**. Kế hoạch có cảnh báo hoặc cần kiểm tra thủ công không chọn được: hãy mở từng kế hoạch.',
      screenshot: {
        caption: 'Chọn nhiều kế hoạch để duyệt hàng loạt.',
        alt: 'Bảng Hồ sơ chờ duyệt với các ô đã đánh dấu và nút Duyệt các hồ sơ đã chọn.',
      },
    },
    {
      id: 'tong-quan',
      title: 'Theo dõi tình hình của tổ, nhóm',
      body: 'Trang **Tổng quan** cho biết bao nhiêu kế hoạch đã nộp, đã duyệt, bị trả lại và trễ hạn trong phạm vi của bạn.',
      screenshot: {
        caption: 'Trang Tổng quan của tổ, nhóm.',
        alt: 'Trang Tổng quan với số liệu nộp và duyệt hồ sơ.',
      },
    },
  ],
  welcome: [
    {
      text: 'Mở danh sách kế hoạch giáo viên gửi đến bạn.',
      route: 'reviews.index',
      action: 'Hồ sơ chờ duyệt',
    },
    {
      text: 'Xem bản xem trước và kết quả kiểm tra, rồi bấm “Duyệt” hoặc “Trả lại” kèm lý do.',
      route: 'reviews.index',
      action: 'Hồ sơ chờ duyệt',
    },
    {
      text: 'Duyệt hàng loạt các kế hoạch đạt kiểm tra và không có cảnh báo.',
      route: 'reviews.index',
      action: 'Hồ sơ chờ duyệt',
    },
    {
      text: 'Theo dõi tình hình nộp, duyệt của tổ, nhóm.',
      route: 'dashboard.show',
      action: 'Tổng quan',
    },
  ],
}

const principal: Guide = {
  role: 'principal',
  title: 'Hướng dẫn cho Ban giám hiệu',
  audience: 'Hiệu trưởng, phó hiệu trưởng phụ trách chuyên môn.',
  intro:
    'Ban giám hiệu duyệt kế hoạch của tổ chuyên môn (Phụ lục I, II), ghi nhận quyết định của Hội đồng trường về kế hoạch giáo dục của nhà trường để hệ thống gửi báo cáo lên cấp trên, và theo dõi toàn trường.',
  steps: [
    {
      id: 'ke-hoach-to',
      title: 'Duyệt kế hoạch của tổ chuyên môn',
      body: 'Mở **Hồ sơ chờ duyệt**: kế hoạch dạy học (Phụ lục I) và kế hoạch tổ chức hoạt động giáo dục (Phụ lục II) của các tổ được gửi đến Ban giám hiệu. Bấm **Xem và duyệt**, rồi **Duyệt** hoặc **Trả lại** kèm lý do, như với mọi kế hoạch.',
      screenshot: {
        caption: 'Kế hoạch của các tổ chờ Ban giám hiệu duyệt.',
        alt: 'Bảng Hồ sơ chờ duyệt với kế hoạch Phụ lục I của tổ chuyên môn.',
      },
    },
    {
      id: 'ke-hoach-nha-truong',
      title: 'Kế hoạch nhà trường: quyết định của Hội đồng trường và báo cáo',
      body: 'Kế hoạch giáo dục của nhà trường do Hội đồng trường phê duyệt. Mở kế hoạch đã nộp, nhập **Số quyết định** và **Ngày quyết định**, rồi bấm **Ghi nhận phê duyệt và gửi báo cáo**. Hệ thống tự gửi báo cáo đến Phòng GDĐT hoặc Phòng Giáo dục trung học theo cấp học của trường.',
      screenshot: {
        caption: 'Ghi nhận phê duyệt của Hội đồng trường.',
        alt: 'Khung Phê duyệt của Hội đồng trường với ô số quyết định, ngày quyết định và nút gửi báo cáo.',
      },
    },
    {
      id: 'da-bao-cao',
      title: 'Xem báo cáo đã gửi',
      body: 'Sau khi ghi nhận, kế hoạch nhà trường chuyển sang **Đã duyệt** và trang kế hoạch ghi các đơn vị đã nhận báo cáo trong **Nhật ký xử lý**.',
      screenshot: {
        caption: 'Kế hoạch nhà trường đã được Hội đồng trường phê duyệt và gửi báo cáo.',
        alt: 'Trang kế hoạch nhà trường với thông báo đã gửi báo cáo và nhật ký xử lý.',
      },
    },
    {
      id: 'tong-quan',
      title: 'Theo dõi toàn trường',
      body: 'Trang **Tổng quan** cho biết tình hình nộp, duyệt của từng tổ, kế hoạch trễ hạn và tỉ lệ duyệt. Bấm **Kiểm tra hồ sơ** để xem kế hoạch của giáo viên toàn trường theo bộ lọc.',
      screenshot: {
        caption: 'Tổng quan toàn trường.',
        alt: 'Trang Tổng quan của Ban giám hiệu với số liệu theo tổ chuyên môn.',
      },
    },
  ],
  welcome: [
    {
      text: 'Duyệt kế hoạch của các tổ chuyên môn (Phụ lục I, II).',
      route: 'reviews.index',
      action: 'Hồ sơ chờ duyệt',
    },
    {
      text: 'Ghi nhận quyết định của Hội đồng trường để gửi kế hoạch nhà trường lên cấp trên.',
      route: 'reviews.index',
      action: 'Hồ sơ chờ duyệt',
    },
    {
      text: 'Theo dõi tình hình nộp, duyệt của toàn trường.',
      route: 'dashboard.show',
      action: 'Tổng quan',
    },
  ],
}

const schoolAdmin: Guide = {
  role: 'school-admin',
  title: 'Hướng dẫn cho quản trị nhà trường',
  audience: 'Giáo viên được giao quản trị phần mềm của trường.',
  intro:
    'Bạn dựng tổ, nhóm chuyên môn, tạo tài khoản cho cán bộ, giáo viên (nhập cả danh sách từ Excel), phân vai trò và cấp lại mật khẩu khi có người quên.',
  steps: [
    {
      id: 'to-nhom',
      title: 'Tổ và nhóm chuyên môn',
      body: 'Mở **Quản trị nhà trường** rồi chọn trường. Thẻ **Tổ, nhóm chuyên môn** liệt kê các tổ và nhóm. Dùng **Thêm tổ** và **Thêm nhóm** để bổ sung; kế hoạch của giáo viên được gửi đến tổ trưởng hoặc nhóm trưởng theo tổ, nhóm này.',
      screenshot: {
        caption: 'Tổ, nhóm chuyên môn của trường.',
        alt: 'Trang quản trị nhà trường, thẻ Tổ, nhóm chuyên môn với danh sách tổ và các nhóm.',
      },
    },
    {
      id: 'nhap-excel',
      title: 'Nhập danh sách cán bộ, giáo viên từ Excel',
      body: 'Thẻ **Nhập từ Excel**: bấm **Tải tệp mẫu (.xlsx)**, điền mỗi người một dòng (Mã định danh, Họ và tên, Tổ, Nhóm, Môn dạy, Chức vụ…), hoặc dùng tệp xuất từ CSDL ngành, SMAS. Chọn tệp rồi bấm **Kiểm tra tệp**: phần mềm báo dòng nào có lỗi trước khi nhập.',
      screenshot: {
        caption: 'Kết quả kiểm tra tệp danh sách trước khi nhập.',
        alt: 'Trang kiểm tra tệp danh sách: số dòng hợp lệ, bảng các dòng và nút Xác nhận nhập.',
      },
    },
    {
      id: 'mat-khau-ban-dau',
      title: 'Xác nhận nhập và trao mật khẩu ban đầu',
      body: 'Bấm **Xác nhận nhập**. Tài khoản mới được tạo với mật khẩu ban đầu; bấm **Tải danh sách mật khẩu (.xlsx) để in** và trao cho từng người. Danh sách chỉ tải được một lần. Mỗi người phải đổi mật khẩu ở lần đăng nhập đầu tiên. Nhập lại cùng tệp không tạo trùng.',
      screenshot: {
        caption: 'Đã nhập danh sách: tải danh sách mật khẩu để in.',
        alt: 'Trang Đã nhập danh sách với số tài khoản tạo mới và nút tải danh sách mật khẩu.',
      },
    },
    {
      id: 'cap-lai-mat-khau',
      title: 'Tìm cán bộ, phân vai trò, cấp lại mật khẩu',
      body: 'Thẻ **Cán bộ, giáo viên**: tìm theo tên, mở một người để **Thêm vai trò** (tổ trưởng, nhóm trưởng…). Khi có người quên mật khẩu, bấm **Cấp lại mật khẩu**: mật khẩu mới chỉ hiện một lần, người đó phải đổi ở lần đăng nhập sau.',
      screenshot: {
        caption: 'Danh sách cán bộ, giáo viên với nút cấp lại mật khẩu.',
        alt: 'Bảng cán bộ, giáo viên của trường với tên đăng nhập, vai trò và nút Cấp lại mật khẩu.',
      },
    },
  ],
  welcome: [
    {
      text: 'Kiểm tra các tổ, nhóm chuyên môn của trường.',
      route: 'admin.show',
      action: 'Quản trị nhà trường',
    },
    {
      text: 'Nhập danh sách cán bộ, giáo viên từ tệp Excel.',
      route: 'admin.show',
      action: 'Quản trị nhà trường',
    },
    {
      text: 'In danh sách mật khẩu ban đầu và trao cho từng người.',
      route: 'admin.show',
      action: 'Quản trị nhà trường',
    },
  ],
}

const inspector: Guide = {
  role: 'inspector',
  title: 'Hướng dẫn cho đơn vị kiểm tra',
  audience:
    'Phòng GDĐT, Phòng Văn hoá - Xã hội, chuyên viên và lãnh đạo Phòng Giáo dục trung học, Ban Giám đốc Sở.',
  intro:
    'Bạn xem hồ sơ chuyên môn của các trường trong phạm vi được giao (theo địa bàn hoặc theo môn phụ trách) và ghi nhận xét kiểm tra. Đơn vị kiểm tra không duyệt hồ sơ; nhận xét hiện cho nhà trường trên trang kế hoạch.',
  steps: [
    {
      id: 'pham-vi',
      title: 'Xem hồ sơ trong phạm vi',
      body: 'Mở **Kiểm tra hồ sơ**. Danh sách gồm mọi hồ sơ trong phạm vi của bạn, mới nhất trước.',
      screenshot: {
        caption: 'Danh sách hồ sơ trong phạm vi kiểm tra.',
        alt: 'Trang Kiểm tra hồ sơ với bộ lọc và bảng hồ sơ của các trường.',
      },
    },
    {
      id: 'bo-loc',
      title: 'Lọc theo trường, môn, loại hồ sơ',
      body: 'Dùng **Bộ lọc**: trường, tổ, môn, giáo viên, loại hồ sơ, trạng thái; đánh dấu **Chỉ hồ sơ trễ hạn** hoặc **Chỉ hồ sơ có lỗi hoặc cảnh báo**, rồi bấm **Lọc**.',
      screenshot: {
        caption: 'Lọc kế hoạch bài dạy của một trường.',
        alt: 'Trang Kiểm tra hồ sơ sau khi lọc theo trường và loại Kế hoạch bài dạy.',
      },
    },
    {
      id: 'nhan-xet',
      title: 'Ghi nhận xét kiểm tra',
      body: 'Mở một hồ sơ để xem bản xem trước, kết quả kiểm tra và nhật ký. Viết vào ô **Nội dung nhận xét** và bấm **Lưu nhận xét kiểm tra**. Nhà trường thấy nhận xét trên trang kế hoạch.',
      screenshot: {
        caption: 'Nhận xét kiểm tra đã lưu.',
        alt: 'Trang hồ sơ kiểm tra với nhận xét vừa lưu trong khung Nhận xét kiểm tra.',
      },
    },
  ],
  welcome: [
    {
      text: 'Mở danh sách hồ sơ các trường trong phạm vi của bạn.',
      route: 'inspection.index',
      action: 'Kiểm tra hồ sơ',
    },
    {
      text: 'Lọc theo trường, môn, loại hồ sơ, hồ sơ trễ hạn.',
      route: 'inspection.index',
      action: 'Kiểm tra hồ sơ',
    },
    {
      text: 'Ghi nhận xét kiểm tra; nhà trường sẽ thấy trên trang kế hoạch.',
      route: 'inspection.index',
      action: 'Kiểm tra hồ sơ',
    },
  ],
}

const deptAdmin: Guide = {
  role: 'dept-admin',
  title: 'Hướng dẫn cho quản trị của Sở',
  audience: 'Cán bộ quản trị phần mềm của Sở GDĐT.',
  intro:
    'Bạn quản lý danh sách trường, phòng quản lý và tuyến báo cáo, năm học, các quy tắc kiểm tra văn bản và thông tin hỗ trợ hiện trong hướng dẫn này.',
  steps: [
    {
      id: 'truong-hoc',
      title: 'Trường học và tuyến báo cáo',
      body: 'Mở **Quản trị của Sở**. Thẻ **Trường học** liệt kê các trường, loại trường và đơn vị quản lý (nơi nhận báo cáo kế hoạch nhà trường). Dùng **Thêm trường** hoặc sửa một trường để đổi đơn vị quản lý.',
      screenshot: {
        caption: 'Danh sách trường học và đơn vị quản lý.',
        alt: 'Trang Quản trị của Sở, thẻ Trường học với bảng trường và đơn vị quản lý.',
      },
    },
    {
      id: 'phong-quan-ly',
      title: 'Phòng quản lý',
      body: 'Thẻ **Phòng quản lý**: các Phòng GDĐT, Phòng Văn hoá - Xã hội. **Thêm đơn vị** tạo luôn tài khoản kiểm tra của đơn vị; mật khẩu tạm thời chỉ hiện một lần.',
      screenshot: {
        caption: 'Các phòng quản lý.',
        alt: 'Thẻ Phòng quản lý với danh sách đơn vị và biểu mẫu Thêm đơn vị.',
      },
    },
    {
      id: 'nam-hoc',
      title: 'Năm học',
      body: 'Thẻ **Năm học**: thêm năm học mới (ngày bắt đầu, kết thúc, hạn nộp kế hoạch) và đặt năm học hiện hành trước khai giảng.',
      screenshot: {
        caption: 'Danh sách năm học.',
        alt: 'Thẻ Năm học với năm học hiện hành và biểu mẫu Thêm năm học.',
      },
    },
    {
      id: 'bo-kiem-tra',
      title: 'Quy tắc kiểm tra văn bản',
      body: 'Mở **Bộ kiểm tra văn bản**. Với từng bộ kiểm tra, bạn bật hoặc tắt, đặt mức độ từng thông báo (**Lỗi (chặn nộp)**, **Cảnh báo**, **Lưu ý**, **Tắt thông báo**) rồi bấm **Lưu quy tắc**. Các kế hoạch liên quan được kiểm tra lại theo quy tắc mới.',
      screenshot: {
        caption: 'Bộ kiểm tra văn bản của năm học.',
        alt: 'Trang Bộ kiểm tra văn bản với các bộ kiểm tra, trạng thái bật và mức độ từng thông báo.',
      },
    },
    {
      id: 'ho-tro',
      title: 'Thông tin hỗ trợ',
      body: 'Mở **Thông tin hỗ trợ** (trong trình đơn). Nhập số đường dây nóng, e-mail, đơn vị hỗ trợ và giờ hỗ trợ rồi bấm **Lưu thông tin hỗ trợ**. Thông tin này hiện trong hướng dẫn sử dụng và trên các trang báo lỗi.',
      screenshot: {
        caption: 'Sửa thông tin hỗ trợ.',
        alt: 'Biểu mẫu Thông tin hỗ trợ với đường dây nóng, e-mail, đơn vị và giờ hỗ trợ.',
      },
    },
  ],
  welcome: [
    {
      text: 'Kiểm tra danh sách trường, phòng quản lý và tuyến báo cáo.',
      route: 'department_schools.index',
      action: 'Quản trị của Sở',
    },
    {
      text: 'Đặt năm học hiện hành trước khai giảng.',
      route: 'school_years.index',
      action: 'Năm học',
    },
    {
      text: 'Xem lại các quy tắc kiểm tra văn bản của năm học.',
      route: 'validators.index',
      action: 'Bộ kiểm tra văn bản',
    },
    {
      text: 'Cập nhật đường dây nóng và e-mail hỗ trợ.',
      route: 'support.edit',
      action: 'Thông tin hỗ trợ',
    },
  ],
}

export const GUIDES: Record<GuideRole, Guide> = {
  'teacher': teacher,
  'group-head': groupHead,
  'principal': principal,
  'school-admin': schoolAdmin,
  'inspector': inspector,
  'dept-admin': deptAdmin,
}

/*
 * What the automatic check looks at and what the common findings mean,
 * in the words the findings use (plugins/<name>/index.ts, meta.messages).
 */
export const FAQ: FaqEntry[] = [
  {
    question: 'Hệ thống kiểm tra những gì trong kế hoạch?',
    answer:
      'Hệ thống đọc tệp .docx hoặc PDF và so với khung của Công văn 5512 (Phụ lục I–IV) và hướng dẫn của Sở: đúng loại kế hoạch, đủ các mục và bảng theo thứ tự, thông tin ở đầu văn bản (năm học, môn, khối lớp, tên bài) khớp với thông tin bạn khai, các hoạt động của kế hoạch bài dạy, số tiết, chỗ còn để trống của mẫu, và mỗi tệp chỉ một bài học. Hệ thống **không** chấm nội dung chuyên môn: việc đó là của người duyệt.',
  },
  {
    question: 'Lỗi, cảnh báo và gợi ý khác nhau thế nào?',
    answer:
      '**Lỗi** là chỗ sai rõ ràng so với khung quy định: phải sửa mới nộp được. **Cảnh báo** là chỗ nên xem lại (ví dụ thứ tự mục khác mẫu, thiếu một bước tổ chức hoạt động): vẫn nộp được, người duyệt sẽ xem. **Gợi ý** chỉ để tham khảo. Sở có thể điều chỉnh mức độ từng thông báo.',
  },
  {
    question: '“Thiếu mục …” hoặc “Mục … không đúng thứ tự” nghĩa là gì?',
    answer:
      'Không tìm thấy một mục của khung (ví dụ **I. Mục tiêu**, **II. Thiết bị dạy học và học liệu**, **III. Tiến trình dạy học**) hoặc mục nằm sai chỗ. Hãy giữ đúng tên và số thứ tự mục như mẫu; có thể viết hoa hay thường đều được.',
  },
  {
    question: '“Thiếu bảng …”, “Bảng … thiếu cột …”, “Bảng … thiếu dòng …”?',
    answer:
      'Khung của Phụ lục I–III có các bảng với cột cố định (ví dụ **Bài học**, **Số tiết**, **Thời điểm**). Hãy dùng bảng của mẫu và giữ tiêu đề cột; có thể thêm cột nhưng không bỏ cột của mẫu.',
  },
  {
    question: '“Văn bản ghi năm học … / lớp … / môn …, nhưng hồ sơ được nộp cho …”?',
    answer:
      'Dòng tiêu đề của kế hoạch ghi khác với thông tin bạn chọn khi tải lên (thường do dùng lại tệp năm trước hoặc của lớp khác). Sửa lại dòng tiêu đề trong tệp, hoặc kiểm tra lại môn, khối đã chọn.',
  },
  {
    question: '“Tệp chứa … kế hoạch bài dạy”?',
    answer:
      'Theo hướng dẫn của Sở, mỗi bài học hoặc mỗi chủ đề là **một tệp riêng**. Hãy tách tệp và tải lên từng bài. Một chủ đề dạy trong nhiều tiết vẫn là một tệp.',
  },
  {
    question: '“Thiếu Hoạt động …”, “… thiếu mục …”, “chưa thấy bước …”?',
    answer:
      'Trong **III. Tiến trình dạy học**, mỗi hoạt động cần có **a) Mục tiêu**, **b) Nội dung**, **c) Sản phẩm**, **d) Tổ chức thực hiện**, và phần tổ chức thực hiện nên có bốn bước: giao nhiệm vụ, thực hiện nhiệm vụ, báo cáo thảo luận, kết luận nhận định.',
  },
  {
    question: '“Chưa điền …”, “Còn chỗ trống chưa điền” hoặc “Còn câu hướng dẫn của khung mẫu”?',
    answer:
      'Trong tệp còn chỗ dấu chấm (……) chưa điền, hoặc còn câu hướng dẫn của mẫu như “Nêu cụ thể …”. Điền thông tin hoặc xoá câu hướng dẫn. Dòng ngày tháng chỗ ký tên không bị báo.',
  },
  {
    question: '“Tài liệu không phải …: nội dung giống …”?',
    answer:
      'Nội dung tệp giống một loại kế hoạch khác với loại bạn chọn (ví dụ tải biên bản sinh hoạt tổ vào mục Kế hoạch bài dạy). Kiểm tra lại tệp hoặc chọn đúng loại kế hoạch. Khi có thông báo này, các kiểm tra khác tạm bỏ qua.',
  },
  {
    question: '“Không đọc được nội dung tệp”?',
    answer:
      'Tệp là bản quét hoặc ảnh chụp nên hệ thống không đọc được chữ; kế hoạch sẽ được người duyệt kiểm tra thủ công. Nếu có tệp gốc, hãy tải lên tệp .docx hoặc PDF xuất trực tiếp từ Word.',
  },
  {
    question: 'Tôi quên mật khẩu thì làm thế nào?',
    answer:
      'Liên hệ GV quản trị phần mềm của trường để được **cấp lại mật khẩu**; bạn sẽ đặt mật khẩu mới ở lần đăng nhập sau.',
  },
]
