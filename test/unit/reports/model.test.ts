// The report model on a scripted store: header, period and cut-off, summary figures (equal to the dashboard's
// at the same date), both annexes row by row with their groups and subtotals, narrative and draft.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../main/services/audit';
import { getDashboard } from '../../../main/services/dashboard';
import { getReportDraft, saveReportDraft } from '../../../main/services/reports/drafts';
import { buildReportModel, referenceDateOf } from '../../../main/services/reports/model';
import { updateTask } from '../../../main/services/tasks';
import { AppError } from '../../../main/errors';
import { scriptedProvince, type Province } from './fixture';

let p: Province;
beforeEach(async () => {
  p = await scriptedProvince();
});
afterEach(() => p.store.close());

const build = (period = '2025-Q4') =>
  buildReportModel(p.store.ctx, { planId: p.planId, period, kind: 'bao_cao_dinh_ky' });
const draftInput = (over: Record<string, unknown> = {}) => ({
  planId: p.planId,
  period: '2025-Q4',
  kind: 'bao_cao_dinh_ky' as const,
  sections: {
    achievements: 'Đã đưa Cổng dịch vụ công vào vận hành.',
    shortcomings: '',
    nextTasks: 'Hoàn thành Kho dữ liệu dùng chung.',
    proposals: '',
  },
  docNumber: '05/BC-BCĐ',
  recipients: ['Bộ Khoa học và Công nghệ (để báo cáo)', 'Lưu: VT, SKHCN'],
  signer: {
    authority: 'TM.' as const,
    authorityName: 'BAN CHỈ ĐẠO',
    title: 'TRƯỞNG BAN',
    name: 'Trần Văn Bình',
  },
  ...over,
});

