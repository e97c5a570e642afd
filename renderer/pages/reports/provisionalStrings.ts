// Strings of the question asked before exporting a report of a period that has not ended (issue 14).
import { registerStrings } from '../../i18n';

const vi = {
  title: 'Kỳ báo cáo chưa kết thúc',
  body: 'Kỳ {{period}} chưa kết thúc (đến {{end}}). Số liệu là tạm tính đến ngày {{today}}; báo cáo sẽ ghi rõ “Số liệu tạm tính đến ngày {{today}}” để Trung tâm biết.',
  confirm: 'Xuất báo cáo tạm tính',
  cancel: 'Hủy',
};

const en: typeof vi = {
  title: 'The reporting period has not ended',
  body: '{{period}} has not ended (it runs to {{end}}). The figures are provisional as of {{today}}; the report will say “Số liệu tạm tính đến ngày {{today}}” (provisional figures) so the centre sees it.',
  confirm: 'Export a provisional report',
  cancel: 'Cancel',
};

registerStrings('reports', { vi: { provisional: vi }, en: { provisional: en } });
