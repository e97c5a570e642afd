// Words of the plan selector beyond workspace.*, under `planSelector.`.
import { registerStrings } from '../i18n/index';

registerStrings('planSelector', {
  vi: { opensByDefault: 'mở mặc định' },
  en: { opensByDefault: 'opens by default' },
});
