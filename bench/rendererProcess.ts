// The renderer figures (bench/renderer.ts) in a fresh Node process, as browser mode serves the app from a
// process of its own: inside `npm run bench`'s process, the server answered the page's first calls while
// that process's collector was still freeing the garbage of every figure before it (528 ms alone against
// 705 ms there, on the same quiet machine).
import { rendererBenchmarks } from './renderer';

export interface RendererRequest {
  dbFile: string;
  planId: string;
  at: string;
}

process.once('message', (request: unknown) => {
  const r = request as RendererRequest;
  void rendererBenchmarks(r.dbFile, r.planId, r.at).then(
    (figures) => process.send?.(figures, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
