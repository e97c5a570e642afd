import nodemailer from 'nodemailer';
import { AppError } from '../errors';
import type { ServiceContext } from '../services/context';
import { getSmtpSecret } from '../services/settings';
import type { MailSender } from './outbox';
import { prepareForSending } from './rawMessage';

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password?: string;
  from: string;
}

interface SmtpFailure {
  code?: string;
  response?: string;
  responseCode?: number;
  message?: string;
}

/** A Vietnamese summary a secretary can act on, followed by what the server or the network said. */
export function describeSmtpError(error: unknown): AppError {
  const e = (error ?? {}) as SmtpFailure;
  const detail = (e.response || e.message || String(error)).trim();
  const [code, summary] = ((): [string, string] => {
    switch (e.code) {
      case 'ECONNECTION':
      case 'ESOCKET':
      case 'ETIMEDOUT':
      case 'EDNS':
        return [
          'SMTP_KHONG_KET_NOI',
          'Không kết nối được máy chủ thư (mất mạng hoặc máy chủ không trả lời).',
        ];
      case 'EAUTH':
        return [
          'SMTP_DANG_NHAP',
          'Máy chủ thư từ chối đăng nhập: hãy kiểm tra tài khoản và mật khẩu SMTP trong Cài đặt.',
        ];
      case 'ETLS':
      case 'EREQUIRETLS':
        return [
          'SMTP_TLS',
          'Không lập được kết nối bảo mật với máy chủ thư: hãy kiểm tra cổng và tùy chọn bảo mật SMTP trong Cài đặt.',
        ];
      case 'EENVELOPE':
        return [
          'SMTP_DIA_CHI',
          'Máy chủ thư từ chối địa chỉ người gửi hoặc người nhận: hãy kiểm tra các địa chỉ thư.',
        ];
      default:
        return ['SMTP_LOI', 'Máy chủ thư không nhận thư.'];
    }
  })();
  return new AppError(code, `${summary} Chi tiết: ${detail}`, {
    smtpCode: e.code,
    responseCode: e.responseCode,
  });
}

/**
 * Sends stored messages through the configured server. The message goes as `raw`, so the signed
 * workbook inside it is exactly what was queued; nodemailer does not read addresses from a raw
 * message, hence the explicit envelope. Short connect/greeting timeouts make an unreachable server
 * fail in seconds (the mail simply waits in the outbox); the socket timeout is longer because a
 * workbook on a slow provincial line can take a while to upload.
 */
export function smtpSender(smtp: SmtpConfig): MailSender {
  const from = smtp.from.trim() || smtp.user.trim();
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    dnsTimeout: 10_000,
    socketTimeout: 120_000,
  });
  return async (item, eml) => {
    try {
      await transport.sendMail({ envelope: { from, to: item.to }, raw: await prepareForSending(eml, from) });
    } catch (error) {
      throw describeSmtpError(error);
    }
  };
}

/** The sender for the current SMTP settings, or null when there are none (for startOutboxWorker). */
export function senderFromSettings(ctx: ServiceContext): MailSender | null {
  const smtp = getSmtpSecret(ctx);
  return smtp && smtp.host.trim() ? smtpSender(smtp) : null;
}
