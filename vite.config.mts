import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * `<link rel="modulepreload">` in index.html for the task list's page chunk and every chunk it imports
 * (its `files` and `usePrintMode` chunks among them), and `<link rel="stylesheet">` for their CSS.
 * Without them they are asked for only once the entry has run and imported the page, and the import
 * waits for the CSS to load before the page can render. App fetches that code (and so applies that CSS)
 * on every page anyway, 1.5 s after start, so this asks for the same bytes, earlier: the task list is
 * the page officers open daily (issue 10). Vite's loader finds the stylesheets already in the document
 * and does not wait on them again.
 */
function preloadTaskListPage(): Plugin {
  return {
    name: 'tiendo-preload-task-list',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const page = chunks.find((c) => c.facadeModuleId?.endsWith('/renderer/pages/TasksPage.tsx'));
        if (!page) throw new Error('preloadTaskListPage: no chunk for renderer/pages/TasksPage.tsx');
        const entry = chunks.filter((c) => c.isEntry);
        const already = new Set(entry.flatMap((c) => [c.fileName, ...c.imports]));
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName) || already.has(fileName)) return;
          files.add(fileName);
          for (const i of chunks.find((c) => c.fileName === fileName)?.imports ?? []) visit(i);
        };
        visit(page.fileName);
        const entryCss = new Set(entry.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]));
        // the imported chunks' CSS before the page's, as Vite's loader would insert it
        const css = [...files]
          .reverse()
          .flatMap((f) => [...(chunks.find((c) => c.fileName === f)?.viteMetadata?.importedCss ?? [])]);
        return [
          ...[...files].map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` },
            injectTo: 'head' as const,
          })),
          ...[...new Set(css)]
            .filter((f) => !entryCss.has(f))
            .map((f) => ({
              tag: 'link',
              attrs: { rel: 'stylesheet', crossorigin: true, href: `./${f}` },
              injectTo: 'head' as const,
            })),
        ];
      },
    },
  };
}

/**
 * `<link rel="preload" as="font">` in index.html for the bundled Be Vietnam Pro files (every weight and
 * subset the @font-face rules of main.tsx declare). Without them a font is asked for only once the first
 * layout needs it, after the code has run and the page has rendered: that first layout is made with the
 * fallback font, slower (it waits on the fonts' loads), and once they arrive every text is shaped and laid
 * out again, so the first frame's rows change font in front of the person (issue 10). Preloaded, the
 * fonts arrive beside the scripts and the first frame is drawn in the app's own font.
 */
function preloadFonts(): Plugin {
  return {
    name: 'tiendo-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const fonts = Object.keys(ctx.bundle ?? {}).filter((f) => /\/be-vietnam-pro-[^/]*\.woff2$/.test(f));
        if (ctx.bundle && fonts.length === 0)
          throw new Error('preloadFonts: no Be Vietnam Pro .woff2 in the build');
        return fonts.sort().map((f) => ({
          tag: 'link',
          // a font is always fetched in CORS mode, so its preload must be too or the browser fetches it twice
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `./${f}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

// The renderer is served from app://tiendo/ in Electron (main/electron/appProtocol.ts) and from the
// loopback server in browser mode, so every asset path is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadTaskListPage(), preloadFonts()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
});
