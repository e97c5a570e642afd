// Strings of the assessment explanations (list cell and detail panel), registered under `indicators.why.`.
import { registerStrings } from '../../i18n';

const vi = {
  show: 'Vì sao?',
  hide: 'Ẩn giải thích',
  forCode: 'vì sao chỉ tiêu {{code}} được đánh giá như vậy',
  heading: 'Vì sao có đánh giá này',
};

const en: typeof vi = {
  show: 'Why?',
  hide: 'Hide explanation',
  forCode: 'why indicator {{code}} is assessed this way',
  heading: 'Why this assessment',
};

registerStrings('indicators', { vi: { why: vi }, en: { why: en } });
