// What the first-run screen and the demo need to know about an open file (asked by the router, answered here).
import { oneRow, sql } from '../db/sql';
import type { ServiceContext } from './context';

/** No plans or agencies yet: the demo may still be created. */
export function hasNoData(ctx: ServiceContext): boolean {
  return (
    oneRow<{ n: number }>(ctx, sql`SELECT (SELECT COUNT(*) FROM plan) + (SELECT COUNT(*) FROM agency) AS n`)
      .n === 0
  );
}

/** A brand-new file: not even the pillars that "start empty" seeds, so the first-run screen is due. */
export function isBrandNew(ctx: ServiceContext): boolean {
  return hasNoData(ctx) && oneRow<{ n: number }>(ctx, sql`SELECT COUNT(*) AS n FROM pillar`).n === 0;
}
