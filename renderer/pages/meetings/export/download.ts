import type { FileDownload } from '../../../../shared/api/types';

/** Offers a file from the backend as a download (Blob + <a download>), in Electron and in the browser. */
export function saveDownload(file: FileDownload): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
