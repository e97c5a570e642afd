// Strings of the keyboard shortcuts (the help dialog, the page-change announcement), under `shortcuts.`.
import { registerStrings } from '../i18n';

const vi = {
  title: 'Phím tắt',
  open: 'Phím tắt (?)',
  intro:
    'Các phím tắt không chạy khi đang gõ trong ô nhập, trừ Ctrl+K (tìm kiếm), Ctrl+S (lưu) và Esc (đóng).',
  keys: 'Phím',
  does: 'Chức năng',
  or: 'hoặc',
  then: 'rồi',
  actions: {
    search: 'Tìm kiếm mọi bản ghi (nhiệm vụ, chỉ tiêu, phiên họp, kết luận, kế hoạch, cơ quan)',
    new: 'Thêm bản ghi mới trên trang đang mở (nhiệm vụ, chỉ tiêu, phiên họp, kế hoạch, cơ quan)',
    save: 'Lưu biểu mẫu hoặc ngăn kéo đang mở',
    close: 'Đóng hộp thoại, ngăn kéo hoặc ô tìm kiếm; con trỏ trở về chỗ cũ',
    pages: 'Trang kết quả trước / sau (danh sách nhiệm vụ: cuộn một màn hình)',
    help: 'Mở bảng phím tắt này',
    go: 'Đến trang {{page}}',
  },
  pageOpened: 'Đã mở trang {{page}}',
};

const en: typeof vi = {
  title: 'Keyboard shortcuts',
  open: 'Shortcuts (?)',
  intro:
    'Shortcuts do not fire while you type in a field, except Ctrl+K (search), Ctrl+S (save) and Esc (close).',
  keys: 'Keys',
  does: 'Action',
  or: 'or',
  then: 'then',
  actions: {
    search: 'Search every record (tasks, indicators, meetings, conclusions, plans, agencies)',
    new: 'Add a new record on the open page (task, indicator, meeting, plan, agency)',
    save: 'Save the open form or drawer',
    close: 'Close the dialog, drawer or search; the focus goes back where it was',
    pages: 'Previous / next page of results (task list: scroll one screen)',
    help: 'Open this list of shortcuts',
    go: 'Go to {{page}}',
  },
  pageOpened: '{{page}} page opened',
};

registerStrings('shortcuts', { vi, en });