describe('buildReportModel: header and period', () => {
  it('follows Nghị định 30 for the header and Nghị định 09 for the cut-off', () => {
    saveReportDraft(p.store.ctx, draftInput());
    const m = build();
    expect(m.schema).toBe('tiendo.report/1');
    expect(m.header.issuingBody).toEqual(['UBND TỈNH LÂM ĐỒNG', 'BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH LÂM ĐỒNG']);
    expect(m.header.nation).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(m.header.motto).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(m.header.docNumber).toBe('Số: 05/BC-BCĐ');
    expect(m.header.placeDateLine).toBe('Lâm Đồng, ngày 16 tháng 12 năm 2025');
    expect(m.header.title).toBe('BÁO CÁO');
    expect(m.header.subtitle).toBe('Kết quả thực hiện nhiệm vụ chuyển đổi số Quý IV/2025');
    expect(m.period).toEqual({ key: '2025-Q4', label: 'Quý IV/2025', from: '2025-09-15', to: '2025-12-14' });
    expect(m.referenceDate).toBe('2025-12-14');
    expect(m.generatedAt).toBe('2025-12-16T03:00:00.000Z');
    expect(m.intro).toBe(
      'Thực hiện Kế hoạch số 45/KH-UBND ngày 20/01/2025 của Ủy ban nhân dân tỉnh Lâm Đồng về chuyển đổi số tỉnh Lâm Đồng năm 2025, ' +
        'Ban Chỉ đạo báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số Quý IV/2025 như sau:',
    );
    expect(m.closing).toMatch(/\.\/\.$/);
  });

  it('leaves room for the number when none is given yet', () => {
    expect(build().header.docNumber).toBe(`Số:${'\u00a0'.repeat(8)}/BC-BCĐ`);
  });

  it.each([
    [
      '2025-H1',
      '6 tháng đầu năm 2025',
      '2024-12-15',
      '2025-06-14',
      'Kết quả thực hiện nhiệm vụ chuyển đổi số 6 tháng đầu năm 2025',
    ],
    [
      '2025-9M',
      '9 tháng đầu năm 2025',
      '2024-12-15',
      '2025-09-14',
      'Kết quả thực hiện nhiệm vụ chuyển đổi số 9 tháng đầu năm 2025',
    ],
    ['2025', 'Năm 2025', '2024-12-15', '2025-12-14', 'Kết quả thực hiện nhiệm vụ chuyển đổi số năm 2025'],
    [
      '2025-Q1',
      'Quý I/2025',
      '2024-12-15',
      '2025-03-14',
      'Kết quả thực hiện nhiệm vụ chuyển đổi số Quý I/2025',
    ],
  ])('%s: label, cut-off and title', (key, label, from, to, subtitle) => {
    const m = build(key);
    expect(m.period).toEqual({ key, label, from, to });
    expect(m.referenceDate).toBe(to);
    expect(m.header.subtitle).toBe(subtitle);
  });

  it('takes the figures at today while the period is still running', () => {
    expect(referenceDateOf('2025-12-14', '2025-12-01')).toBe('2025-12-01');
    expect(referenceDateOf('2025-12-14', '2025-12-16')).toBe('2025-12-14');
    p.store.clock.set('2025-12-01T03:00:00.000Z');
    const m = build();
    expect(m.referenceDate).toBe('2025-12-01');
    // 1.2 (due 20/12) is not yet "sắp đến hạn" on 1/12 with 7 days' notice.
    expect(m.annex2.groups[0]!.rows.find((r) => r.code === '1.2')!.situation).toBe('trong_han');
  });

  it("refuses a period outside the plan's years, saying which years to choose", () => {
    const run = () =>
      buildReportModel(p.store.ctx, { planId: p.planId, period: '2024-Q1', kind: 'bao_cao_dinh_ky' });
    expect(run).toThrow(AppError);
    expect(run).toThrow(
      'Kỳ báo cáo Quý I/2024 nằm ngoài thời gian của Kế hoạch số 45/KH-UBND (năm 2025). Hãy chọn một kỳ báo cáo trong năm 2025, hoặc chọn kế hoạch của năm 2024.',
    );
  });

  it('refuses an unknown plan or period with a message for the person', () => {
    expect(() =>
      buildReportModel(p.store.ctx, { planId: p.planId, period: '2025-Q5', kind: 'bao_cao_dinh_ky' }),
    ).toThrow(AppError);
    expect(() =>
      buildReportModel(p.store.ctx, {
        planId: '00000000-0000-4000-8000-000000000000',
        period: '2025-Q4',
        kind: 'bao_cao_dinh_ky',
      }),
    ).toThrow(/Không tìm thấy kế hoạch/);
  });
});

describe('buildReportModel: figures', () => {
  it('counts tasks by situation at the cut-off, in the words of the rules', () => {
    const m = build();
    expect(m.summary.tasks).toEqual({
      total: 7,
      done: 2,
      doneOnTime: 1,
      doneLate: 1,
      overdue: 1,
      dueSoon: 1,
      inTime: 1,
      noDeadline: 1,
      paused: 0,
      cancelled: 1,
      completionRate: 2 / 6,
    });
    expect(m.summary.taskSentence).toBe('7 nhiệm vụ, 2 đã hoàn thành, đạt 33%');
    expect(m.summary.indicators).toEqual({
      total: 5,
      da_dat: 2,
      co_kha_nang_dat: 1,
      can_no_luc: 1,
      chua_co_so_lieu: 1,
    });
    expect(m.summary.indicatorSentence).toBe(
      '5 mục tiêu: 2 đã hoàn thành, 1 có khả năng hoàn thành cao, 1 cần phải nỗ lực, 1 chưa có số liệu',
    );
  });

  it('agrees with the dashboard at the same date, but for the values that came in after it', () => {
    const m = build();
    const d = getDashboard(p.store.ctx, { planId: p.planId, at: m.referenceDate });
    expect(m.summary.tasks.total).toBe(d.tasks.total);
    expect(m.summary.tasks.done).toBe(d.done);
    expect(m.summary.tasks.overdue).toBe(d.tasks.qua_han);
    expect(m.summary.tasks.completionRate).toBe(d.completionRate);
    // CT04's Quý IV value was typed on 15/12: the report counts it, the dashboard at 14/12 did not know it.
    expect(m.summary.indicators).toEqual({
      ...d.indicators,
      da_dat: d.indicators.da_dat + 1,
      chua_co_so_lieu: d.indicators.chua_co_so_lieu - 1,
    });
    expect(d.indicatorBasis).toBe('Số liệu chỉ tiêu như đã biết đến hết ngày 14/12/2025');
    // Same groups and counts; the report puts "Chưa phân loại" last, the dashboard first.
    const byName = (a: (string | number)[], b: (string | number)[]) =>
      String(a[0]).localeCompare(String(b[0]));
    expect(
      m.annex2.groups.map((g) => [g.pillarName, g.subtotal.total, g.subtotal.done]).sort(byName),
    ).toEqual(d.byPillar.map((g) => [g.name, g.total, g.done]).sort(byName));
  });
});

