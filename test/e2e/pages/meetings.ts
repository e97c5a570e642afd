// Page object of Phiên họp: the list, the meeting form, the conclusions with their tasks, the briefing
// pack and the notice of conclusions.
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppFixture } from '../fixtures';

const labelPattern = (label: string) =>
  new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

export class MeetingsPage {
  readonly list: Locator;
  readonly form: Locator;
  readonly conclusions: Locator;
  readonly conclusionForm: Locator;
  readonly toTaskDialog: Locator;
  readonly briefing: Locator;
  readonly notice: Locator;
  readonly exportDialog: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByTestId('meeting-list');
    this.form = page.getByTestId('meeting-form');
    this.conclusions = page.getByTestId('conclusion-table');
    this.conclusionForm = page.getByTestId('conclusion-form');
    this.toTaskDialog = page.getByTestId('to-task-dialog');
    this.briefing = page.getByTestId('briefing');
    this.notice = page.getByTestId('notice-editor');
    this.exportDialog = page.getByTestId('export-dialog');
  }

  /** Opens the app (which takes the token) and then the page at `query`. */
  async open(app: AppFixture, query = ''): Promise<void> {
    await this.page.goto(app.url);
    await expect(
      this.page.getByRole('navigation').getByRole('link', { name: 'Phiên họp', exact: true }),
    ).toBeVisible();
    await this.page.goto(`${app.origin}/#/meetings${query}`);
  }

  async openMeeting(app: AppFixture, id: string, view?: 'briefing' | 'notice'): Promise<void> {
    await this.open(app, `?id=${id}${view ? `&view=${view}` : ''}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText('Phiên họp thứ');
  }

  /** A field by its label (a required field's label ends with an asterisk). */
  field(dialog: Locator, label: string): Locator {
    return dialog.getByLabel(labelPattern(label));
  }

  /** The error shown under a field (tied to it by aria-describedby). */
  fieldError(dialog: Locator, label: string): Locator {
    // `has` is matched inside each .field, so the inner locator starts from the page, not the dialog.
    return dialog
      .locator('.field', { has: this.page.getByLabel(labelPattern(label)) })
      .locator('.field-error');
  }

  row(seq: number): Locator {
    return this.page.getByTestId(`conclusion-${seq}`);
  }

  async addConclusion(text: string, agencyId: string, due: string): Promise<void> {
    await this.page.getByTestId('conclusion-add').click();
    await expect(this.conclusionForm).toBeVisible();
    await this.field(this.conclusionForm, 'Nội dung kết luận, chỉ đạo').fill(text);
    await this.field(this.conclusionForm, 'Cơ quan được giao').selectOption(agencyId);
    await this.field(this.conclusionForm, 'Thời hạn').fill(due);
    await this.conclusionForm.getByRole('button', { name: 'Lưu' }).click();
    await expect(this.conclusionForm).toBeHidden();
  }

  async toTask(seq: number): Promise<void> {
    await this.row(seq)
      .getByRole('button', { name: `Giao kết luận ${seq} thành nhiệm vụ` })
      .click();
    await expect(this.toTaskDialog).toBeVisible();
    await this.toTaskDialog.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await expect(this.toTaskDialog).toBeHidden();
  }

  /** The "Tình hình thực hiện kết luận" cell of a meeting's row in the list. */
  meetingProgress(number: number): Locator {
    return this.list
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: `Phiên họp thứ ${number}`, exact: true }) })
      .getByTestId('meeting-progress');
  }

  /** The dialog "Tạo nhiệm vụ từ các kết luận đã chọn". */
  get batchDialog(): Locator {
    return this.page.getByTestId('conclusions-to-tasks');
  }

  /** Ticks the conclusions numbered `seqs` (or every one with "all") and opens the batch dialog. */
  async selectConclusions(seqs: readonly number[] | 'all'): Promise<void> {
    if (seqs === 'all') await this.conclusions.getByTestId('conclusion-select-all').check();
    else
      for (const seq of seqs)
        await this.row(seq)
          .getByRole('checkbox', { name: `Chọn kết luận ${seq}` })
          .check();
    await this.page.getByTestId('conclusions-to-tasks-open').click();
    await expect(this.batchDialog).toBeVisible();
  }

  /** One row of the batch dialog's table. */
  batchRow(seq: number): Locator {
    return this.batchDialog.getByTestId(`batch-row-${seq}`);
  }

  /** What the dry run says of a row: "Sẽ tạo nhiệm vụ KL4.2", "Bỏ qua: …", "Không tạo được: …". */
  batchVerdict(seq: number): Locator {
    return this.batchRow(seq).getByTestId('batch-verdict');
  }

  /** Changes a row's values in the batch dialog before creating. */
  async editBatchRow(seq: number, change: { code?: string; agency?: string; due?: string }): Promise<void> {
    const row = this.batchRow(seq);
    if (change.code !== undefined) await row.getByLabel(`Mã nhiệm vụ của kết luận ${seq}`).fill(change.code);
    if (change.agency !== undefined)
      await row.getByLabel(`Cơ quan chủ trì của kết luận ${seq}`).selectOption(change.agency);
    if (change.due !== undefined) await row.getByLabel(`Thời hạn của kết luận ${seq}`).fill(change.due);
  }

  /** Presses "Tạo N nhiệm vụ" once the preview allows it; the dialog closes when they are created. */
  async createBatch(): Promise<void> {
    const submit = this.batchDialog.getByTestId('conclusions-to-tasks-submit');
    await expect(submit).toBeEnabled();
    await submit.click();
    await expect(this.batchDialog).toBeHidden();
  }

  /** Selects conclusions, keeps the values each brings, and creates their tasks in one action. */
  async convertConclusionsToTasks(seqs: readonly number[] | 'all'): Promise<void> {
    await this.selectConclusions(seqs);
    await this.createBatch();
  }

  briefingSection(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  tab(name: RegExp | string): Locator {
    return this.page.getByRole('tab', { name });
  }
}
