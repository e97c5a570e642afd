// Renderer figures measured in Debian's Chromium against browser mode on the large province: time to
// the first rendered page of the task list, against a bare page showing the same rows from the same
// server (bench/bareFirstRows.ts) opened alternately with it, both on a first start (a new browser
// context each time) and on a later one (a context whose caches the first loads filled), and the longest
// main-thread task while typing a filter.
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppHost } from '../main/app';
import { TOKEN_STORAGE_KEY } from '../shared/api/client';
import { memorySecretStore } from '../main/secrets/store';
import { startWebServer } from '../main/web';
import { writeBareFirstRowsPage } from './bareFirstRows';
import { median, type Figure } from './measure';

const CHROMIUM = process.env.TIENDO_CHROMIUM ?? '/usr/bin/chromium';
const STATIC = path.resolve(__dirname, '..', 'dist', 'renderer');

/**
 * Records, inside the page, when the task list's first rows are on screen, and every long task (>50 ms).
 * The app sets its ready flag in an effect once the rows are in the document, which may run before the
 * browser paints them. A timer set in the next frame's animation callback runs once the main thread has
 * painted that frame, but the compositor then still rasterises it (in software here) and presents it:
 * the first contentful paint is that presentation, when the frame with the rows is the first with text,
 * as the app's is (its first render waits for the rows: renderer/boot.ts). So the time taken is the later
 * of the two, what the person sees. `rows` counts the rows present then, so a flag set without rows
 * cannot pass.
 */
interface Probe {
  flagged: boolean;
  ready: number | null;
  painted: number | null;
  contentful: number | null;
  rows: number;
  longTasks: { start: number; duration: number }[];
}

const PROBE = () => {
  const b: Probe = { flagged: false, ready: null, painted: null, contentful: null, rows: 0, longTasks: [] };
  (window as unknown as { __bench: Probe }).__bench = b;
  // Written out in both callbacks, not as a helper: tsx names nested functions with a helper of its own
  // (__name), which the page does not have.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntriesByName('first-contentful-paint')) b.contentful = e.startTime;
    if (b.painted !== null && b.contentful !== null) b.ready = Math.max(b.painted, b.contentful);
  }).observe({ type: 'paint', buffered: true });
  new MutationObserver(() => {
    if (b.flagged || document.body?.dataset.taskListReady !== '1') return;
    b.flagged = true;
    b.rows = document.querySelectorAll('[data-testid="task-row"]').length;
    requestAnimationFrame(() =>
      setTimeout(() => {
        b.painted = performance.now();
        if (b.contentful !== null) b.ready = Math.max(b.painted, b.contentful);
      }),
    );
  }).observe(document, {
    // the document itself: documentElement does not exist yet when init scripts run
    attributes: true,
    subtree: true,
    attributeFilter: ['data-task-list-ready'],
  });
};

