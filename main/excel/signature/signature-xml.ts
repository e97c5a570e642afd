/**
 * The text of an OOXML package signature part (/_xmlsignatures/sig1.xml), in the shape Excel and Apache POI
 * write (MS-OFFCRYPTO 2.5.x, ECMA-376 Part 2 §13, XAdES-BES). Written compact, without whitespace between
 * elements, so the bytes are exactly what gets canonicalized. The digests of the three SignedInfo references
 * and the SignatureValue are left as placeholders for sign.ts to fill in.
 */
import {
  ALG_C14N,
  ALG_RELATIONSHIP_TRANSFORM,
  ALG_RSA_SHA256,
  ALG_SHA256,
  ID_OFFICE_OBJECT,
  ID_PACKAGE_OBJECT,
  ID_SIGNATURE,
  ID_SIGNED_PROPERTIES,
  NS_DS,
  NS_MDSSI,
  NS_MSDSIG,
  NS_XADES,
  TYPE_OBJECT,
  TYPE_SIGNED_PROPERTIES,
} from './constants';
import { escapeXml as x } from './xml';

export const PLACEHOLDER = {
  packageObject: '@@DIGEST-idPackageObject@@',
  officeObject: '@@DIGEST-idOfficeObject@@',
  signedProperties: '@@DIGEST-idSignedProperties@@',
  signatureValue: '@@SIGNATURE-VALUE@@',
} as const;

export interface ManifestEntry {
  /** "/xl/workbook.xml?ContentType=…" */
  uri: string;
  /** Base64 SHA-256. */
  digest: string;
  /** For a .rels part: the Ids its RelationshipTransform keeps. */
  relationshipIds?: string[];
}

export interface SignatureXmlInput {
  manifest: ManifestEntry[];
  /** "2025-12-15T08:00:00Z" */
  signingTime: string;
  purpose?: string;
  certificateDer: Buffer;
  chainDer: Buffer[];
  issuerName: string;
  serialNumberDecimal: string;
}

const DIGEST_METHOD = `<DigestMethod Algorithm="${ALG_SHA256}"/>`;
const C14N_TRANSFORM = `<Transform Algorithm="${ALG_C14N}"/>`;
const COMMITMENT_APPROVAL = 'http://uri.etsi.org/01903/v1.2.2#ProofOfApproval';

function manifestReference(e: ManifestEntry): string {
  let transforms = '';
  if (e.relationshipIds) {
    const refs = e.relationshipIds
      .map((id) => `<mdssi:RelationshipReference xmlns:mdssi="${NS_MDSSI}" SourceId="${x(id)}"/>`)
      .join('');
    transforms = `<Transforms><Transform Algorithm="${ALG_RELATIONSHIP_TRANSFORM}">${refs}</Transform>${C14N_TRANSFORM}</Transforms>`;
  }
  return `<Reference URI="${x(e.uri)}">${transforms}${DIGEST_METHOD}<DigestValue>${e.digest}</DigestValue></Reference>`;
}

function packageObject(input: SignatureXmlInput): string {
  return (
    `<Object Id="${ID_PACKAGE_OBJECT}">` +
    `<Manifest>${input.manifest.map(manifestReference).join('')}</Manifest>` +
    `<SignatureProperties><SignatureProperty Id="idSignatureTime" Target="#${ID_SIGNATURE}">` +
    `<mdssi:SignatureTime xmlns:mdssi="${NS_MDSSI}"><mdssi:Format>YYYY-MM-DDThh:mm:ssTZD</mdssi:Format>` +
    `<mdssi:Value>${input.signingTime}</mdssi:Value></mdssi:SignatureTime>` +
    `</SignatureProperty></SignatureProperties>` +
    `</Object>`
  );
}

