// The words of a page that failed to render (components/ErrorBoundary; the backend's own recovery
// dialog, components/BackendRecovery, has its words under 'recovery'): what happened, that saved data is safe, what
// to do next.
import { registerStrings } from './index';

const vi = {
  title: 'Trang này gặp lỗi và không hiển thị được',
  what: 'TienDo gặp một lỗi ngoài dự kiến khi hiển thị {{place}}.',
  safe: 'Dữ liệu đã lưu vẫn an toàn trong tệp dữ liệu: lỗi này chỉ ở phần hiển thị, không làm mất hay thay đổi gì đã lưu. Nội dung đang nhập dở mà chưa lưu có thể không còn.',
  next: 'Hãy tải lại trang, hoặc về trang Tổng quan. Nếu lỗi lặp lại, hãy gửi cho bộ phận kỹ thuật dòng mô tả lỗi bên dưới.',
  reload: 'Tải lại trang',
  dashboard: 'Về trang Tổng quan',
  details: 'Mô tả lỗi (cho bộ phận kỹ thuật)',
  thePage: 'trang «{{page}}»',
  theApp: 'cửa sổ ứng dụng',
};

registerStrings('pageError', {
  vi,
  en: {
    title: 'This page ran into an error and cannot be shown',
    what: 'TienDo hit an unexpected error while showing {{place}}.',
    safe: 'Data already saved is safe in the data file: the error is in the display only and has not lost or changed anything saved. Anything typed but not yet saved may be gone.',
    next: 'Reload the page, or go to the dashboard. If it happens again, send the error line below to your technical staff.',
    reload: 'Reload the page',
    dashboard: 'Go to the dashboard',
    details: 'Error description (for technical staff)',
    thePage: 'the page “{{page}}”',
    theApp: 'the application window',
  },
});
