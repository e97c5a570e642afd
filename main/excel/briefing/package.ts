// Where the meeting documents keep their models in the package (finished by ../report/package.ts, as the
// report is): each its own part and relationship type, so a reader never takes one document for another.
import type { EmbeddedPart } from '../report/package';

export const BRIEFING_PART: EmbeddedPart = {
  part: 'tiendo/briefing-model.json',
  contentType: 'application/json',
  relationship: 'urn:tiendo:relationship:briefing-model',
  relId: 'rIdTiendoDocumentModel',
};
export const NOTICE_PART: EmbeddedPart = {
  part: 'tiendo/notice-model.json',
  contentType: 'application/json',
  relationship: 'urn:tiendo:relationship:notice-model',
  relId: 'rIdTiendoDocumentModel',
};
