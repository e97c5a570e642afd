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
  },
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
  },
  dbFile: 'Data file: {{file}}',
  failed: 'Could not start',
};

registerStrings('firstrun', { vi, en });
