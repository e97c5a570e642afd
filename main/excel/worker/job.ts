// What the worker does: the styled workbook, then the signature. Kept apart from the worker entry so
// the same code runs in-process when no worker is available.
import { writeReportWorkbook } from '../report';
import { signPackage } from '../signature';
import type { WorkbookJob } from './protocol';

export async function runWorkbookJob(
  job: WorkbookJob,
  progress: (fraction: number, stage: string) => void,
): Promise<Buffer> {
  let content = await writeReportWorkbook(job.model, (f, stage) => progress(job.sign ? f * 0.85 : f, stage));
  if (job.sign) {
    progress(0.9, 'Đang ký số…');
    content = await signPackage(content, job.sign.key, {
      signingTime: new Date(job.sign.signingTime),
      purpose: job.sign.purpose,
    });
  }
  progress(1, 'Đã tạo tệp.');
  return content;
}
