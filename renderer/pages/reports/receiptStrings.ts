// Strings of the centre's acknowledgements on the submission list, under `reports.ack.`.
import { registerStrings } from '../../i18n';

const vi = {
  import: 'Nhập giấy biên nhận của Trung ương (.xlsx, .eml)…',
  confirmed: 'Đã được xác nhận ngày {{date}}',
  confirmedBy: '{{centre}} xác nhận đã nhận tệp (mã SHA-256 khớp).',
  unconfirmed: 'Có giấy biên nhận ngày {{date}}, chưa xác nhận người ký',
  none: 'Chưa có xác nhận của Trung ương',
  imported: 'Đã nhập {{imported}} giấy biên nhận, {{duplicate}} đã có, từ chối {{refused}}.',
  refused: '{{file}}: {{reason}}',
};

registerStrings('reports', {
  vi: { ack: vi },
  en: {
    ack: {
      import: 'Import the centre’s receipts (.xlsx, .eml)…',
      confirmed: 'Acknowledged on {{date}}',
      confirmedBy: '{{centre}} confirms it received the file (SHA-256 matches).',
      unconfirmed: 'Receipt of {{date}}, its signer not confirmed',
      none: 'No acknowledgement from the centre yet',
      imported: 'Imported {{imported}} receipts, {{duplicate}} already here, refused {{refused}}.',
      refused: '{{file}}: {{reason}}',
    },
  },
});