/** SignatureInfoV1 as Office writes it (schema order of CT_SignatureInfoV1), plus ManifestHashAlgorithm. */
function officeObject(input: SignatureXmlInput): string {
  return (
    `<Object Id="${ID_OFFICE_OBJECT}"><SignatureProperties>` +
    `<SignatureProperty Id="idOfficeV1Details" Target="#${ID_SIGNATURE}">` +
    `<SignatureInfoV1 xmlns="${NS_MSDSIG}">` +
    `<SetupID></SetupID><SignatureText></SignatureText><SignatureImage></SignatureImage>` +
    `<SignatureComments>${x(input.purpose ?? '')}</SignatureComments>` +
    `<WindowsVersion>10.0</WindowsVersion><OfficeVersion>16.0</OfficeVersion>` +
    `<ApplicationVersion>16.0</ApplicationVersion><Monitors>1</Monitors>` +
    `<HorizontalResolution>1920</HorizontalResolution><VerticalResolution>1080</VerticalResolution>` +
    `<ColorDepth>32</ColorDepth>` +
    `<SignatureProviderId>{00000000-0000-0000-0000-000000000000}</SignatureProviderId>` +
    `<SignatureProviderUrl></SignatureProviderUrl><SignatureProviderDetails>9</SignatureProviderDetails>` +
    `<SignatureType>1</SignatureType>` +
    `<ManifestHashAlgorithm>${ALG_SHA256}</ManifestHashAlgorithm>` +
    `</SignatureInfoV1></SignatureProperty></SignatureProperties></Object>`
  );
}

/** XAdES-BES QualifyingProperties (SigningTime, SigningCertificate, implied policy, optional commitment). */
function xadesObject(input: SignatureXmlInput, certDigest: string): string {
  const commitment = input.purpose
    ? `<xd:SignedDataObjectProperties><xd:CommitmentTypeIndication><xd:CommitmentTypeId>` +
      `<xd:Identifier>${COMMITMENT_APPROVAL}</xd:Identifier><xd:Description>${x(input.purpose)}</xd:Description>` +
      `</xd:CommitmentTypeId><xd:AllSignedDataObjects/></xd:CommitmentTypeIndication></xd:SignedDataObjectProperties>`
    : '';
  return (
    `<Object><xd:QualifyingProperties xmlns:xd="${NS_XADES}" Target="#${ID_SIGNATURE}">` +
    `<xd:SignedProperties Id="${ID_SIGNED_PROPERTIES}"><xd:SignedSignatureProperties>` +
    `<xd:SigningTime>${input.signingTime}</xd:SigningTime>` +
    `<xd:SigningCertificate><xd:Cert><xd:CertDigest>${DIGEST_METHOD}<DigestValue>${certDigest}</DigestValue></xd:CertDigest>` +
    `<xd:IssuerSerial><X509IssuerName>${x(input.issuerName)}</X509IssuerName>` +
    `<X509SerialNumber>${input.serialNumberDecimal}</X509SerialNumber></xd:IssuerSerial></xd:Cert></xd:SigningCertificate>` +
    `<xd:SignaturePolicyIdentifier><xd:SignaturePolicyImplied/></xd:SignaturePolicyIdentifier>` +
    `</xd:SignedSignatureProperties>${commitment}</xd:SignedProperties>` +
    `</xd:QualifyingProperties></Object>`
  );
}

function signedInfo(): string {
  const ref = (uri: string, type: string, transforms: string, digest: string): string =>
    `<Reference Type="${type}" URI="#${uri}">${transforms}${DIGEST_METHOD}<DigestValue>${digest}</DigestValue></Reference>`;
  return (
    `<SignedInfo><CanonicalizationMethod Algorithm="${ALG_C14N}"/><SignatureMethod Algorithm="${ALG_RSA_SHA256}"/>` +
    ref(ID_PACKAGE_OBJECT, TYPE_OBJECT, '', PLACEHOLDER.packageObject) +
    ref(ID_OFFICE_OBJECT, TYPE_OBJECT, '', PLACEHOLDER.officeObject) +
    ref(
      ID_SIGNED_PROPERTIES,
      TYPE_SIGNED_PROPERTIES,
      `<Transforms>${C14N_TRANSFORM}</Transforms>`,
      PLACEHOLDER.signedProperties,
    ) +
    `</SignedInfo>`
  );
}

export function buildSignatureXml(input: SignatureXmlInput, certDigest: string): string {
  const certs = [input.certificateDer, ...input.chainDer]
    .map((der) => `<X509Certificate>${der.toString('base64')}</X509Certificate>`)
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<Signature xmlns="${NS_DS}" Id="${ID_SIGNATURE}">` +
    signedInfo() +
    `<SignatureValue>${PLACEHOLDER.signatureValue}</SignatureValue>` +
    `<KeyInfo><X509Data>${certs}</X509Data></KeyInfo>` +
    packageObject(input) +
    officeObject(input) +
    xadesObject(input, certDigest) +
    `</Signature>`
  );
}
