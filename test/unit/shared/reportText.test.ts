// The sentences of the report that the workbook and the Word document both print: the indicators as the
// national committee words them, and the opening sentence of "Số liệu tổng hợp".
import { describe, expect, it } from 'vitest';
import { figuresParagraph, indicatorSentence } from '../../../shared/report/text';

const counts = (da_dat: number, co_kha_nang_dat: number, can_no_luc: number, chua_co_so_lieu: number) => ({
  da_dat,
  co_kha_nang_dat,
  can_no_luc,
  chua_co_so_lieu,
  total: da_dat + co_kha_nang_dat + can_no_luc + chua_co_so_lieu,
});

describe('indicatorSentence', () => {
  it.each([
    [
      counts(18, 27, 17, 0),
      '62 mục tiêu: 18 đã hoàn thành, 27 có khả năng hoàn thành cao, 17 cần phải nỗ lực',
    ],
    [
      counts(2, 1, 1, 1),
      '5 mục tiêu: 2 đã hoàn thành, 1 có khả năng hoàn thành cao, 1 cần phải nỗ lực, 1 chưa có số liệu',
    ],
    [counts(3, 0, 0, 0), '3 mục tiêu: 3 đã hoàn thành'],
    [
      counts(1000, 200, 30, 4),
      '1.234 mục tiêu: 1.000 đã hoàn thành, 200 có khả năng hoàn thành cao, 30 cần phải nỗ lực, 4 chưa có số liệu',
    ],
    [counts(0, 0, 0, 0), ''],
  ])('%o reads "%s"', (c, expected) => {
    expect(indicatorSentence(c)).toBe(expected);
  });
});

describe('figuresParagraph', () => {
  const period = { label: 'Năm 2026', from: '2025-12-15', to: '2026-12-14' };
  it('reads the period in lower case mid-sentence and joins both clauses', () => {
    expect(
      figuresParagraph({
        period,
        referenceDate: '2026-12-14',
        summary: {
          taskSentence: '126 nhiệm vụ, 102 đã hoàn thành, đạt 81%',
          indicatorSentence: indicatorSentence(counts(18, 27, 17, 0)),
        },
      }),
    ).toBe(
      'Kỳ báo cáo năm 2026 (từ ngày 15/12/2025 đến ngày 14/12/2026, theo Nghị định số 09/2019/NĐ-CP); số liệu tính đến ngày 14/12/2026: 126 nhiệm vụ, 102 đã hoàn thành, đạt 81%; 62 mục tiêu: 18 đã hoàn thành, 27 có khả năng hoàn thành cao, 17 cần phải nỗ lực.',
    );
  });
  it('leaves the indicator clause out when there are no indicators', () => {
    expect(
      figuresParagraph({
        period: { label: 'Quý I/2026', from: '2025-12-15', to: '2026-03-14' },
        referenceDate: '2026-03-14',
        summary: { taskSentence: '3 nhiệm vụ, 1 đã hoàn thành, đạt 33%', indicatorSentence: '' },
      }),
    ).toBe(
      'Kỳ báo cáo Quý I/2026 (từ ngày 15/12/2025 đến ngày 14/03/2026, theo Nghị định số 09/2019/NĐ-CP); số liệu tính đến ngày 14/03/2026: 3 nhiệm vụ, 1 đã hoàn thành, đạt 33%.',
    );
  });
});
