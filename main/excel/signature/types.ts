/** Public types of the OOXML package-signature module. */

/** A signing key: RSA private key, the signer's certificate and the rest of its chain (all PEM). */
export interface SigningKey {
  privateKeyPem: string;
  certificatePem: string;
  chainPem: string[];
}

/** What a certificate says about its holder, for display. */
export interface SignerInfo {
  /** RFC 4514 style, most specific first: "CN=…, O=…, L=…, C=VN". */
  subject: string;
  commonName: string;
  issuer: string;
  /** Upper-case hex. */
  serialNumber: string;
  /** Hex, colon-separated, upper-case. */
  fingerprintSha256: string;
  /** Full ISO 8601 UTC ('2025-12-15T08:00:00.000Z'). */
  notBefore: string;
  /** Full ISO 8601 UTC. */
  notAfter: string;
}

export interface VerifyProblem {
  code: string;
  /** Vietnamese, names the part when there is one. */
  message: string;
  part?: string;
}

/** A signer the reader has reason to believe, by certificate fingerprint (SHA-256, as in SignerInfo). */
export interface TrustedSigner {
  fingerprintSha256: string;
  /** Says why, in words: "chữ ký số của ứng dụng trên máy này", "UBND tỉnh Lâm Đồng". */
  label: string;
  /**
   * 'app-identity': this machine's own signing identity. 'trust-list': confirmed by a person (fingerprint
   * compared) and kept in the database's trust list. 'authority': not a listed signer but a certificate
   * that chains to a CA certificate the reader imported (only in a verdict, never on a list).
   */
  source: 'app-identity' | 'trust-list' | 'authority';
  /** The province whose reports this signer signs ("Tỉnh Lâm Đồng"); null: a body that is not a province. */
  province?: string | null;
}

/** Whether the reader knows who signed: only a certificate it already trusts, or a chain to a CA it imported, says so. */
export type SignerTrust =
  | { status: 'trusted'; source: TrustedSigner['source']; label: string; province?: string | null }
  | { status: 'unconfirmed' };

/** The certificate's validity at the signing time the signature states. */
export type CertificateStatus =
  | { status: 'valid' }
  | { status: 'expired'; notAfter: string }
  | { status: 'not-yet-valid'; notBefore: string }
  /** Revoked by an imported CRL of its CA (or of a CA above it). */
  | { status: 'revoked'; revokedAt: string; reason: string | null }
  /** Its key usage or extended key usage does not allow signing documents. */
  | { status: 'wrong-usage'; detail: string }
  /** It chains to an imported CA through a CA certificate that is not fit (expired, not a CA, …). */
  | { status: 'chain-invalid'; detail: string }
  /** No readable certificate or no signing time to judge by (already a problem of the signature). */
  | { status: 'unknown' };

/**
 * The three outcomes a reader acts on: intact and signed by a signer it trusts; intact but who signed is
 * not confirmed (anyone can make a certificate bearing any name); not intact, or the certificate was not
 * valid when signing (an unsigned or unreadable file is 'invalid' too, with `signed` / `readable` saying so).
 */
export type Verdict = 'trusted' | 'unconfirmed' | 'invalid';

export interface VerifyResult {
  /** The package could be read at all (zip structure, part names, content types, relationships). */
  readable: boolean;
  /** The package carries at least one package signature. */
  signed: boolean;
  /** Nothing changed since signing: signatureValid && complete. */
  intact: boolean;
  /** The XML signature itself: SignatureValue, the references of SignedInfo, the signing-certificate binding. */
  signatureValid: boolean;
  /** Every part and relationship (except the allowed exceptions) is covered by the manifest and unchanged. */
  complete: boolean;
  /** The certificate was within its validity at the signing time. */
  certificateValid: boolean;
  certificate: CertificateStatus;
  /** intact && certificateValid && no problems. Says nothing about who signed: see trust. */
  valid: boolean;
  trust: SignerTrust;
  verdict: Verdict;
  signer: SignerInfo | null;
  /** XAdES SigningTime as full ISO 8601 UTC ('2025-12-15T08:00:00.000Z'), as the signer's clock said. */
  signingTime: string | null;
  problems: VerifyProblem[];
  /** Worth knowing, not a reason to distrust the file (the certificate has expired since signing, …). */
  notes: VerifyProblem[];
}

export class SignatureError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SignatureError';
  }
}
