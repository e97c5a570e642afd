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

export interface VerifyResult {
  /** The package carries at least one package signature. */
  signed: boolean;
  /** signatureValid && complete && no problems. */
  valid: boolean;
  /** The XML signature itself: SignatureValue, the references of SignedInfo, the signing-certificate binding. */
  signatureValid: boolean;
  /** Every part and relationship (except the allowed exceptions) is covered by the manifest and unchanged. */
  complete: boolean;
  signer: SignerInfo | null;
  /** XAdES SigningTime as full ISO 8601 UTC ('2025-12-15T08:00:00.000Z'), as the signer's clock said. */
  signingTime: string | null;
  problems: VerifyProblem[];
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
