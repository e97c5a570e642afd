// A new province's names as the settings hold them, from the name a person types ("Lâm Đồng", "Tỉnh Lâm
// Đồng", "Thành phố Hà Nội"): the province, the committee's full name (which ends with the province) and
// the place printed on documents. Used by `tiendo init` and by the first-run screen.
import { DEFAULT_SETTINGS } from './settings';

export interface ProvinceNames {
  provinceName: string;
  committeeName: string;
  reportPlace: string;
}

export function provinceNames(input: string): ProvinceNames {
  const given = input.trim().replace(/\s+/g, ' ');
  const city = /^thành phố\s+/i.exec(given);
  const province = /^tỉnh\s+/i.exec(given);
  const place = given.slice((city ?? province)?.[0].length ?? 0);
  const kind = city ? 'thành phố' : 'tỉnh';
  // The default committee name ends with "tỉnh": the province's own name follows it.
  const committeeBase = DEFAULT_SETTINGS.committeeName.replace(/\s+tỉnh$/, '');
  return {
    provinceName: `${city ? 'Thành phố' : 'Tỉnh'} ${place}`,
    committeeName: `${committeeBase} ${kind} ${place}`,
    reportPlace: place,
  };
}
