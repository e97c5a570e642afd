export function createDemoProvince(_ctx: unknown, _o: { year: number }): { planId: string } { throw new Error('todo'); }
