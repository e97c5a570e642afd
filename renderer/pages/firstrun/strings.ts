// Strings of the first-run welcome screen, registered under `firstrun.`.
import { registerStrings } from '../../i18n';

const vi = {
  title: 'Chào mừng đến với TienDo',
  intro:
    'Tệp dữ liệu còn trống. Hãy chọn cách bắt đầu; mọi dữ liệu nằm trên máy này và làm việc được khi không có mạng.',
  choices: 'Cách bắt đầu',
  demo: {
    title: 'Tạo dữ liệu mẫu',
    text: 'Một tỉnh mẫu có kế hoạch, nhiệm vụ, chỉ tiêu, phiên họp và kết luận để làm quen với phần mềm trước khi nhập dữ liệu thật.',
    busy: 'Đang tạo dữ liệu mẫu…',
  },
  empty: {
    title: 'Bắt đầu với dữ liệu trống',
    text: 'Chỉ có sẵn các trụ cột và nền tảng của Chương trình chuyển đổi số quốc gia. Tiếp theo, thêm cơ quan, đơn vị và kế hoạch của tỉnh.',
    busy: 'Đang chuẩn bị dữ liệu…',
    name: 'Tên tỉnh, thành phố',
    nameHint:
      'Ví dụ: Lâm Đồng, hoặc Thành phố Hà Nội. Tên Ban Chỉ đạo và địa danh trên văn bản lấy theo tên này; sửa được trong Cài đặt.',
    create: 'Bắt đầu',
  },
  centre: {
    title: 'Tệp của cơ quan tiếp nhận (trung ương)',
    text: 'Cho bộ, ngành hoặc Ban Chỉ đạo trung ương: nhận báo cáo đã ký số của các tỉnh, thành phố, kiểm tra người ký và tổng hợp.',
    busy: 'Đang tạo tệp tiếp nhận…',
    name: 'Tên cơ quan tiếp nhận báo cáo',
    nameDefault: 'Bộ Khoa học và Công nghệ',
    create: 'Tạo tệp tiếp nhận',
  },
  back: 'Quay lại',
  dbFile: 'Tệp dữ liệu: {{file}}',
  failed: 'Chưa bắt đầu được',
};

const en: typeof vi = {
  title: 'Welcome to TienDo',
  intro:
    'The data file is empty. Choose how to start; all data stays on this computer and works without a network.',
  choices: 'How to start',
  demo: {
    title: 'Create demo data',
    text: 'A sample province with plans, tasks, indicators, meetings and conclusions, to learn the software before entering real data.',
    busy: 'Creating demo data…',
  },
  empty: {
    title: 'Start with empty data',
    text: 'Only the pillars and foundations of the national programme are set up. Next, add the agencies and plans of the province.',
    busy: 'Preparing the data…',
    name: 'Province or city',
    nameHint:
      'For example Lâm Đồng, or Thành phố Hà Nội. The committee’s name and the place on documents follow it; editable in Settings.',
    create: 'Start',
  },
  centre: {
    title: 'A receiving body’s file (the centre)',
    text: 'For a ministry or the national committee: receive the provinces’ signed reports, check who signed them, consolidate.',
    busy: 'Creating the receiving file…',
    name: 'Name of the receiving body',
    nameDefault: 'Bộ Khoa học và Công nghệ',
    create: 'Create the receiving file',
  },
  back: 'Back',
  dbFile: 'Data file: {{file}}',
  failed: 'Could not start',
};

registerStrings('firstrun', { vi, en });
