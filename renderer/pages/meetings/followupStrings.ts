// Strings of following conclusions up from the meetings page (issue 14): several conclusions to tasks in
// one action, and each meeting's conclusions done / on time / late. Registered under `meetings.`.
import { registerStrings } from '../../i18n';

const vi = {
  batch: {
    select: 'Chọn kết luận {{seq}}',
    selectAll: 'Chọn tất cả kết luận',
    open_one: 'Tạo nhiệm vụ từ {{count}} kết luận đã chọn',
    open_other: 'Tạo nhiệm vụ từ {{count}} kết luận đã chọn',
    title: 'Tạo nhiệm vụ từ các kết luận đã chọn',
    subtitle: '{{count}} kết luận của phiên họp thứ {{number}}',
    choosePlan: '— Chọn kế hoạch —',
    caption: 'Các kết luận đã chọn và nhiệm vụ sẽ được tạo từ mỗi kết luận',
    conclusion: 'Kết luận và kết quả xem trước',
    agency: 'Cơ quan chủ trì',
    codeFor: 'Mã nhiệm vụ của kết luận {{seq}}',
    pillarFor: 'Trụ cột của kết luận {{seq}}',
    agencyFor: 'Cơ quan chủ trì của kết luận {{seq}}',
    dueFor: 'Thời hạn của kết luận {{seq}}',
    checking: 'Đang kiểm tra các kết luận đã chọn…',
    fixDates: 'Có thời hạn chưa đúng dạng ngày/tháng/năm; hãy sửa để xem trước.',
    summary:
      'Xem trước: sẽ tạo {{create}} nhiệm vụ; bỏ qua {{skip}} kết luận đã có nhiệm vụ; {{refuse}} kết luận không tạo được.',
    willCreate: 'Sẽ tạo nhiệm vụ {{code}}',
    willSkip: 'Bỏ qua: {{reason}}',
    refused: 'Không tạo được: {{reason}}',
    submit: 'Tạo {{count}} nhiệm vụ',
    explain:
      'Mỗi nhiệm vụ lấy nội dung của kết luận và được liên kết với kết luận đó. Tất cả được tạo trong một thao tác: hoặc tạo hết, hoặc không tạo nhiệm vụ nào; có thể hoàn tác một lần.',
    done: 'Đã tạo {{count}} nhiệm vụ từ kết luận; bỏ qua {{skipped}} kết luận đã có nhiệm vụ.',
  },
  progress: {
    column: 'Tình hình thực hiện kết luận',
    none: 'Chưa có kết luận',
    done: '{{count}} đã hoàn thành',
    on_time: '{{count}} trong hạn',
    late: '{{count}} quá hạn',
    linkLabel: {
      done: '{{count}} đã hoàn thành: xem các kết luận này của phiên họp thứ {{number}}',
      on_time: '{{count}} trong hạn: xem các kết luận này của phiên họp thứ {{number}}',
      late: '{{count}} quá hạn: xem các kết luận này của phiên họp thứ {{number}}',
    },
    filtered: {
      done: 'Đang xem {{count}} kết luận đã hoàn thành.',
      on_time: 'Đang xem {{count}} kết luận đang trong hạn.',
      late: 'Đang xem {{count}} kết luận quá hạn.',
    },
    showAll: 'Xem tất cả kết luận',
  },
};

const en: typeof vi = {
  batch: {
    select: 'Select conclusion {{seq}}',
    selectAll: 'Select all conclusions',
    open_one: 'Create tasks from {{count}} selected conclusion',
    open_other: 'Create tasks from {{count}} selected conclusions',
    title: 'Create tasks from the selected conclusions',
    subtitle: '{{count}} conclusions of meeting no. {{number}}',
    choosePlan: '— Choose a plan —',
    caption: 'The selected conclusions and the task each will become',
    conclusion: 'Conclusion and preview',
    agency: 'Lead agency',
    codeFor: 'Task code for conclusion {{seq}}',
    pillarFor: 'Pillar for conclusion {{seq}}',
    agencyFor: 'Lead agency for conclusion {{seq}}',
    dueFor: 'Due date for conclusion {{seq}}',
    checking: 'Checking the selected conclusions…',
    fixDates: 'A due date is not in day/month/year form; correct it to see the preview.',
    summary:
      'Preview: {{create}} tasks will be created; {{skip}} conclusions already have a task and are skipped; {{refuse}} cannot be created.',
    willCreate: 'Will create task {{code}}',
    willSkip: 'Skipped: {{reason}}',
    refused: 'Cannot be created: {{reason}}',
    submit: 'Create {{count}} tasks',
    explain:
      'Each task takes the text of its conclusion and is linked to it. All are created in one action, or none; one undo takes them all back.',
    done: 'Created {{count}} tasks from conclusions; skipped {{skipped}} that already had a task.',
  },
  progress: {
    column: 'Conclusions progress',
    none: 'No conclusions',
    done: '{{count}} done',
    on_time: '{{count}} on time',
    late: '{{count}} late',
    linkLabel: {
      done: '{{count}} done: show these conclusions of meeting no. {{number}}',
      on_time: '{{count}} on time: show these conclusions of meeting no. {{number}}',
      late: '{{count}} late: show these conclusions of meeting no. {{number}}',
    },
    filtered: {
      done: 'Showing the {{count}} conclusions that are done.',
      on_time: 'Showing the {{count}} conclusions that are on time.',
      late: 'Showing the {{count}} conclusions that are late.',
    },
    showAll: 'Show all conclusions',
  },
};

registerStrings('meetings', { vi, en });
