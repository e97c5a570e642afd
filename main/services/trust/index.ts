// The trust list of a data file (a province's or the centre's): who signs for whom, which CAs vouch for
// the certificates they issue, which certificates their CAs revoked.
import type { TrustList } from '../../../shared/api/types';
import type { ServiceContext } from '../context';
import { listAuthorities, listCrls } from './authorities';
import { listTrustedSigners } from './signers';

export function getTrustList(ctx: ServiceContext): TrustList {
  return { signers: listTrustedSigners(ctx), authorities: listAuthorities(ctx), crls: listCrls(ctx) };
}

export { importAuthorities, importCrl, removeAuthority } from './authorities';
export {
  addTrustedCertificate,
  addTrustedSigner,
  findTrustedSigner,
  inspectTrustFile,
  removeTrustedSigner,
} from './signers';
export { loadTrustStore, verifyOptionsOf } from './store';
export { checkFingerprintRead } from './fingerprint';
