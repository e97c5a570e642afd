// Master records the scripted test histories create the same way.
import { createAgency } from '../../main/services/agencies';
import type { ServiceContext } from '../../main/services/context';

/** A current sở/ban/ngành with no e-mail; returns its id. */
export function addAgency(ctx: ServiceContext, code: string, name: string, shortName: string): string {
  return createAgency(ctx, {
    code,
    name,
    shortName,
    kind: 'so_ban_nganh',
    email: null,
    validFrom: null,
    validTo: null,
  }).id;
}