describe('buildReportModel: annex 2 (tasks)', () => {
  it('groups by pillar in pillar order, rows in natural code order, with subtotals', () => {
    const a = build().annex2;
    expect(a.groups.map((g) => [g.numeral, g.pillarName])).toEqual([
      ['I', 'Chính quyền số'],
      ['II', 'Kinh tế số'],
      ['III', 'Chưa phân loại'],
    ]);
    expect(a.groups[0]!.rows.map((r) => r.code)).toEqual(['1.2', '1.3', '1.9', '1.10']);
    expect(a.groups.flatMap((g) => g.rows.map((r) => r.stt))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(a.groups.map((g) => g.subtotal)).toEqual([
      { total: 4, done: 1, overdue: 1, cancelled: 1, rate: 1 / 3 },
      { total: 2, done: 1, overdue: 0, cancelled: 0, rate: 0.5 },
      { total: 1, done: 0, overdue: 0, cancelled: 0, rate: 0 },
    ]);
    expect(a.total).toEqual({ total: 7, done: 2, overdue: 1, cancelled: 1, rate: 2 / 6 });
  });

  it('carries every column: agencies, output, deadline, progress, situation at the cut-off, result', () => {
    const rows = Object.fromEntries(
      build()
        .annex2.groups.flatMap((g) => g.rows)
        .map((r) => [r.code, r]),
    );
    expect(rows['1.9']).toMatchObject({
      title: 'Kho dữ liệu dùng chung',
      leadAgency: 'Sở Tài chính',
      supportingAgencies: 'Sở KH&CN, Sở Y tế',
      dueDate: '2025-11-30',
      progress: 40,
      situation: 'qua_han',
      situationLabel: 'Quá hạn',
    });
    expect(rows['1.2']).toMatchObject({ situation: 'sap_den_han', situationLabel: 'Sắp đến hạn' });
    expect(rows['1.10']).toMatchObject({
      situationLabel: 'Hoàn thành đúng hạn',
      output: 'Cổng DVC',
      result: 'Đã vận hành.',
    });
    expect(rows['2.1']).toMatchObject({
      situationLabel: 'Hoàn thành quá hạn',
      output: '=HYPERLINK("http://evil.example","bấm vào đây")',
      result: '+1',
    });
    expect(rows['2.2']).toMatchObject({ dueDate: null, situationLabel: 'Không thời hạn' });
    expect(rows['9.1']).toMatchObject({ leadAgency: '', situationLabel: 'Trong hạn' });
  });
});

describe('buildReportModel: annex 1 (indicators)', () => {
  it('has target, the latest value known at the cut-off, ratio and assessment, grouped by pillar', () => {
    const a = build().annex1;
    expect(a.groups.map((g) => g.pillarName)).toEqual(['Chính quyền số', 'Kinh tế số', 'Chưa phân loại']);
    const rows = Object.fromEntries(a.groups.flatMap((g) => g.rows).map((r) => [r.code, r]));
    expect(rows.CT01).toMatchObject({
      stt: 1,
      target: 80,
      actual: 85,
      ratio: 85 / 80,
      assessment: 'da_dat',
      assessmentLabel: 'Đã đạt',
      unit: '%',
      agency: 'Sở KH&CN',
      note: '',
    });
    expect(rows.CT02).toMatchObject({
      actual: 40,
      ratio: 0.4,
      assessment: 'can_no_luc',
      // Why it needs effort, short enough for the printed column: 40% of the way, 85% needed.
      note: 'Số liệu Quý III/2025; Ước tính; 40% < 85%',
    });
    expect(rows.CT03).toMatchObject({ actual: 12.5, ratio: 0.8, assessment: 'co_kha_nang_dat' });
    expect(rows.CT03!.note).toMatch(/^\d+% ≥ \d+%$/);
    // The legend under the table reads the notes with this report's numbers.
    expect(a.legend).toContain('so với mức cần đạt 85% = 95% thời gian của năm đã qua trừ dung sai 10%');
    // The value entered on 15/12, after the cut-off, is in the Quý IV report: it is a Quý IV figure.
    expect(rows.CT04).toMatchObject({ actual: 1200, unit: 'hồ sơ', assessment: 'da_dat', note: '' });
    expect(rows.CT05).toMatchObject({
      actual: null,
      ratio: null,
      assessment: 'chua_co_so_lieu',
      assessmentLabel: 'Chưa có số liệu',
    });
    expect(a.groups[1]!.subtotal).toEqual({
      total: 2,
      da_dat: 0,
      co_kha_nang_dat: 1,
      can_no_luc: 1,
      chua_co_so_lieu: 0,
    });
    expect(a.total.total).toBe(5);
  });
});

describe('narrative, recipients and signer', () => {
  it('uses what the secretary wrote and composes only the sections left empty', () => {
    saveReportDraft(p.store.ctx, draftInput());
    const m = build();
    expect(m.sections.map((s) => [s.key, s.heading, s.generated])).toEqual([
      ['achievements', 'Kết quả đạt được', false],
      ['shortcomings', 'Tồn tại, hạn chế', true],
      ['nextTasks', 'Nhiệm vụ thời gian tới', false],
      ['proposals', 'Đề xuất, kiến nghị', false],
    ]);
    expect(m.sections[0]!.text).toBe('Đã đưa Cổng dịch vụ công vào vận hành.');
    expect(m.sections[1]!.text).toContain(
      'Còn 1 nhiệm vụ quá hạn chưa hoàn thành, tập trung ở: Sở Tài chính (1).',
    );
    expect(m.sections[3]!.text).toBe('');
    expect(m.recipients).toEqual(['Bộ Khoa học và Công nghệ (để báo cáo)', 'Lưu: VT, SKHCN']);
    expect(m.signer).toEqual({
      authority: 'TM.',
      authorityName: 'BAN CHỈ ĐẠO',
      title: 'TRƯỞNG BAN',
      name: 'Trần Văn Bình',
    });
  });

  it('drafts "Nhiệm vụ thời gian tới" from the open tasks when nothing is written', () => {
    const s = build().sections.find((x) => x.key === 'nextTasks')!;
    expect(s.generated).toBe(true);
    expect(s.text.split('\n')).toEqual([
      'Trong Quý I/2026, Ban Chỉ đạo đề nghị các cơ quan, đơn vị tập trung:',
      '- Khẩn trương hoàn thành 1 nhiệm vụ đã quá hạn:',
      '+ 1.9. Kho dữ liệu dùng chung (Sở Tài chính, hạn 30/11/2025);',
      '- Hoàn thành đúng hạn 2 nhiệm vụ đến hạn trước ngày 14/03/2026:',
      '+ 1.2. Hệ thống họp trực tuyến (Sở KH&CN, hạn 20/12/2025);',
      '+ 9.1. Nhiệm vụ chưa phân loại (hạn 01/03/2026);',
      '- Tiếp tục triển khai 1 nhiệm vụ còn lại theo Kế hoạch số 45/KH-UBND, bảo đảm tiến độ đề ra.',
      '- Có giải pháp cụ thể để đạt 1 chỉ tiêu cần nỗ lực.',
      '- Cập nhật kết quả thực hiện nhiệm vụ và số liệu chỉ tiêu trước ngày 14/03/2026 để tổng hợp báo cáo Quý I/2026.',
    ]);
  });

  it('drafts "Đề xuất, kiến nghị" from the tasks\' difficulties and proposals, none when there are none', () => {
    expect(build().sections.find((x) => x.key === 'proposals')).toMatchObject({
      text: '',
      generated: false,
    });
    updateTask(p.store.ctx, p.ids['1.9']!, {
      difficulties: 'Chưa có kinh phí.\nThiếu nhân lực',
      proposals: 'Đề nghị Sở Tài chính bố trí vốn;',
    });
    updateTask(p.store.ctx, p.ids['1.3']!, { proposals: 'Nhiệm vụ đã hủy: không in' });
    const s = build().sections.find((x) => x.key === 'proposals')!;
    expect(s.generated).toBe(true);
    expect(s.text.split('\n')).toEqual([
      'Các cơ quan, đơn vị nêu các khó khăn, vướng mắc và đề xuất, kiến nghị sau:',
      '- Nhiệm vụ 1.9. Kho dữ liệu dùng chung (Sở Tài chính): khó khăn, vướng mắc: Chưa có kinh phí; Thiếu nhân lực; đề xuất, kiến nghị: Đề nghị Sở Tài chính bố trí vốn.',
    ]);
  });

  it('composes the results by pillar when nothing is written', () => {
    const s = build().sections[0]!;
    expect(s.generated).toBe(true);
    expect(s.text).toContain('- Chính quyền số: 1/4 nhiệm vụ hoàn thành (33%).');
  });
});

describe('report drafts', () => {
  it('starts from defaults, then carries recipients and signer over to the next period', () => {
    const ctx = p.store.ctx;
    const fresh = getReportDraft(ctx, { planId: p.planId, period: '2025-Q4', kind: 'bao_cao_dinh_ky' });
    expect(fresh.updatedAt).toBeNull();
    expect(fresh.signer).toEqual({
      authority: 'TM.',
      authorityName: 'BAN CHỈ ĐẠO',
      title: 'TRƯỞNG BAN',
      name: '',
    });
    expect(fresh.recipients.at(-1)).toBe('Lưu: VT, Sở Khoa học và Công nghệ');
    saveReportDraft(ctx, draftInput());
    const next = getReportDraft(ctx, { planId: p.planId, period: '2026-Q1', kind: 'bao_cao_dinh_ky' });
    expect(next.signer.name).toBe('Trần Văn Bình');
    expect(next.recipients).toEqual(['Bộ Khoa học và Công nghệ (để báo cáo)', 'Lưu: VT, SKHCN']);
    expect(next.sections.achievements).toBe('');
    expect(next.docNumber).toBe('');
  });

  it('saves, reads back, and audits only real changes (autosave repeats itself)', () => {
    const ctx = p.store.ctx;
    const saved = saveReportDraft(ctx, draftInput({ recipients: ['  Bộ KH&CN ', '', 'Lưu: VT'] }));
    expect(saved.recipients).toEqual(['Bộ KH&CN', 'Lưu: VT']);
    expect(saved.updatedAt).toBe('2025-12-16T03:00:00.000Z');
    saveReportDraft(ctx, draftInput({ recipients: ['Bộ KH&CN', 'Lưu: VT'] }));
    saveReportDraft(ctx, draftInput({ recipients: ['Bộ KH&CN', 'Lưu: VT'], docNumber: '06/BC-BCĐ' }));
    const audit = listAudit(ctx, { entity: 'report_draft', limit: 10 });
    expect(audit.map((a) => a.action)).toEqual(['update', 'create']);
    expect(audit[0]!.changed).toEqual(['docNumber']);
    expect(
      getReportDraft(ctx, { planId: p.planId, period: '2025-Q4', kind: 'bao_cao_dinh_ky' }).docNumber,
    ).toBe('06/BC-BCĐ');
  });
});
