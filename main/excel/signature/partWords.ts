// What a part of a signed package is, in words a secretary understands: the verification says which
// sheet or which kind of content changed ("Nội dung trang «Phụ lục 1»"), not "/xl/worksheets/sheet2.xml".
// The part's name stays in the problem's `part` field for whoever needs the technical detail.
import { decodeXml, parseXml } from './xml';
import { parseRelationships, readPart, type OpcPackage } from './opc';

/** Sheet part name -> sheet name, from the workbook and its relationships (empty when unreadable). */
function sheetNames(pkg: OpcPackage): Map<string, string> {
  const out = new Map<string, string>();
  try {
    const book = readPart(pkg, '/xl/workbook.xml');
    const rels = readPart(pkg, '/xl/_rels/workbook.xml.rels');
    if (!book || !rels) return out;
    const targets = new Map(
      parseRelationships(rels, '/xl/_rels/workbook.xml.rels').map((r) => [
        r.id,
        r.target.startsWith('/') ? r.target : `/xl/${r.target}`,
      ]),
    );
    const doc = parseXml(decodeXml(book), '/xl/workbook.xml');
    const sheets = doc.getElementsByTagName('sheet');
    for (let i = 0; i < sheets.length; i++) {
      const el = sheets.item(i)!;
      const rid =
        el.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id') ??
        el.getAttribute('r:id') ??
        '';
      const target = targets.get(rid);
      if (target) out.set(target.toLowerCase(), el.getAttribute('name') ?? '');
    }
  } catch {
    // A workbook too damaged to name its sheets: the words below still say what kind of part it is.
  }
  return out;
}

const KINDS: [RegExp, string][] = [
  [/^\/xl\/sharedStrings\.xml$/i, 'Chữ trong các ô (tên nhiệm vụ, cơ quan, ghi chú…)'],
  [/^\/xl\/styles\.xml$/i, 'Định dạng các ô (phông chữ, khung, kiểu số)'],
  [/^\/xl\/workbook\.xml$/i, 'Danh sách trang tính và vùng in của tệp'],
  [/^\/xl\/theme\//i, 'Màu và phông chữ mặc định của tệp'],
  [/^\/tiendo\/[^/]*\.json$/i, 'Số liệu báo cáo gắn kèm trong tệp'],
  [/^\/docProps\//i, 'Thông tin chung của tệp (tiêu đề, người tạo)'],
  [/^\/word\/document\.xml$/i, 'Nội dung văn bản'],
  [/^\/word\/(header|footer)\d*\.xml$/i, 'Đầu trang hoặc chân trang của văn bản'],
  [/^\/word\//i, 'Định dạng của văn bản'],
  [/\.rels$/i, 'Liên kết giữa các phần của tệp'],
  [/^\/\[Content_Types\]\.xml$/i, 'Danh mục các phần của tệp'],
];

/** 'Nội dung trang «Phụ lục 1»', 'Chữ trong các ô (…)', or, for a part of no known kind, 'Phần "/x/y"'. */
export function describePart(pkg: OpcPackage, name: string): string {
  if (/^\/xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
    const sheet = sheetNames(pkg).get(name.toLowerCase());
    return sheet ? `Nội dung trang «${sheet}»` : 'Nội dung một trang tính';
  }
  return KINDS.find(([re]) => re.test(name))?.[1] ?? `Phần "${name}"`;
}
