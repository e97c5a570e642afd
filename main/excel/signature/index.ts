/** Standard OOXML package signatures (XML-DSig + XAdES-BES, as Excel writes them) for .xlsx files. */
export { SignatureError } from './types';
export type { SignerInfo, SigningKey, VerifyProblem, VerifyResult } from './types';
export { loadPkcs12, createSigningIdentity } from './keys';
export type { CreateIdentityOptions } from './keys';
export { describeCertificate } from './certificate';
export { signPackage } from './sign';
export type { SignOptions } from './sign';
export { verifyPackage } from './verify';
