/** Standard OOXML package signatures (XML-DSig + XAdES-BES, as Excel writes them) for .xlsx files. */
export { SignatureError } from './types';
export type {
  CertificateStatus,
  SignerInfo,
  SignerTrust,
  SigningKey,
  TrustedSigner,
  Verdict,
  VerifyProblem,
  VerifyResult,
} from './types';
export { loadPkcs12, createSigningIdentity } from './keys';
export type { CreateIdentityOptions } from './keys';
export {
  describeCertificate,
  EXPIRY_WARNING_DAYS,
  groupFingerprint,
  localDate,
  signingCertificateWarning,
} from './certificate';
export type { CertificateWarning } from './certificate';
export { signPackage } from './sign';
export type { SignOptions } from './sign';
export type { VerifyOptions } from './verify';
export { openVerifiedPackage, verifyPackage } from './verified';
export type { CoreProperties, EmbeddedPartRead, VerifiedPackage } from './verified';
