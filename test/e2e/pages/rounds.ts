// Page object of Đợt cập nhật số liệu (collection rounds), at the level of what the secretariat does:
// create a round, download the forms, drop the returned ones, choose in a conflict, apply, undo.
import { expect, type Locator, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { download, dropFiles, type TestFile } from './sheets';

export class RoundsPage {
  readonly view: Locator;
  readonly line: Locator;
  readonly previews: Locator;
  readonly conflicts: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByTestId('round-view');
    this.line = page.getByTestId('round-line');
    this.previews = page.getByTestId('form-preview');
    this.conflicts = page.getByTestId('form-conflict');
  }

  async openFromNav(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Đợt cập nhật' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Đợt cập nhật số liệu' })).toBeVisible();
  }

  /** Creates a round with the form's period (or `period`, "Quý IV/2026") and deadline dd/mm/yyyy. */
  async createRound(options: { period?: string; due: string }): Promise<void> {
    await this.page.getByTestId('round-add').click();
    const dialog = this.page.getByTestId('round-create');
    await expect(dialog).toBeVisible();
    if (options.period) await dialog.getByTestId('round-period').selectOption({ label: options.period });
    await dialog.getByTestId('round-due').fill(options.due);
    await dialog.getByTestId('round-create-save').click();
    await expect(dialog).toBeHidden();
    await expect(this.view).toBeVisible();
  }

  /** "Tải phiếu (.zip)": every agency's form, as name -> bytes. */
  async downloadForms(): Promise<Map<string, Buffer>> {
    const zip = await download(this.page, this.page.getByTestId('round-forms'));
    expect(zip.name).toMatch(/\.zip$/);
    const archive = await JSZip.loadAsync(zip.bytes);
    const out = new Map<string, Buffer>();
    for (const [name, entry] of Object.entries(archive.files))
      out.set(name, Buffer.from(await entry.async('uint8array')));
    return out;
  }

  async dropReturnedForms(files: readonly TestFile[]): Promise<void> {
    await dropFiles(this.page.getByTestId('returned-drop'), files);
    await expect(this.previews).toHaveCount(files.length);
  }

  preview(agency: string): Locator {
    return this.previews.filter({ has: this.page.getByRole('heading', { name: new RegExp(agency) }) });
  }

  /** In the conflict of task `code`, keeps the form's value or TienDo's. */
  async resolveConflict(code: string, keep: 'form' | 'tiendo'): Promise<void> {
    const conflict = this.conflicts.filter({ hasText: code });
    await conflict.getByRole('radio', { name: keep === 'form' ? /^Phiếu:/ : /^TienDo:/ }).check();
  }

  async apply(): Promise<void> {
    await this.page.getByTestId('returned-apply').click();
    await expect(this.page.getByTestId('returned-result')).toBeVisible();
  }

  /** "Hoàn tác" of the form of `agency` in the import's result. */
  async undoImport(agency: string): Promise<void> {
    await this.page
      .getByRole('button', { name: `Hoàn tác phiếu của ${agency}` })
      .first()
      .click();
  }
}
