// Page object of Tổng quan.
import { expect, type Locator, type Page } from '@playwright/test';

export class DashboardPage {
  readonly root: Locator;
  readonly rate: Locator;
  readonly indicatorSentence: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('dashboard');
    this.rate = page.getByTestId('dash-rate');
    this.indicatorSentence = page.getByTestId('dash-indicator-sentence');
  }

  async openFromNav(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
    await expect(this.root).toBeVisible();
  }

  /** The name link of a group row in "Theo trụ cột" (dash-pillar) or "Theo cơ quan chủ trì" (dash-agency). */
  groupLink(panel: 'pillar' | 'agency', name: string): Locator {
    return this.page
      .getByTestId(`dash-${panel}`)
      .getByRole('rowheader', { name, exact: true })
      .getByRole('link');
  }

  situationTile(situation: string): Locator {
    return this.page.getByTestId(`dash-sit-${situation}`);
  }

  async situationCount(situation: string): Promise<number> {
    const text = await this.situationTile(situation).locator('.tile-count').innerText();
    return Number(text.replace(/\./g, ''));
  }
}
