/** Namespaces, algorithm URIs, content types and relationship types of OOXML package signatures. */

export const NS_DS = 'http://www.w3.org/2000/09/xmldsig#';
export const NS_XADES = 'http://uri.etsi.org/01903/v1.3.2#';
export const NS_MDSSI = 'http://schemas.openxmlformats.org/package/2006/digital-signature';
export const NS_MSDSIG = 'http://schemas.microsoft.com/office/2006/digsig';
export const NS_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const NS_CT = 'http://schemas.openxmlformats.org/package/2006/content-types';

export const ALG_C14N = 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315';
export const ALG_C14N_COMMENTS = 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments';
export const ALG_EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
export const ALG_EXC_C14N_COMMENTS = 'http://www.w3.org/2001/10/xml-exc-c14n#WithComments';
export const ALG_RELATIONSHIP_TRANSFORM =
  'http://schemas.openxmlformats.org/package/2006/RelationshipTransform';

export const ALG_SHA1 = 'http://www.w3.org/2000/09/xmldsig#sha1';
export const ALG_SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';
export const ALG_SHA384 = 'http://www.w3.org/2001/04/xmldsig-more#sha384';
export const ALG_SHA512 = 'http://www.w3.org/2001/04/xmlenc#sha512';
export const ALG_RSA_SHA1 = 'http://www.w3.org/2000/09/xmldsig#rsa-sha1';
export const ALG_RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
export const ALG_RSA_SHA384 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384';
export const ALG_RSA_SHA512 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512';

/** Accepted digest algorithms (URI -> node:crypto name). SHA-1 is deliberately absent: too weak. */
export const DIGESTS: ReadonlyMap<string, string> = new Map([
  [ALG_SHA256, 'sha256'],
  [ALG_SHA384, 'sha384'],
  [ALG_SHA512, 'sha512'],
]);
/** Accepted signature algorithms (URI -> node:crypto digest name), RSA PKCS#1 v1.5 only. */
export const SIGNATURE_METHODS: ReadonlyMap<string, string> = new Map([
  [ALG_RSA_SHA256, 'sha256'],
  [ALG_RSA_SHA384, 'sha384'],
  [ALG_RSA_SHA512, 'sha512'],
]);
export const WEAK_ALGORITHMS: ReadonlySet<string> = new Set([ALG_SHA1, ALG_RSA_SHA1]);

export const TYPE_OBJECT = 'http://www.w3.org/2000/09/xmldsig#Object';
export const TYPE_SIGNED_PROPERTIES = 'http://uri.etsi.org/01903#SignedProperties';

export const CT_RELATIONSHIPS = 'application/vnd.openxmlformats-package.relationships+xml';
export const CT_SIGNATURE_ORIGIN = 'application/vnd.openxmlformats-package.digital-signature-origin';
export const CT_SIGNATURE_XML = 'application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml';
export const CT_CORE_PROPERTIES = 'application/vnd.openxmlformats-package.core-properties+xml';
export const CT_EXTENDED_PROPERTIES = 'application/vnd.openxmlformats-officedocument.extended-properties+xml';

export const REL_SIGNATURE_ORIGIN =
  'http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin';
export const REL_SIGNATURE =
  'http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature';
export const REL_SIGNATURE_CERTIFICATE =
  'http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/certificate';
export const REL_CORE_PROPERTIES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/metadata/core-properties',
]);
export const REL_EXTENDED_PROPERTIES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties',
]);

/** Where this module puts a new signature (the names Excel and POI use). */
export const ORIGIN_PART = '/_xmlsignatures/origin.sigs';
export const ORIGIN_RELS_PART = '/_xmlsignatures/_rels/origin.sigs.rels';
export const SIGNATURE_PART = '/_xmlsignatures/sig1.xml';
export const CONTENT_TYPES_PART = '/[Content_Types].xml';
export const ROOT_RELS_PART = '/_rels/.rels';

/** Ids of the signature elements, fixed by MS-OFFCRYPTO / what Office writes. */
export const ID_SIGNATURE = 'idPackageSignature';
export const ID_PACKAGE_OBJECT = 'idPackageObject';
export const ID_OFFICE_OBJECT = 'idOfficeObject';
export const ID_SIGNED_PROPERTIES = 'idSignedProperties';