export async function rendererBenchmarks(
  dbFile: string,
  planId: string,
  at: string,
  runs = 9,
): Promise<Figure[]> {
  if (!existsSync(CHROMIUM) || !existsSync(path.join(STATIC, 'index.html'))) {
    console.log(`renderer figures skipped: needs ${CHROMIUM} and a built renderer (npm run build)`);
    return [];
  }
  const host = await AppHost.open({
    dbFile,
    mode: 'browser',
    version: 'bench',
    secrets: memorySecretStore(),
  });
  const server = await startWebServer({ host, staticDir: STATIC });
  // The bare page's folder and server (bench/bareFirstRows.ts), made once the warm-up run has shown which
  // first page of rows the app asks for and how many rows its first frame has.
  const bareDir = mkdtempSync(path.join(tmpdir(), 'tiendo-bench-bare-rows-'));
  let bareServer: Awaited<ReturnType<typeof startWebServer>> | null = null;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });

  /** A browser context as a new profile: no HTTP or code cache yet, the session's token in its storage. */
  const newContext = async (token: string) => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    await context.addInitScript(([key, t]) => sessionStorage.setItem(key, t), [
      TOKEN_STORAGE_KEY,
      token,
    ] as const);
    await context.addInitScript(PROBE);
    return context;
  };

  /** Opens `url` in a new page of `context` until its first rows are on screen. */
  const openIn = async (context: BrowserContext, url: string) => {
    const page = await context.newPage();
    let firstRequest: string | null = null;
    page.on('request', (r) => {
      if (firstRequest === null && r.url().endsWith('/api/tasks.list')) firstRequest = r.postData();
    });
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __bench: { ready: number | null } }).__bench.ready !== null,
      null,
      { timeout: 60_000 },
    );
    const { ready, rows } = await page.evaluate(
      () => (window as unknown as { __bench: { ready: number; rows: number } }).__bench,
    );
    if (rows === 0) throw new Error(`${url}: said ready with no row on screen`);
    return { page, ready, rows, firstRequest: firstRequest as string | null };
  };

  /** Opens `url` in a fresh browser context (no HTTP or code cache, as a first start) until its first rows are on screen. */
  const open = async (token: string, url: string) => {
    const context = await newContext(token);
    return { context, ...(await openIn(context, url)) };
  };

  const firstRender: number[] = [];
  const bareRender: number[] = [];
  const longestWhileTyping: number[] = [];
  const warmRender: number[] = [];
  const warmBare: number[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      // the bare page first in every other run, so that neither always follows the other
      if (bareServer && i % 2 === 0) bareRender.push(await openBare(bareServer));
      const app = await open(
        server.token,
        `http://127.0.0.1:${server.port}/#/tasks?planId=${planId}&at=${at}`,
      );
      const { page, ready, rows } = app;
      const search = page.getByTestId('task-search');
      const typingStart = await page.evaluate(() => performance.now());
      await search.click();
      await search.pressSequentially('chuyen doi so', { delay: 60 });
      await page.waitForFunction(
        () => document.body.dataset.taskListReady === '1' && location.hash.includes('q='),
        null,
        {
          timeout: 60_000,
        },
      );
      const longest = await page.evaluate(
        (from) =>
          Math.max(
            0,
            ...(
              window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }
            ).__bench.longTasks
              .filter((t) => t.start >= from)
              .map((t) => t.duration),
          ),
        typingStart,
      );
      await app.context.close();
      if (i === 0) {
        if (app.firstRequest === null) throw new Error('the task list asked for no rows (tasks.list)');
        writeBareFirstRowsPage(bareDir, app.firstRequest, rows);
        bareServer = await startWebServer({ host, staticDir: bareDir, token: server.token });
        // its warm-up, as the app's was this run
        await openBare(bareServer);
      } else {
        // the first run warms the server's caches (its statements, the file in the OS cache); each run's
        // browser context is new, so every run loads the code cold, as a first start does
        firstRender.push(ready);
        longestWhileTyping.push(longest);
        if (bareServer && i % 2 === 1) bareRender.push(await openBare(bareServer));
      }
    }
    if (bareServer) {
      const loads = await warmLoads(bareServer);
      warmRender.push(...loads.app);
      warmBare.push(...loads.bare);
    }
  } finally {
    await browser.close();
    await server.close();
    await bareServer?.close();
    host.close();
    rmSync(bareDir, { recursive: true, force: true });
  }

  /**
   * A start after the first ones, as an officer's every morning: one browser context each for the app and
   * the bare page, whose first two loads fill its HTTP cache and Chromium's code cache (the desktop app
   * keeps a code cache for its app:// scheme, appProtocol.ts codeCache; browser mode's browser keeps
   * both), then `runs` loads of each, alternating.
   */
  async function warmLoads(bare: {
    port: number;
    token: string;
  }): Promise<{ app: number[]; bare: number[] }> {
    const appUrl = `http://127.0.0.1:${server.port}/#/tasks?planId=${planId}&at=${at}`;
    const bareUrl = `http://127.0.0.1:${bare.port}/`;
    const appContext = await newContext(server.token);
    const bareContext = await newContext(bare.token);
    const once = async (context: BrowserContext, url: string) => {
      const loaded = await openIn(context, url);
      await loaded.page.close();
      return loaded.ready;
    };
    const out = { app: [] as number[], bare: [] as number[] };
    try {
      for (let i = 0; i < 2; i++) {
        await once(appContext, appUrl);
        await once(bareContext, bareUrl);
      }
      for (let i = 0; i < runs; i++) {
        // the bare page first in every other run, as in the cold loads
        if (i % 2 === 0) out.bare.push(await once(bareContext, bareUrl));
        out.app.push(await once(appContext, appUrl));
        if (i % 2 === 1) out.bare.push(await once(bareContext, bareUrl));
      }
    } finally {
      await appContext.close();
      await bareContext.close();
    }
    return out;
  }

  async function openBare(s: { port: number; token: string }): Promise<number> {
    const bare = await open(s.token, `http://127.0.0.1:${s.port}/`);
    await bare.context.close();
    return bare.ready;
  }

  const bareName = 'the same rows, bare page (DOM calls, same server and font)';
  const warmBareName = 'the same rows, bare page, a later start';
  return [
    {
      name: 'task list: first rows on screen after opening (Chromium)',
      medianMs: median(firstRender),
      runs,
      note: 'from navigation to the first frame with the rows on screen',
      baseline: bareName,
    },
    {
      name: bareName,
      medianMs: median(bareRender),
      runs,
      note: `ratio first rows / bare page = ${(median(firstRender) / median(bareRender)).toFixed(1)}x`,
    },
    {
      name: 'task list: first rows on screen, a later start (HTTP and code cache filled)',
      medianMs: median(warmRender),
      runs,
      note: 'the same, in a browser context that opened the app twice before',
      baseline: warmBareName,
    },
    {
      name: warmBareName,
      medianMs: median(warmBare),
      runs,
      note: `ratio later start / bare page = ${(median(warmRender) / median(warmBare)).toFixed(1)}x`,
    },
    {
      name: 'task list: longest main-thread task while typing a filter',
      medianMs: median(longestWhileTyping),
      runs,
      note: '0 = no task over 50 ms (the long-task threshold)',
    },
  ];
}

/** Alone: `npm run build && node --import tsx bench/renderer.ts` generates the large province and prints these figures. */
async function main() {
  const { openDatabase } = await import('../main/db/open');
  const { createContext } = await import('../main/services/context');
  const { generateLargeProvince } = await import('./generate');
  const { printFigures } = await import('./measure');
  const dir = mkdtempSync(path.join(tmpdir(), 'tiendo-bench-renderer-'));
  const file = path.join(dir, 'large.db');
  try {
    const db = await openDatabase({ file });
    const { planId } = generateLargeProvince(
      createContext(db, { now: () => new Date('2025-11-20T03:00:00Z') }),
      2025,
    );
    db.close();
    printFigures(await rendererBenchmarks(file, planId, '2025-11-20'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  void main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
