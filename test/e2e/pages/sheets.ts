// Files in and out of the page, at the level a person acts: a download read back as bytes, files dropped
// onto a drop zone (a real drop event carrying File objects), a file chosen with the file input.
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export interface TestFile {
  name: string;
  bytes: Buffer;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Clicks `button` and returns the file it downloads (name and bytes). */
export async function download(page: Page, button: Locator): Promise<TestFile> {
  const [dl] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), bytes: await readFile(file) };
}

/** Drops files onto a drop zone as a person dragging them from the file manager would. */
export async function dropFiles(zone: Locator, files: readonly TestFile[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, base64: f.bytes.toString('base64') }));
  const transfer = await zone.page().evaluateHandle(
    ({ items, type }) => {
      const dt = new DataTransfer();
      for (const f of items) {
        const bin = atob(f.base64);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        dt.items.add(new File([bytes], f.name, { type }));
      }
      return dt;
    },
    { items: payload, type: XLSX },
  );
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

/** Chooses a file with the drop zone's "Chọn tệp…" input. */
export async function chooseFile(zone: Locator, file: TestFile): Promise<void> {
  await zone.locator('input[type=file]').setInputFiles({
    name: file.name,
    mimeType: file.name.endsWith('.csv') ? 'text/csv' : XLSX,
    buffer: file.bytes,
  });
}
