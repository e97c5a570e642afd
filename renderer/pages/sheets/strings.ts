// Strings of the spreadsheet pieces every page shares (the "Xuất Excel" button, the file drop), under `sheets.`.
import { registerStrings } from '../../i18n';

const vi = {
  export: {
    button: 'Xuất Excel',
    busy: 'Đang tạo tệp Excel…',
    working: 'Đang tạo tệp Excel, có thể mất vài giây với danh sách dài…',
    done: 'Đã tạo tệp {{file}}; hãy chọn nơi lưu nếu máy hỏi.',
    failed: 'Chưa xuất được tệp Excel.',
    hint: 'Xuất đúng danh sách đang hiển thị (bộ lọc và thứ tự sắp xếp) ra tệp Excel.',
  },
  drop: {
    zone: 'Vùng thả tệp',
    prompt: 'Kéo và thả tệp vào đây, hoặc',
    choose: 'Chọn tệp…',
    chooseMany: 'Chọn các tệp…',
    reading: 'Đang đọc tệp…',
    wrongKind: 'Tệp {{name}} không phải loại cần nhập ({{accept}}).',
  },
};

const en: typeof vi = {
  export: {
    button: 'Export to Excel',
    busy: 'Creating the Excel file…',
    working: 'Creating the Excel file; a long list can take a few seconds…',
    done: 'Created {{file}}; choose where to save it if asked.',
    failed: 'Could not export the Excel file.',
    hint: 'Exports the list as shown (filters and sort order) to an Excel file.',
  },
  drop: {
    zone: 'File drop area',
    prompt: 'Drag and drop files here, or',
    choose: 'Choose a file…',
    chooseMany: 'Choose files…',
    reading: 'Reading the file…',
    wrongKind: '{{name}} is not a file of the expected kind ({{accept}}).',
  },
};

registerStrings('sheets', { vi, en });
