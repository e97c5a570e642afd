// Strings of the search dialog and the header's search box, under `search.`.
import { registerStrings } from '../../i18n';

const vi = {
  open: 'Tìm kiếm…',
  openHint: 'Tìm nhiệm vụ, chỉ tiêu, phiên họp, kết luận, kế hoạch, cơ quan',
  title: 'Tìm kiếm',
  label: 'Từ khóa',
  placeholder: 'Gõ mã hoặc tên, không dấu cũng được',
  results: 'Kết quả tìm kiếm',
  typeToSearch:
    'Gõ ít nhất một từ để tìm trong nhiệm vụ, chỉ tiêu, phiên họp, kết luận, kế hoạch và cơ quan.',
  none: 'Không tìm thấy bản ghi nào khớp với “{{q}}”. Thử bớt từ hoặc gõ mã số.',
  searching: 'Đang tìm…',
  count: '{{count}} kết quả',
  hint: '↑ ↓ chọn · Enter mở · Esc đóng',
  kinds: {
    task: 'Nhiệm vụ',
    indicator: 'Chỉ tiêu',
    meeting: 'Phiên họp',
    conclusion: 'Kết luận',
    plan: 'Kế hoạch',
    agency: 'Cơ quan',
  },
  groupCount: '{{kind}} ({{count}})',
};

const en: typeof vi = {
  open: 'Search…',
  openHint: 'Search tasks, indicators, meetings, conclusions, plans, agencies',
  title: 'Search',
  label: 'Search words',
  placeholder: 'Code or title, accents optional',
  results: 'Search results',
  typeToSearch:
    'Type at least one word to search tasks, indicators, meetings, conclusions, plans and agencies.',
  none: 'Nothing matches “{{q}}”. Try fewer words or a code.',
  searching: 'Searching…',
  count: '{{count}} results',
  hint: '↑ ↓ choose · Enter open · Esc close',
  kinds: {
    task: 'Tasks',
    indicator: 'Indicators',
    meeting: 'Meetings',
    conclusion: 'Conclusions',
    plan: 'Plans',
    agency: 'Agencies',
  },
  groupCount: '{{kind}} ({{count}})',
};

registerStrings('search', { vi, en });
