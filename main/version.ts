// Injected by esbuild at build time; the fallback serves tests that import sources directly.
declare const __TIENDO_VERSION__: string | undefined;
export const APP_VERSION: string = typeof __TIENDO_VERSION__ === 'string' ? __TIENDO_VERSION__ : '0.0.0-dev';
