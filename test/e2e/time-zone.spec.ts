// Times are shown on the office's clock (setting timeZone, Asia/Ho_Chi_Minh unless set), whatever zone the
// browser runs in: here a browser in London, seven hours behind Hanoi in December.
import { calendarDateIn, DEFAULT_TIME_ZONE, formatDateTimeIn } from '../../shared/format/zone';
import { test, expect } from './fixtures';
import { expectNoA11yViolations, screenshot } from './helpers';
import { SettingsPage } from './pages/settings';
import { TasksPage } from './pages/tasks';

test.use({ demo: true, timezoneId: 'Europe/London' });

test('a change shows its time in the office zone, not the browser’s, and follows the setting', async ({
  page,
  app,
}) => {
  const info = await app.api('app.info', {});
  // "Today" is the office's calendar day (the clock cannot be set here: the check is the rule itself).
  expect([
    calendarDateIn(new Date(Date.now() - 60_000), DEFAULT_TIME_ZONE),
    calendarDateIn(new Date(), DEFAULT_TIME_ZONE),
  ]).toContain(info.today);
  const [task] = (await app.api('tasks.list', { limit: 1 })).rows;
  await app.api('tasks.quickUpdate', { id: task!.id, result: 'Đã rà soát theo múi giờ của cơ quan.' });
  const [change] = await app.api('changes.list', { entity: 'task', entityId: task!.id, limit: 1 });
  const hanoi = formatDateTimeIn(change!.at, DEFAULT_TIME_ZONE);
  const london = formatDateTimeIn(change!.at, 'Europe/London');
  expect(hanoi).not.toBe(london);

  await page.goto(app.url);
  const tasks = new TasksPage(page);
  await tasks.openFromNav();
  const history = await tasks.openHistory(task!.code);
  await expect(history.latest().locator('time')).toHaveText(hanoi);
  await tasks.closeEditor();

  // Chosen in Cài đặt → Chung, the zone changes what every time reads.
  const settings = new SettingsPage(page);
  await settings.open(app);
  await settings.chooseTimeZone('Europe/London');
  await expectNoA11yViolations(page, 'settings with time zone');
  await screenshot(page, 'settings-time-zone');
  expect((await app.api('settings.get', {})).timeZone).toBe('Europe/London');
  await tasks.openFromNav();
  const again = await tasks.openHistory(task!.code);
  await expect(again.entries.filter({ hasText: 'Đã rà soát' }).first().locator('time')).toHaveText(london);
});
