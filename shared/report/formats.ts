// The file formats a document can be exported in: the Excel workbook (figures as numbers, the annexes as
// sheets) or the Word document (the text as an office edits and prints it). Both are OPC packages signed the
// same way, both carry the model; the format follows the file name (CLI) or the person's choice (app).

export const DOCUMENT_FORMATS = ['xlsx', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const DOCUMENT_FORMAT_LABELS: Record<DocumentFormat, string> = {
  xlsx: 'Excel (.xlsx)',
  docx: 'Word (.docx)',
};

export const DOCUMENT_CONTENT_TYPES: Record<DocumentFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The format a file name asks for, by its extension (any case); null for anything else. */
export function formatOfFileName(fileName: string): DocumentFormat | null {
  const ext = /\.([a-z]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  return DOCUMENT_FORMATS.find((f) => f === ext) ?? null;
}
