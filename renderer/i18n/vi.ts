// Vietnamese UI strings (the default): app-wide words, shared components and the domain's labels.
// Page strings live beside their pages (pages/<page>/strings.ts, see registerStrings in ./index).
// Domain labels come from shared/ so that screens and reports say exactly the same words.
import { PLAN_STATE_LABELS, TASK_STATE_LABELS } from '../../shared/domain';
import { ASSESSMENT_LABELS } from '../../shared/rules/indicatorAssessment';
import { TASK_SITUATION_LABELS } from '../../shared/rules/taskSituation';

export const vi = {
  app: {
    name: 'TienDo',
    tagline: 'Theo dõi tiến độ chuyển đổi số',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    language: 'Ngôn ngữ',
    mainNav: 'Chức năng chính',
    loading: 'Đang tải…',
    retry: 'Thử lại',
    save: 'Lưu',
    saving: 'Đang lưu…',
    cancel: 'Hủy',
    close: 'Đóng',
    edit: 'Sửa',
    add: 'Thêm',
    delete: 'Xóa',
    archive: 'Lưu trữ',
    confirm: 'Xác nhận',
    search: 'Tìm kiếm',
    print: 'In',
    none: 'Không có',
    saved: 'Đã lưu',
    offline: 'Làm việc không cần mạng',
    all: 'Tất cả',
    notSet: '(chưa chọn)',
    optional: 'không bắt buộc',
    required: 'bắt buộc',
    fixErrors: 'Chưa lưu được: hãy sửa {{count}} ô được đánh dấu bên dưới.',
    unexpected: 'Đã xảy ra lỗi ngoài dự kiến. Hãy thử lại.',
  },
  nav: {
    dashboard: 'Tổng quan',
    plans: 'Kế hoạch',
    tasks: 'Nhiệm vụ',
    indicators: 'Chỉ tiêu',
    meetings: 'Phiên họp',
    rounds: 'Đợt cập nhật',
    reports: 'Báo cáo',
    catalog: 'Danh mục',
    settings: 'Cài đặt',
  },
  input: {
    dateFormat: 'ngày/tháng/năm',
    datePlaceholder: 'dd/mm/yyyy',
    dateInvalid: 'Ngày không hợp lệ, hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2026.',
    numberInvalid: 'Không đọc được số, hãy dùng dấu phẩy cho phần thập phân, ví dụ 12,5.',
    integerInvalid: 'Cần một số nguyên, ví dụ 75.',
    selectPlaceholder: '— Chọn —',
  },
  workspace: {
    plan: 'Kế hoạch',
    allPlans: 'Tất cả kế hoạch',
    noPlans: 'Chưa có kế hoạch',
    referenceDate: 'Ngày tham chiếu',
    referenceDateHint: 'Tình trạng nhiệm vụ và đánh giá chỉ tiêu được tính tại ngày này.',
    today: 'Hôm nay',
    backToToday: 'Về hôm nay',
    notToday: 'Đang xem số liệu tại ngày {{date}}, không phải hôm nay.',
    defaultMark: '{{label}} (mở mặc định)',
    makeDefault: 'Mở mặc định kế hoạch này',
    makeDefaultHint:
      'Các trang và dòng lệnh sẽ mở kế hoạch này, kể cả những lần sau; thêm kế hoạch mới không làm thay đổi lựa chọn này.',
    madeDefault: 'Các trang sẽ mở kế hoạch {{code}}.',
  },
  errors: {
    title: 'Không thực hiện được',
    loadFailed: 'Không tải được dữ liệu.',
  },
  situation: { ...TASK_SITUATION_LABELS },
  taskState: { ...TASK_STATE_LABELS },
  planState: { ...PLAN_STATE_LABELS },
  assessment: { ...ASSESSMENT_LABELS },
};
export type Strings = typeof vi;
