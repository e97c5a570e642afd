// Words of the column resize handles, under `table.`: every resizable list uses them.
import { registerStrings } from '../../i18n/index';

registerStrings('table', {
  vi: {
    resize: 'Độ rộng cột {{column}}',
    resizeValue: '{{width}} điểm ảnh',
    resizeHint:
      'Kéo để đổi độ rộng cột; hoặc dùng phím ← → (Shift: bước lớn), Enter hoặc nhấp đúp để về độ rộng tự động',
  },
  en: {
    resize: 'Width of column {{column}}',
    resizeValue: '{{width}} pixels',
    resizeHint:
      'Drag to change the column width; or use ← → (Shift: bigger steps), Enter or double-click for the automatic width',
  },
});
