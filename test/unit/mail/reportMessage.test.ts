import { describe, expect, it } from 'vitest';
import { composeReportMessage, shortProvinceName } from '../../../main/mail/reportMessage';
import { signerName } from '../../../main/mail/signerName';

const base = {
  provinceName: 'Tỉnh Lâm Đồng',
  committeeName: 'Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh',
  reportTitle: 'Báo cáo kết quả chuyển đổi số',
  periodLabel: 'Quý IV/2025',
  docNumber: '05/BC-BCĐ',
  sha256: 'a3f1c0de9b7e4d21a3f1c0de9b7e4d21a3f1c0de9b7e4d21a3f1c0de9b7e4d21',
  signer: {
    subject: 'CN=Nguyễn Văn An, O=Ban Chỉ đạo, L=Lâm Đồng, C=VN',
    fingerprint: '3F2A 9C01 77B4 E5D0 1A2B 3C4D 5E6F 7081 92A3 B4C5 D6E7 F809 1A2B 3C4D 5E6F 7081',
  },
  fileName: 'Bao-cao-CDS-Quy-IV-2025.xlsx',
};

describe('composeReportMessage', () => {
  it('writes the subject as [province] title period – Số number', () => {
    expect(composeReportMessage(base).subject).toBe(
      '[Lâm Đồng] Báo cáo kết quả chuyển đổi số Quý IV/2025 – Số 05/BC-BCĐ',
    );
  });

  it('states the hash, number, period, signer and how to verify', () => {
    const { text } = composeReportMessage(base);
    expect(text.startsWith('Kính gửi: Cơ quan tiếp nhận báo cáo.')).toBe(true);
    expect(text).toContain(`Mã băm SHA-256 của tệp: ${base.sha256}`);
    expect(text).toContain('Số văn bản: 05/BC-BCĐ');
    expect(text).toContain('Kỳ báo cáo: Quý IV/2025');
    // The signer as a letter names them; how to check it without running a command.
    expect(text).toContain('- Người ký số: Nguyễn Văn An, Ban Chỉ đạo');
    expect(text).not.toContain('tiendo verify');
    expect(text).toContain('Cách kiểm tra tệp:');
    expect(text).toContain('chuyển đổi số tỉnh Lâm Đồng trân trọng gửi');
    expect(text).toContain('Trân trọng./.');
  });

  it('gives the certificate fingerprint to check by phone, and never calls the signature valid', () => {
    const { text } = composeReportMessage(base);
    expect(text).toContain(
      '- Dấu vân tay chứng thư số (SHA-256): 3F2A 9C01 77B4 E5D0 1A2B 3C4D 5E6F 7081 92A3 B4C5 D6E7 F809 1A2B 3C4D 5E6F 7081',
    );
    // Anyone can make a certificate bearing the committee's name: the centre compares the fingerprint.
    expect(text).toContain('gọi điện');
    expect(text).toContain('đối chiếu dấu vân tay');
    expect(text).not.toMatch(/hợp lệ/i);
  });

  it('does not repeat a period already in the title, and copes with no number and no signature', () => {
    const message = composeReportMessage({
      ...base,
      reportTitle: 'Báo cáo kết quả chuyển đổi số Quý IV/2025',
      docNumber: '',
      signer: null,
      recipientName: 'Trung tâm Giám sát điều hành',
    });
    expect(message.subject).toBe('[Lâm Đồng] Báo cáo kết quả chuyển đổi số Quý IV/2025');
    expect(message.text).toContain('Kính gửi: Trung tâm Giám sát điều hành.');
    expect(message.text).toContain('Người ký số: (tệp chưa được ký số)');
    expect(message.text).not.toContain('tiendo verify');
    expect(message.text).toContain(base.sha256);
  });

  it('strips the administrative prefix from the province name', () => {
    expect(shortProvinceName('Tỉnh Lâm Đồng')).toBe('Lâm Đồng');
    expect(shortProvinceName('Thành phố Hải Phòng')).toBe('Hải Phòng');
    expect(shortProvinceName('Đắk Lắk')).toBe('Đắk Lắk');
  });
});

describe('the signer in the letter', () => {
  it('reads name, title and body from the certificate subject, unescaped, never raw "CN=…"', () => {
    const subject =
      'CN=Nguyễn Văn An,T=Trưởng Ban,O=Sở Khoa học\\, Công nghệ\\, Đổi mới sáng tạo tỉnh Gia Lai,C=VN';
    expect(signerName(subject)).toEqual({
      name: 'Nguyễn Văn An',
      title: 'Trưởng Ban',
      organisation: 'Sở Khoa học, Công nghệ, Đổi mới sáng tạo tỉnh Gia Lai',
    });
    // Hex-escaped UTF-8, as some tools print non-ASCII names.
    expect(signerName('CN=Tr\\E1\\BA\\A7n B\\C3\\ACnh').name).toBe('Trần Bình');
    const { text } = composeReportMessage({
      provinceName: 'Tỉnh Gia Lai',
      committeeName: 'Ban Chỉ đạo chuyển đổi số tỉnh Gia Lai',
      reportTitle: 'Báo cáo kết quả chuyển đổi số',
      periodLabel: 'Năm 2026',
      docNumber: '',
      sha256: 'ab'.repeat(32),
      signer: { subject, fingerprint: 'AAAA BBBB' },
      fileName: 'bao-cao.xlsx',
    });
    expect(text).toContain(
      '- Người ký số: Nguyễn Văn An, Trưởng Ban, Sở Khoa học, Công nghệ, Đổi mới sáng tạo tỉnh Gia Lai',
    );
    expect(text).toContain(`- Mã băm SHA-256 của tệp: ${'ab'.repeat(32)}`);
    expect(text).not.toMatch(/CN=|\\,|tiendo verify/);
    expect(text).toContain('Mở tệp bằng Microsoft Excel hoặc Word (Tệp > Thông tin > Xem chữ ký)');
  });
});
