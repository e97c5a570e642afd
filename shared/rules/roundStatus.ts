// Where an agency stands in a collection round (đợt cập nhật số liệu), at a reference date D:
//
//   da_nhan   a form it returned was imported (and not undone), whatever the date: "Đã nhận 15/12/2026"
//   qua_han   nothing received and the deadline is before D: "Quá hạn 3 ngày" (sent or not)
//   da_gui    the form was sent (a draft made, queued or sent by hand) and the deadline not passed
//   chua_gui  the form was never sent, and the deadline not passed
//
// The dashboard line counts the agencies received out of all asked: "12/40 cơ quan đã gửi số liệu
// Quý IV/2026".
import type { IsoDate } from '../domain';
import { assertIsoDate, daysBetween } from '../dates';
import { formatDate } from '../format/vi';

export const ROUND_AGENCY_STATUSES = ['chua_gui', 'da_gui', 'da_nhan', 'qua_han'] as const;
export type RoundAgencyStatus = (typeof ROUND_AGENCY_STATUSES)[number];

export const ROUND_AGENCY_STATUS_LABELS: Record<RoundAgencyStatus, string> = {
  chua_gui: 'Chưa gửi',
  da_gui: 'Đã gửi',
  da_nhan: 'Đã nhận',
  qua_han: 'Quá hạn',
};

export interface RoundAgencyFacts {
  dueDate: IsoDate;
  sent: boolean;
  /** The day its counted form was imported, or null. */
  receivedOn: IsoDate | null;
}

export function roundAgencyStatus(facts: RoundAgencyFacts, at: IsoDate): RoundAgencyStatus {
  assertIsoDate(at);
  if (facts.receivedOn !== null) return 'da_nhan';
  if (facts.dueDate < at) return 'qua_han';
  return facts.sent ? 'da_gui' : 'chua_gui';
}

/** The status in words, as the round's page and the CLI print it. */
export function roundAgencyStatusText(facts: RoundAgencyFacts, at: IsoDate): string {
  const status = roundAgencyStatus(facts, at);
  switch (status) {
    case 'da_nhan':
      return `Đã nhận ${formatDate(facts.receivedOn)}`;
    case 'qua_han': {
      const late = daysBetween(facts.dueDate, at);
      return `Quá hạn ${late} ngày${facts.sent ? '' : ' (chưa gửi phiếu)'}`;
    }
    case 'da_gui':
      return `Đã gửi, hạn ${formatDate(facts.dueDate)}`;
    case 'chua_gui':
      return 'Chưa gửi phiếu';
  }
}

/** "12/40 cơ quan đã gửi số liệu Quý IV/2026". */
export function roundLine(received: number, total: number, periodLabel: string): string {
  return `${received}/${total} cơ quan đã gửi số liệu ${periodLabel}`;
}
