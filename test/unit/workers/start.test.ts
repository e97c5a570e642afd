// Worker bundles inside a packaged app are started from app.asar.unpacked (Node's loader cannot read
// app.asar), and every worker is found by the same rule.
import { describe, expect, it } from 'vitest';
import { unpackedPath } from '../../../main/workers/start';

describe('unpackedPath', () => {
  it('moves a bundle inside app.asar to the unpacked folder beside it', () => {
    expect(unpackedPath('C:\\Program Files\\TienDo\\resources\\app.asar\\dist\\main\\sheet-reader.cjs')).toBe(
      'C:\\Program Files\\TienDo\\resources\\app.asar.unpacked\\dist\\main\\sheet-reader.cjs',
    );
    expect(unpackedPath('/opt/TienDo/resources/app.asar/dist/main/workbook-worker.cjs')).toBe(
      '/opt/TienDo/resources/app.asar.unpacked/dist/main/workbook-worker.cjs',
    );
  });

  it('leaves a path outside an archive as it is', () => {
    expect(unpackedPath('/home/an/tiendo/dist/main/pkcs11-worker.cjs')).toBe(
      '/home/an/tiendo/dist/main/pkcs11-worker.cjs',
    );
    expect(unpackedPath('/home/an/app.asarx/dist/main/x.cjs')).toBe('/home/an/app.asarx/dist/main/x.cjs');
  });
});
