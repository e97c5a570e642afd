// Files in and out of the page without Node: a download is a Blob behind an <a download> (Electron shows
// its save dialog for it), an upload is read in the browser and sent as base64 through the typed client.
import type { FileDownload } from '../../../shared/api/types';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function downloadFile(file: FileDownload): void {
  const blob = new Blob([base64ToBytes(file.base64)], { type: file.contentType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some engines start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A chosen file as base64 (without the data: prefix). */
export function readFileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** A distinguished name for reading: RFC 4514 escapes removed ("khoa học\\, công nghệ" -> "khoa học, công nghệ"). */
export function readableName(dn: string): string {
  return dn.replace(/\\(.)/g, '$1');
}
