// The relaying side of the export-stall figure (bench/processStall.ts) in a process of its own, like the
// desktop app's main process: it starts the backend in a child process through the app's
// BackendConnection, runs the export as the renderer does, and sends back the stalls it saw.
import { relayStalls, type RelayRequest } from './processStall';

process.once('message', (request: unknown) => {
  void relayStalls(request as RelayRequest).then(
    (stalls) => process.send?.(stalls, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
