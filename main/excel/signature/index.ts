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
export { keySigner, signPackage } from './sign';
export type { PackageSigner, SignOptions } from './sign';
export { EMPTY_TRUST, NO_REVOCATIONS, evaluateChain } from './chain';
export type { ChainVerdict, Revocations, TrustAnchor, TrustStore } from './chain';
export { CrlError, REASON_WORDS, crlIssuedBy, parseCrl, revocationsFromCrls } from './crl';
export type { ParsedCrl, RevokedEntry } from './crl';
export { readCertificateFile } from './certificateFiles';
export { certificateFacts, documentSigningProblem } from './extensions';
export { normaliseSerial } from './der';
export { describeX509, parseCertificate, derToPem } from './certificate';
export type { VerifyOptions } from './verify';
export { openVerifiedPackage, verifyPackage } from './verified';
export type { CoreProperties, EmbeddedPartRead, VerifiedPackage } from './verified';
