// SoftHSM2 for vitest: the token helpers (./softToken) and the requireTool guard (fails under CI=true
// when SoftHSM2 is missing).
import { requireTool } from './requireTool';
import { softhsmAvailable } from './softToken';

export * from './softToken';

export const softhsm = requireTool({
  name: 'SoftHSM2',
  available: softhsmAvailable,
  install: 'apt-get install softhsm2',
});
