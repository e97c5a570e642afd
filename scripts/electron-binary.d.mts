// Types of scripts/electron-binary.mjs for the tests that import it (test/unit/packaging/).
import type { Readable, Writable } from 'node:stream';

export const electronDir: string;
export const electronVersion: string;
export function electronBinaryPath(env?: NodeJS.ProcessEnv): string | null;
export function missingElectronMessage(): string;
export function askForBrowserMode(io?: { input?: Readable; output?: Writable }): Promise<boolean>;
