// Handlers of the trust list, the token, the centre and the receipts (the last blocks of the contract),
// spread into main/api.ts. A centre's file answers only the methods a centre has use for (guardFileRole):
// a province's method on it is refused with the same words as the CLI's, and the centre's methods refuse a
// province's file.
import path from 'node:path';
import type { Handlers, MethodName } from '../shared/api/contract';
import type { AppHost } from './app';
import { writeConsolidationWorkbook } from './excel/centre/workbook';
import { importReceipts } from './services/centre/acknowledgements';
import { buildConsolidation } from './services/centre/consolidate';
import { centreInfo, initCentre, trustReceivedSigner } from './services/centre/init';
import { issueReceipt } from './services/centre/receipts';
import { receiveFiles } from './services/centre/receive';
import { requireRole } from './services/centre/role';
import {
  centreStatus,
  getReceived,
  listReceived,
  listRefusals,
  receivedContent,
  setDeadline,
} from './services/centre/status';
import { ownSigners } from './services/reports/identity';
import { signWithFrom } from './services/reports/pipeline';
import { XLSX_TYPE } from './services/reports/submissions';
import {
  addTrustedSigner,
  getTrustList,
  importAuthorities,
  importCrl,
  inspectTrustFile,
  removeAuthority,
  removeTrustedSigner,
} from './services/trust';
import { withToken } from './signing/pkcs11/client';
import { checkModulePath, knownModules } from './signing/pkcs11/modules';

export type TrustMethod = Extract<
  MethodName,
  `trust.${string}` | `centre.${string}` | `signing.pkcs11.${string}` | 'receipts.import'
>;

const bytesOf = (b64: string) => Buffer.from(b64, 'base64');
const filesOf = (files: { name: string; base64: string }[]) =>
  files.map((f) => ({ name: f.name, bytes: bytesOf(f.base64) }));

export function createTrustHandlers(host: AppHost): Pick<Handlers, TrustMethod> {
  const c = () => host.ctx;
  const dir = () => path.dirname(host.options.dbFile);
  const centre = (what: string) => requireRole(c(), 'centre', host.dbFile, what);
  const province = (what: string) => requireRole(c(), 'province', host.dbFile, what);
  return {
    'receipts.import': (i) => {
      province('nhập giấy biên nhận');
      return importReceipts(c(), filesOf(i.files), ownSigners(dir()));
    },
    'signing.pkcs11.modules': () => knownModules(),
    'signing.pkcs11.slots': (i) => withToken(checkModulePath(i.module), (s) => s.slots()),
    'signing.pkcs11.certificates': (i) =>
      withToken(checkModulePath(i.module), (s) => s.certificates(i.slotId)),

    'trust.list': () => getTrustList(c()),
    'trust.inspect': (i) => inspectTrustFile(c(), bytesOf(i.fileBase64), ownSigners(dir())),
    'trust.addSigner': (i) =>
      addTrustedSigner(
        c(),
        bytesOf(i.fileBase64),
        {
          name: i.name,
          ...(i.province === undefined ? {} : { province: i.province }),
          fingerprint: i.fingerprint,
        },
        ownSigners(dir()),
      ),
    'trust.removeSigner': (i) => removeTrustedSigner(c(), i.id),
    'trust.importAuthorities': (i) => importAuthorities(c(), bytesOf(i.fileBase64), i.name),
    'trust.removeAuthority': (i) => removeAuthority(c(), i.id),
    'trust.importCrl': (i) => importCrl(c(), bytesOf(i.fileBase64)),

    'centre.info': () => centreInfo(c()),
    'centre.init': (i) => initCentre(c(), i.name),
    'centre.receive': (i) => {
      centre('tiếp nhận báo cáo');
      return receiveFiles(c(), filesOf(i.files));
    },
    'centre.status': (i) => {
      centre('xem tình hình nhận báo cáo');
      return centreStatus(c(), i.period);
    },
    'centre.files': (i) => {
      centre('xem các tệp đã tiếp nhận');
      return listReceived(c(), i);
    },
    'centre.refusals': (i) => {
      centre('xem các tệp bị từ chối');
      return listRefusals(c(), i.limit);
    },
    'centre.trustSigner': (i) => {
      centre('tin cậy người ký của tệp đã tiếp nhận');
      return trustReceivedSigner(c(), {
        receivedId: i.receivedId,
        name: i.name,
        fingerprint: i.fingerprint,
        ...(i.province === undefined ? {} : { province: i.province }),
      });
    },
    'centre.setDeadline': (i) => {
      centre('đặt hạn gửi báo cáo');
      return setDeadline(c(), i.period, i.deadline);
    },
    'centre.consolidate': async (i) => {
      centre('tổng hợp báo cáo');
      const m = buildConsolidation(c(), i.period);
      const content = await writeConsolidationWorkbook(m);
      return {
        fileName: `bao-cao-tong-hop-${m.period.key}.xlsx`,
        contentType: XLSX_TYPE,
        base64: content.toString('base64'),
      };
    },
    'centre.download': (i) => {
      centre('tải tệp đã tiếp nhận');
      const { file } = getReceived(c(), i.receivedId);
      return {
        fileName: path.basename(file.fileName.split(' › ').pop() ?? file.fileName),
        contentType: XLSX_TYPE,
        base64: receivedContent(c(), i.receivedId).toString('base64'),
      };
    },
    'centre.receipt': async (i) => {
      centre('viết giấy biên nhận');
      const { content: _bytes, ...files } = await issueReceipt(
        c(),
        dir(),
        i.receivedId,
        signWithFrom(i.signWith),
      );
      return files;
    },
  };
}

/** Methods a centre's file answers; every other one belongs to a province's file. */
const CENTRE_METHODS: ReadonlySet<MethodName> = new Set<MethodName>([
  'app.info',
  'settings.get',
  'settings.update',
  'jobs.get',
  'reports.verify',
  'signing.identity.get',
  'signing.identity.create',
  'signing.identity.exportCertificate',
  'changes.list',
  'audit.list',
  'backups.list',
  'backups.create',
  'backups.createIn',
  'backups.restore',
  'db.check',
]);

const centreMayCall = (m: MethodName) =>
  CENTRE_METHODS.has(m) ||
  m.startsWith('trust.') ||
  m.startsWith('centre.') ||
  m.startsWith('signing.pkcs11.');

/** On a centre's file, refuses every method a province's file is for (checked per call: a restore may swap the file). */
export function guardFileRole(host: AppHost, handlers: Handlers): Handlers {
  const guarded: Record<string, (input: never) => unknown> = {};
  for (const name of Object.keys(handlers) as MethodName[]) {
    const handler = handlers[name] as (input: never) => unknown;
    guarded[name] = centreMayCall(name)
      ? handler
      : (input: never) => {
          requireRole(host.ctx, 'province', host.dbFile, 'làm việc này');
          return handler(input);
        };
  }
  // Same keys, same handlers (some wrapped): still the contract's Handlers.
  return guarded as unknown as Handlers;
}
