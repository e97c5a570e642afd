// Demo province content: Lâm Đồng after the 2025 merger (with Bình Thuận and Đắk Nông), with names
// taken from the national programmes (Quyết định 749/QĐ-TTg, Đề án 06, Nghị quyết 57-NQ/TW).
import type { AgencyKind, Direction } from '../../../shared/domain';

export const DEMO_AGENCIES: { code: string; name: string; short: string; kind: AgencyKind; email?: string }[] = [
  { code: 'VP-UBND', name: 'Văn phòng Ủy ban nhân dân tỉnh', short: 'VP UBND tỉnh', kind: 'so_ban_nganh', email: 'vpubnd@lamdong.gov.vn' },
  { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', short: 'Sở KH&CN', kind: 'so_ban_nganh', email: 'skhcn@lamdong.gov.vn' },
  { code: 'SNV', name: 'Sở Nội vụ', short: 'Sở Nội vụ', kind: 'so_ban_nganh', email: 'snv@lamdong.gov.vn' },
  { code: 'STC', name: 'Sở Tài chính', short: 'Sở Tài chính', kind: 'so_ban_nganh', email: 'stc@lamdong.gov.vn' },
  { code: 'SCT', name: 'Sở Công Thương', short: 'Sở Công Thương', kind: 'so_ban_nganh', email: 'sct@lamdong.gov.vn' },
  { code: 'SNNMT', name: 'Sở Nông nghiệp và Môi trường', short: 'Sở NN&MT', kind: 'so_ban_nganh', email: 'snnmt@lamdong.gov.vn' },
  { code: 'SXD', name: 'Sở Xây dựng', short: 'Sở Xây dựng', kind: 'so_ban_nganh', email: 'sxd@lamdong.gov.vn' },
  { code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo', short: 'Sở GD&ĐT', kind: 'so_ban_nganh', email: 'sgddt@lamdong.gov.vn' },
  { code: 'SYT', name: 'Sở Y tế', short: 'Sở Y tế', kind: 'so_ban_nganh', email: 'syt@lamdong.gov.vn' },
  { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', short: 'Sở VHTT&DL', kind: 'so_ban_nganh', email: 'svhttdl@lamdong.gov.vn' },
  { code: 'STP', name: 'Sở Tư pháp', short: 'Sở Tư pháp', kind: 'so_ban_nganh', email: 'stp@lamdong.gov.vn' },
  { code: 'SDTTG', name: 'Sở Dân tộc và Tôn giáo', short: 'Sở DT&TG', kind: 'so_ban_nganh' },
  { code: 'SNgV', name: 'Sở Ngoại vụ', short: 'Sở Ngoại vụ', kind: 'so_ban_nganh' },
  { code: 'TTr', name: 'Thanh tra tỉnh', short: 'Thanh tra tỉnh', kind: 'so_ban_nganh' },
  { code: 'CA', name: 'Công an tỉnh', short: 'Công an tỉnh', kind: 'so_ban_nganh', email: 'ca@lamdong.gov.vn' },
  { code: 'BCHQS', name: 'Bộ Chỉ huy Quân sự tỉnh', short: 'BCH Quân sự', kind: 'so_ban_nganh' },
  { code: 'TTPVHCC', name: 'Trung tâm Phục vụ hành chính công tỉnh', short: 'TT PVHCC', kind: 'so_ban_nganh', email: 'hcc@lamdong.gov.vn' },
  { code: 'BHXH', name: 'Bảo hiểm xã hội tỉnh', short: 'BHXH tỉnh', kind: 'so_ban_nganh' },
  { code: 'THUE', name: 'Thuế tỉnh Lâm Đồng', short: 'Thuế tỉnh', kind: 'so_ban_nganh' },
  { code: 'KBNN', name: 'Kho bạc Nhà nước khu vực XV', short: 'KBNN KV XV', kind: 'so_ban_nganh' },
  { code: 'NHNN', name: 'Ngân hàng Nhà nước chi nhánh Khu vực 10', short: 'NHNN KV10', kind: 'so_ban_nganh' },
  { code: 'BPTTH', name: 'Báo và Phát thanh, Truyền hình Lâm Đồng', short: 'Báo và PTTH', kind: 'so_ban_nganh' },
  { code: 'BQLKCN', name: 'Ban Quản lý các khu công nghiệp tỉnh', short: 'BQL các KCN', kind: 'so_ban_nganh' },
  { code: 'TDLT', name: 'Tỉnh đoàn Lâm Đồng', short: 'Tỉnh đoàn', kind: 'khac' },
  { code: 'HLHPN', name: 'Hội Liên hiệp Phụ nữ tỉnh', short: 'Hội LHPN tỉnh', kind: 'khac' },
  { code: 'X-XHUONG', name: 'Ủy ban nhân dân phường Xuân Hương - Đà Lạt', short: 'UBND P. Xuân Hương', kind: 'ubnd_xa' },
  { code: 'X-LVIEN', name: 'Ủy ban nhân dân phường Lâm Viên - Đà Lạt', short: 'UBND P. Lâm Viên', kind: 'ubnd_xa' },
  { code: 'X-CAMLY', name: 'Ủy ban nhân dân phường Cam Ly - Đà Lạt', short: 'UBND P. Cam Ly', kind: 'ubnd_xa' },
  { code: 'X-BLOC1', name: 'Ủy ban nhân dân phường 1 Bảo Lộc', short: 'UBND P. 1 Bảo Lộc', kind: 'ubnd_xa' },
  { code: 'X-PTHIET', name: 'Ủy ban nhân dân phường Phan Thiết', short: 'UBND P. Phan Thiết', kind: 'ubnd_xa' },
  { code: 'X-GNGHIA', name: 'Ủy ban nhân dân phường Bắc Gia Nghĩa', short: 'UBND P. Bắc Gia Nghĩa', kind: 'ubnd_xa' },
  { code: 'X-DTRONG', name: 'Ủy ban nhân dân xã Đức Trọng', short: 'UBND xã Đức Trọng', kind: 'ubnd_xa' },
  { code: 'X-LDUONG', name: 'Ủy ban nhân dân xã Lạc Dương', short: 'UBND xã Lạc Dương', kind: 'ubnd_xa' },
  { code: 'X-DLINH', name: 'Ủy ban nhân dân xã Di Linh', short: 'UBND xã Di Linh', kind: 'ubnd_xa' },
  { code: 'X-DRONG', name: 'Ủy ban nhân dân xã Đam Rông 1', short: 'UBND xã Đam Rông 1', kind: 'ubnd_xa' },
  { code: 'X-TPHONG', name: 'Ủy ban nhân dân xã Tuy Phong', short: 'UBND xã Tuy Phong', kind: 'ubnd_xa' },
  { code: 'VNPT', name: 'Viễn thông Lâm Đồng (VNPT)', short: 'VNPT Lâm Đồng', kind: 'doanh_nghiep' },
  { code: 'VIETTEL', name: 'Viettel Lâm Đồng', short: 'Viettel Lâm Đồng', kind: 'doanh_nghiep' },
  { code: 'BDT', name: 'Bưu điện tỉnh Lâm Đồng', short: 'Bưu điện tỉnh', kind: 'doanh_nghiep' },
  { code: 'MOBI', name: 'MobiFone khu vực Lâm Đồng', short: 'MobiFone', kind: 'doanh_nghiep' },
];

/** Merged in the 2025 restructuring; kept, closed, with its successor (Sở KH&CN). */
export const DEMO_MERGED_AGENCY = { code: 'STTTT', name: 'Sở Thông tin và Truyền thông', short: 'Sở TT&TT', successor: 'SKHCN', validTo: '2025-02-28' };

// [pillar code, title, lead agency code, output]
export const DEMO_TASKS: [string, string, string, string][] = [
  ['CQS', 'Cung cấp 100% thủ tục hành chính đủ điều kiện dưới hình thức dịch vụ công trực tuyến toàn trình', 'TTPVHCC', 'Danh mục TTHC trực tuyến toàn trình được công bố'],
  ['CQS', 'Tái cấu trúc quy trình, tích hợp 53 dịch vụ công thiết yếu theo Đề án 06 lên Cổng Dịch vụ công quốc gia', 'VP-UBND', 'Dịch vụ công được tích hợp, vận hành'],
  ['CQS', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực', 'TTPVHCC', 'Kho dữ liệu số hóa kết quả TTHC'],
  ['CQS', 'Triển khai hệ thống quản lý văn bản và điều hành liên thông 4 cấp, ký số trên thiết bị di động', 'VP-UBND', 'Hệ thống QLVB&ĐH nâng cấp'],
  ['CQS', 'Vận hành Trung tâm giám sát, điều hành đô thị thông minh (IOC) cấp tỉnh sau sáp nhập', 'SKHCN', 'IOC tích hợp dữ liệu 3 tỉnh cũ'],
  ['CQS', 'Tổ chức họp trực tuyến thông suốt từ tỉnh đến 124 xã, phường, đặc khu', 'VP-UBND', 'Hệ thống hội nghị truyền hình'],
  ['CQS', 'Thanh toán trực tuyến phí, lệ phí thủ tục hành chính qua Nền tảng thanh toán quốc gia', 'STC', 'Tỷ lệ hồ sơ thanh toán trực tuyến'],
  ['CQS', 'Xây dựng Hệ thống thông tin báo cáo của tỉnh kết nối Hệ thống báo cáo Chính phủ', 'VP-UBND', 'Hệ thống báo cáo vận hành'],
  ['CQS', 'Chuẩn hóa, cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức', 'SNV', 'CSDL CBCCVC đồng bộ với CSDL quốc gia'],
  ['CQS', 'Ứng dụng trợ lý ảo hỗ trợ cán bộ xã, phường trong giải quyết thủ tục hành chính', 'SKHCN', 'Trợ lý ảo triển khai thí điểm'],
  ['KTS', 'Phát triển thương mại điện tử, đưa sản phẩm OCOP lên sàn thương mại điện tử', 'SCT', 'Sản phẩm OCOP trên sàn TMĐT'],
  ['KTS', 'Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số theo Chương trình SMEdx', 'SKHCN', 'Doanh nghiệp được hỗ trợ'],
  ['KTS', 'Chuyển đổi số trong nông nghiệp: truy xuất nguồn gốc nông sản chủ lực (cà phê, chè, rau, hoa)', 'SNNMT', 'Mã số vùng trồng, tem truy xuất'],
  ['KTS', 'Phát triển du lịch thông minh: bản đồ số, thuyết minh tự động tại điểm du lịch', 'SVHTTDL', 'Ứng dụng du lịch thông minh'],
  ['KTS', 'Thúc đẩy hóa đơn điện tử khởi tạo từ máy tính tiền', 'THUE', 'Cơ sở kinh doanh sử dụng HĐĐT'],
  ['KTS', 'Phát triển thanh toán không dùng tiền mặt tại chợ, bệnh viện, trường học', 'NHNN', 'Điểm chấp nhận thanh toán số'],
  ['KTS', 'Xây dựng khu công nghiệp số, hạ tầng dữ liệu cho doanh nghiệp trong KCN', 'BQLKCN', 'Đề án KCN số'],
  ['KTS', 'Hỗ trợ hộ kinh doanh sử dụng nền tảng số trong bán hàng và kế toán', 'SCT', 'Hộ kinh doanh được tập huấn'],
  ['XHS', 'Phổ cập dịch vụ mạng di động 4G/5G và điện thoại thông minh cho người dân', 'VIETTEL', 'Tỷ lệ người dân có điện thoại thông minh'],
  ['XHS', 'Triển khai hồ sơ sức khỏe điện tử, sổ sức khỏe điện tử trên VNeID', 'SYT', 'Hồ sơ sức khỏe điện tử'],
  ['XHS', 'Triển khai học bạ số, sổ điểm điện tử tại các cơ sở giáo dục phổ thông', 'SGDDT', 'Học bạ số'],
  ['XHS', 'Chi trả an sinh xã hội không dùng tiền mặt', 'BHXH', 'Tỷ lệ chi trả qua tài khoản'],
  ['XHS', 'Hoạt động của Tổ công nghệ số cộng đồng tại thôn, tổ dân phố', 'SKHCN', 'Tổ CNS cộng đồng hoạt động'],
  ['XHS', 'Bình dân học vụ số: phổ cập kỹ năng số cho người dân', 'TDLT', 'Lượt người dân được hướng dẫn'],
  ['XHS', 'Khám chữa bệnh từ xa, kết nối bệnh viện tuyến tỉnh với trạm y tế xã', 'SYT', 'Điểm khám chữa bệnh từ xa'],
  ['XHS', 'Ứng dụng VNeID mức độ 2 trong sinh hoạt và giao dịch của người dân', 'CA', 'Tài khoản định danh mức 2 kích hoạt'],
  ['NTS', 'Tuyên truyền về chuyển đổi số trên báo chí, phát thanh, truyền hình của tỉnh', 'BPTTH', 'Chuyên mục chuyển đổi số'],
  ['NTS', 'Tổ chức Ngày Chuyển đổi số tỉnh (10/10) và các hoạt động hưởng ứng', 'SKHCN', 'Chương trình Ngày CĐS'],
  ['NTS', 'Phổ biến Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', 'SKHCN', 'Hội nghị quán triệt'],
  ['NTS', 'Đưa nội dung chuyển đổi số vào chương trình hoạt động của hội phụ nữ cơ sở', 'HLHPN', 'Lượt hội viên được tập huấn'],
  ['TCS', 'Ban hành Kế hoạch chuyển đổi số tỉnh giai đoạn 2026–2030 sau sáp nhập', 'SKHCN', 'Kế hoạch được UBND tỉnh ban hành'],
  ['TCS', 'Ban hành quy chế quản lý, kết nối, chia sẻ dữ liệu tỉnh', 'SKHCN', 'Quy chế được ban hành'],
  ['TCS', 'Rà soát, sửa đổi quy định về chế độ hỗ trợ cán bộ chuyên trách công nghệ thông tin', 'SNV', 'Nghị quyết HĐND'],
  ['TCS', 'Cập nhật Kiến trúc Chính quyền số tỉnh phiên bản 4.0', 'SKHCN', 'Kiến trúc được phê duyệt'],
  ['TCS', 'Ban hành danh mục cơ sở dữ liệu dùng chung của tỉnh', 'SKHCN', 'Quyết định ban hành danh mục'],
  ['HTS', 'Nâng cấp Đường truyền số liệu chuyên dùng cấp II đến 100% xã, phường', 'VNPT', 'Đường truyền TSLCD kết nối'],
  ['HTS', 'Hợp nhất Trung tâm dữ liệu tỉnh trên nền tảng điện toán đám mây', 'SKHCN', 'Trung tâm dữ liệu hợp nhất'],
  ['HTS', 'Phủ sóng di động các thôn, bản vùng lõm sóng, khu vực Đường Trường Sơn Đông', 'VIETTEL', 'Trạm BTS mới'],
  ['HTS', 'Nâng cấp Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)', 'SKHCN', 'LGSP kết nối NDXP'],
  ['HTS', 'Triển khai hạ tầng camera giám sát giao thông trên các tuyến Đường Quốc lộ 20, 27, 28', 'CA', 'Camera kết nối IOC'],
  ['HTS', 'Phát triển mạng cáp quang băng rộng đến hộ gia đình vùng nông thôn', 'VNPT', 'Cổng kết nối FTTH'],
  ['HTS', 'Nâng cấp Cổng thông tin điện tử tỉnh theo chuẩn truy cập cho người khuyết tật', 'VP-UBND', 'Cổng TTĐT nâng cấp'],
  ['DLS', 'Xây dựng cơ sở dữ liệu đất đai, kết nối với Cơ sở dữ liệu quốc gia về dân cư', 'SNNMT', 'CSDL đất đai vận hành'],
  ['DLS', 'Làm sạch dữ liệu hộ tịch, kết nối Cơ sở dữ liệu hộ tịch điện tử toàn quốc', 'STP', 'Dữ liệu hộ tịch số hóa'],
  ['DLS', 'Xây dựng Kho dữ liệu dùng chung và Cổng dữ liệu mở của tỉnh', 'SKHCN', 'Cổng dữ liệu mở'],
  ['DLS', 'Số hóa tài liệu lưu trữ lịch sử của tỉnh', 'SNV', 'Trang tài liệu được số hóa'],
  ['DLS', 'Xây dựng cơ sở dữ liệu hạ tầng giao thông, bản đồ số hệ thống đường tỉnh', 'SXD', 'Bản đồ số giao thông'],
  ['DLS', 'Xây dựng cơ sở dữ liệu ngành văn hóa, di sản số Lâm Đồng', 'SVHTTDL', 'CSDL di sản số'],
  ['DLS', 'Đồng bộ dữ liệu doanh nghiệp, hộ kinh doanh với Hệ thống thông tin quốc gia về đăng ký doanh nghiệp', 'STC', 'Dữ liệu đồng bộ'],
  ['ATTT', 'Triển khai mô hình bảo vệ 4 lớp cho hệ thống thông tin của tỉnh', 'SKHCN', 'Hệ thống được bảo vệ 4 lớp'],
  ['ATTT', 'Phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin', 'SKHCN', 'Hồ sơ cấp độ được phê duyệt'],
  ['ATTT', 'Diễn tập thực chiến an toàn thông tin mạng cấp tỉnh', 'CA', 'Báo cáo diễn tập'],
  ['ATTT', 'Kết nối Trung tâm giám sát an toàn không gian mạng quốc gia (NCSC)', 'SKHCN', 'Kết nối giám sát'],
  ['ATTT', 'Rà soát, khắc phục lỗ hổng bảo mật trên các cổng thông tin điện tử', 'CA', 'Báo cáo rà soát'],
  ['NLS', 'Đào tạo kỹ năng số cho cán bộ, công chức cấp xã sau sắp xếp đơn vị hành chính', 'SNV', 'Lượt CBCC được đào tạo'],
  ['NLS', 'Bồi dưỡng chuyên gia an toàn thông tin và dữ liệu cho các sở, ngành', 'SKHCN', 'Chuyên gia được cấp chứng chỉ'],
  ['NLS', 'Triển khai nền tảng học trực tuyến mở đại trà (MOOCs) cho cán bộ và người dân', 'SGDDT', 'Khóa học trực tuyến'],
  ['NLS', 'Tuyển dụng, thu hút nhân lực công nghệ thông tin về làm việc tại cơ quan nhà nước', 'SNV', 'Chỉ tiêu tuyển dụng'],
  ['NLS', 'Đào tạo về trí tuệ nhân tạo ứng dụng cho lãnh đạo các sở, ngành, địa phương', 'SKHCN', 'Khóa đào tạo AI'],
  ['CQS', 'Triển khai Hệ thống thông tin giải quyết TTHC dùng chung sau sáp nhập 3 tỉnh', 'TTPVHCC', 'Hệ thống dùng chung'],
  ['CQS', 'Đánh giá mức độ hài lòng của người dân qua kênh số', 'TTPVHCC', 'Bộ chỉ số hài lòng'],
  ['KTS', 'Khuyến khích doanh nghiệp công nghệ số khởi nghiệp đổi mới sáng tạo', 'SKHCN', 'Doanh nghiệp công nghệ số mới'],
  ['XHS', 'Số hóa dịch vụ bưu chính công ích tại các điểm bưu điện văn hóa xã', 'BDT', 'Điểm BĐVHX số'],
  ['HTS', 'Mở rộng Wi-Fi công cộng miễn phí tại trung tâm các phường Đà Lạt, Bảo Lộc, Phan Thiết', 'MOBI', 'Điểm Wi-Fi công cộng'],
];

export interface DemoIndicator {
  code: string;
  name: string;
  unit: string;
  pillar: string;
  agency: string;
  direction: Direction;
  baseline: number;
  target: number;
  /** Share of the way from baseline to target reached by the latest value; null: no data entered. */
  reach: number | null;
}

// reach >= 1: met (đã đạt); close to the elapsed share of the year: on track; far below: needs effort.
export const DEMO_INDICATORS: DemoIndicator[] = [
  { code: 'CT01', name: 'Tỷ lệ hồ sơ TTHC trực tuyến toàn trình', unit: '%', pillar: 'CQS', agency: 'TTPVHCC', direction: 'increase', baseline: 45, target: 80, reach: 0.92 },
  { code: 'CT02', name: 'Tỷ lệ hồ sơ giải quyết TTHC được số hóa kết quả', unit: '%', pillar: 'CQS', agency: 'TTPVHCC', direction: 'increase', baseline: 70, target: 100, reach: 1.05 },
  { code: 'CT03', name: 'Tỷ lệ văn bản đi được ký số (trừ văn bản mật)', unit: '%', pillar: 'CQS', agency: 'VP-UBND', direction: 'increase', baseline: 92, target: 98, reach: 1.0 },
  { code: 'CT04', name: 'Tỷ lệ hồ sơ TTHC trễ hạn', unit: '%', pillar: 'CQS', agency: 'TTPVHCC', direction: 'decrease', baseline: 3.5, target: 1, reach: 0.5 },
  { code: 'CT05', name: 'Tỷ trọng kinh tế số trong GRDP', unit: '%', pillar: 'KTS', agency: 'STC', direction: 'increase', baseline: 8.2, target: 12, reach: 0.6 },
  { code: 'CT06', name: 'Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số', unit: '%', pillar: 'KTS', agency: 'SKHCN', direction: 'increase', baseline: 40, target: 60, reach: 0.85 },
  { code: 'CT07', name: 'Tỷ lệ giao dịch thanh toán không dùng tiền mặt', unit: '%', pillar: 'KTS', agency: 'NHNN', direction: 'increase', baseline: 55, target: 75, reach: 1.1 },
  { code: 'CT08', name: 'Tỷ lệ hộ gia đình có Internet cáp quang băng rộng', unit: '%', pillar: 'HTS', agency: 'VNPT', direction: 'increase', baseline: 78, target: 90, reach: 0.95 },
  { code: 'CT09', name: 'Tỷ lệ dân số trưởng thành có điện thoại thông minh', unit: '%', pillar: 'XHS', agency: 'VIETTEL', direction: 'increase', baseline: 82, target: 90, reach: 0.7 },
  { code: 'CT10', name: 'Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân', unit: '%', pillar: 'XHS', agency: 'CA', direction: 'increase', baseline: 25, target: 50, reach: 0.35 },
  { code: 'CT11', name: 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử', unit: '%', pillar: 'XHS', agency: 'SYT', direction: 'increase', baseline: 60, target: 90, reach: null },
  { code: 'CT12', name: 'Tỷ lệ cơ sở giáo dục triển khai học bạ số', unit: '%', pillar: 'XHS', agency: 'SGDDT', direction: 'increase', baseline: 50, target: 100, reach: 1.0 },
  { code: 'CT13', name: 'Tỷ lệ hệ thống thông tin được phê duyệt cấp độ an toàn', unit: '%', pillar: 'ATTT', agency: 'SKHCN', direction: 'increase', baseline: 85, target: 100, reach: 0.9 },
  { code: 'CT14', name: 'Số sự cố an toàn thông tin mạng gây gián đoạn dịch vụ', unit: 'sự cố', pillar: 'ATTT', agency: 'CA', direction: 'decrease', baseline: 6, target: 2, reach: 1.25 },
  { code: 'CT15', name: 'Số bộ dữ liệu mở được công bố trên Cổng dữ liệu của tỉnh', unit: 'bộ', pillar: 'DLS', agency: 'SKHCN', direction: 'increase', baseline: 40, target: 120, reach: 0.4 },
  { code: 'CT16', name: 'Tỷ lệ cán bộ, công chức cấp xã được đào tạo kỹ năng số', unit: '%', pillar: 'NLS', agency: 'SNV', direction: 'increase', baseline: 30, target: 80, reach: null },
  { code: 'CT17', name: 'Số Tổ công nghệ số cộng đồng hoạt động hiệu quả', unit: 'tổ', pillar: 'XHS', agency: 'SKHCN', direction: 'increase', baseline: 1200, target: 1650, reach: 0.9 },
  { code: 'CT18', name: 'Tỷ lệ dịch vụ công có phát sinh hồ sơ trực tuyến', unit: '%', pillar: 'CQS', agency: 'TTPVHCC', direction: 'increase', baseline: 60, target: 85, reach: 0.8 },
];

export const DEMO_MEETINGS = [
  {
    month: 2,
    day: 24,
    title: 'Phiên họp thứ nhất năm: triển khai nhiệm vụ chuyển đổi số sau sắp xếp đơn vị hành chính',
    chair: 'Đồng chí Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo',
    conclusions: [
      ['SKHCN', 'Sở Khoa học và Công nghệ chủ trì tham mưu ban hành Kế hoạch chuyển đổi số năm, hoàn thành trong tháng 3.', 1, 'TCS'],
      ['TTPVHCC', 'Trung tâm Phục vụ hành chính công rà soát, công bố danh mục TTHC trực tuyến toàn trình dùng chung sau hợp nhất.', 2, 'CQS'],
      ['SNV', 'Sở Nội vụ tổ chức đào tạo kỹ năng số cho cán bộ cấp xã mới sắp xếp.', 4, 'NLS'],
    ],
  },
  {
    month: 6,
    day: 20,
    title: 'Phiên họp sơ kết 6 tháng đầu năm',
    chair: 'Đồng chí Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Chỉ đạo',
    conclusions: [
      ['VNPT', 'Viễn thông Lâm Đồng hoàn thành nâng cấp Đường truyền số liệu chuyên dùng đến các xã còn lại.', 3, 'HTS'],
      ['CA', 'Công an tỉnh đẩy mạnh kích hoạt tài khoản định danh điện tử mức độ 2 cho người dân.', 4, 'XHS'],
      ['SCT', 'Sở Công Thương hỗ trợ đưa sản phẩm OCOP lên sàn thương mại điện tử.', 5, 'KTS'],
      ['STC', 'Sở Tài chính bố trí kinh phí chuyển đổi số năm sau trong dự toán.', 5, 'TCS'],
    ],
  },
  {
    month: 10,
    day: 14,
    title: 'Phiên họp quý III: đôn đốc các nhiệm vụ chậm tiến độ',
    chair: 'Đồng chí Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo',
    conclusions: [
      ['SKHCN', 'Sở Khoa học và Công nghệ hoàn thành kết nối Kho dữ liệu dùng chung với Nền tảng chia sẻ dữ liệu quốc gia.', 2, 'DLS'],
      ['SYT', 'Sở Y tế đẩy nhanh hồ sơ sức khỏe điện tử, báo cáo kết quả tại phiên họp tiếp theo.', 2, 'XHS'],
      ['X-LDUONG', 'UBND xã Lạc Dương khắc phục tình trạng chậm cập nhật hồ sơ trên Hệ thống giải quyết TTHC.', 1, 'CQS'],
    ],
  },
] as const;
