// The names of the dashboard's groups of tasks with no pillar or no lead agency: the backend names them in
// Vietnamese (as the reports do); the page names them in the chosen language.
import { registerStrings } from '../../i18n';

registerStrings('fallback', {
  vi: { noPillar: 'Chưa phân loại', noAgency: 'Chưa giao cơ quan' },
  en: { noPillar: 'No pillar', noAgency: 'No lead agency' },
});
