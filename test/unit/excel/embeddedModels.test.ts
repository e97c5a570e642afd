// The embedded models read back out of a workbook (report, meeting briefing, conclusion notice) are checked
// with zod (main/excel/report/modelSchemas.ts), not by one field and a cast: a hostile model is refused with
// a Vietnamese message naming the wrong field, and fields nobody checks do not become typed data.
import { describe, expect, it } from 'vitest';
import { checkedModel, type EmbeddedModel } from '../../../main/excel/report/inspect';
import { embeddedBriefing, embeddedNotice, embeddedReport } from '../../../main/excel/report/modelSchemas';

const header = {
  issuingBody: ['UBND TỈNH LÂM ĐỒNG', 'BAN CHỈ ĐẠO'],
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  docNumber: 'Số: 05/BC-BCĐ',
  placeDateLine: 'Lâm Đồng, ngày 15 tháng 4 năm 2026',
  date: '2026-04-15',
  title: 'BÁO CÁO',
  subtitle: 'Kết quả chuyển đổi số quý I năm 2026',
};
const report = () => ({
  schema: 'tiendo.report/1',
  kind: 'bao_cao_dinh_ky',
  generatedAt: '2026-04-15T03:00:00.000Z',
  province: 'Lâm Đồng',
  committee: 'Ban Chỉ đạo',
  referenceDate: '2026-03-31',
  docNumber: '05/BC-BCĐ',
  intro: 'Thực hiện Kế hoạch…',
  closing: 'Trên đây là báo cáo…',
  header: { ...header },
  period: { key: '2026-Q1', label: 'Quý I năm 2026', from: '2026-01-01', to: '2026-03-31' },
  summary: { taskSentence: 'Có 10 nhiệm vụ.', indicatorSentence: 'Có 5 chỉ tiêu.', tasks: {} },
  annex1: { groups: [] },
  annex2: { groups: [] },
});
const meeting = {
  id: 'm1',
  number: 3,
  title: 'Phiên họp thứ ba',
  heldOn: '2026-04-20',
  chair: 'Chủ tịch',
  noticeNumber: null,
};
const briefing = () => ({
  schema: 'tiendo.briefing/1',
  header: { ...header },
  briefing: { at: '2026-04-20', meeting: { ...meeting }, header: { provinceName: 'Lâm Đồng' } },
});
const notice = () => ({
  schema: 'tiendo.notice/1',
  header: { ...header },
  meeting: { ...meeting, noticeNumber: '12/TB-BCĐ' },
  body: 'Nội dung',
});

const unsigned = (model: unknown): EmbeddedModel<unknown> => ({ status: 'unsigned', model });
function refusal(found: EmbeddedModel<unknown>): string {
  expect(found.status).toBe('refused');
  return found.status === 'refused' ? found.message : '';
}

describe('the embedded report model', () => {
  it('is accepted as TienDo writes it, and keeps the fields nobody checks (for tiendo inspect --json)', () => {
    const found = checkedModel(unsigned(report()), embeddedReport, 'báo cáo');
    expect(found.status).toBe('unsigned');
    if (found.status !== 'unsigned') return;
    expect(found.model.header.title).toBe('BÁO CÁO');
    expect(found.model.summary.tasks).toEqual({});
  });

  it('is refused when a field is missing, naming it', () => {
    const m: Record<string, unknown> = report();
    delete m.docNumber;
    expect(refusal(checkedModel(unsigned(m), embeddedReport, 'báo cáo'))).toBe(
      'Dữ liệu báo cáo kèm theo không đúng mẫu của TienDo (có thể đã bị sửa): trường docNumber: thiếu.',
    );
  });

  it('is refused when a field has the wrong type, deep inside', () => {
    const m = report();
    const bad = { ...m, header: { ...m.header, issuingBody: ['UBND', 42] } };
    expect(refusal(checkedModel(unsigned(bad), embeddedReport, 'báo cáo'))).toMatch(
      /: trường header\.issuingBody\.1: phải là chữ\.$/,
    );
    const period = { ...m, period: { ...m.period, from: '01/01/2026' } };
    expect(refusal(checkedModel(unsigned(period), embeddedReport, 'báo cáo'))).toMatch(
      /trường period\.from: không đúng định dạng/,
    );
  });

  it('is refused with another schema, or with junk where an object belongs', () => {
    expect(
      refusal(checkedModel(unsigned({ ...report(), schema: 'tiendo.report/9' }), embeddedReport, 'báo cáo')),
    ).toMatch(/trường schema: giá trị không đúng \(cần "tiendo\.report\/1"\)/);
    const junk = { ...report(), header: [{ nested: { deeper: ['x'] } }] };
    expect(refusal(checkedModel(unsigned(junk), embeddedReport, 'báo cáo'))).toMatch(
      /trường header: phải là nhóm trường/,
    );
    expect(refusal(checkedModel(unsigned('BÁO CÁO'), embeddedReport, 'báo cáo'))).toMatch(
      /toàn bộ dữ liệu: phải là nhóm trường/,
    );
  });

  it('passes on an absent model and an earlier refusal unchanged', () => {
    expect(checkedModel({ status: 'absent' }, embeddedReport, 'báo cáo')).toEqual({ status: 'absent' });
    const earlier = { status: 'refused' as const, message: 'JSON lặp khóa' };
    expect(checkedModel(earlier, embeddedReport, 'báo cáo')).toBe(earlier);
  });
});

describe('the embedded meeting documents', () => {
  it('accept the briefing and the notice as TienDo writes them', () => {
    expect(checkedModel(unsigned(briefing()), embeddedBriefing, 'tài liệu').status).toBe('unsigned');
    expect(checkedModel(unsigned(notice()), embeddedNotice, 'thông báo').status).toBe('unsigned');
  });

  it('refuse a briefing without the province the centre files it under', () => {
    const b = briefing();
    const bad = { ...b, briefing: { ...b.briefing, header: { provinceName: null } } };
    expect(refusal(checkedModel(unsigned(bad), embeddedBriefing, 'tài liệu'))).toBe(
      'Dữ liệu tài liệu kèm theo không đúng mẫu của TienDo (có thể đã bị sửa): trường briefing.header.provinceName: phải là chữ.',
    );
  });

  it('refuse a notice whose meeting number is not a whole number, or whose notice number is junk', () => {
    const n = notice();
    expect(
      refusal(
        checkedModel(unsigned({ ...n, meeting: { ...n.meeting, number: '3' } }), embeddedNotice, 'thông báo'),
      ),
    ).toMatch(/trường meeting\.number: phải là số\.$/);
    expect(
      refusal(
        checkedModel(
          unsigned({ ...n, meeting: { ...n.meeting, noticeNumber: { evil: [1, 2] } } }),
          embeddedNotice,
          'thông báo',
        ),
      ),
    ).toMatch(/trường meeting\.noticeNumber: phải là chữ\.$/);
  });
});
