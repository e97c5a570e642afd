// The notice of conclusions (Thông báo kết luận) as a Word document, drawn only from the model the notice
// workbook takes (NoticeDocument): the committee's header, "Số: …/TB-…", THÔNG BÁO and its trích yếu, the
// secretary's text (agency headings "1. Sở …" and part headings "I. …" in bold), Nơi nhận and the signer.
import { stripXmlForbiddenDeep } from '../../shared/text/xmlChars';
import { NOTICE_PART } from '../excel/briefing/package';
import type { NoticeDocument } from '../services/briefing/documents';
import { beforeSignature, bodyParagraph, documentHeader, section, signatureBlock, textLines } from './layout';
import { packWord } from './package';

/** A line that heads what follows: "1. Sở Tài chính", "II. NHIỆM VỤ". */
const HEADING = /^(\d+|[IVXLC]+)\.\s/;

/** The secretary's text; its last line is kept with the signature block (see closingText). */
export function noticeBody(body: string) {
  const lines = textLines(body);
  return lines.map((line, i) =>
    HEADING.test(line)
      ? bodyParagraph(line, { bold: true, keepNext: true })
      : bodyParagraph(line, i === lines.length - 1 ? { keepNext: true } : {}),
  );
}

export async function writeNoticeDocx(dirty: NoticeDocument): Promise<Buffer> {
  // Old data may hold characters XML forbids: the document drawn and the model embedded are without them.
  const doc = stripXmlForbiddenDeep(dirty);
  const children = [
    ...documentHeader(doc.header),
    ...noticeBody(doc.body),
    beforeSignature(),
    signatureBlock(doc.recipients, doc.signer),
  ];
  return packWord(
    [section(children)],
    {
      title: `${doc.header.title} ${doc.header.subtitle}`,
      creator: 'TienDo',
      at: new Date(doc.generatedAt),
    },
    NOTICE_PART,
    doc,
  );
}
