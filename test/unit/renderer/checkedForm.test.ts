// A form's resolver schema marks every field with a problem at once: the fields it cannot read (a date
// typed wrong) and the contract's rules on the fields it could read (a meeting number below 1).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkedForm } from '../../../renderer/components/form/checkedForm';

/** A reader that fails the way the form's date box does on 31/02. */
const dateText = () =>
  z.string().transform((text, ctx) => {
    const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
    if (m && Number(m[1]) <= 28) return `${m[3]}-${m[2]}-${m[1]}`;
    ctx.addIssue({ code: 'custom', message: 'Ngày không hợp lệ.' });
    return z.NEVER;
  });

const contract = z.object({
  number: z.number().int().min(1, { message: 'Từ 1 trở lên.' }),
  heldOn: z.string({ message: 'Cần ngày họp.' }),
});
const form = checkedForm(z.object({ number: z.string().transform(Number), heldOn: dateText() }), contract);

const issues = (value: unknown) =>
  (form.safeParse(value).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

describe('checkedForm', () => {
  it('reports the contract rule beside a field it could not read, and nothing twice', () => {
    const found = issues({ number: '0', heldOn: '31/02/2026' });
    expect(found.map(([path]) => path).sort()).toEqual(['heldOn', 'number']);
    expect(found).toContainEqual(['number', 'Từ 1 trở lên.']);
  });
  it('checks with the contract when every field reads, and gives its output', () => {
    expect(issues({ number: '0', heldOn: '01/02/2026' })).toEqual([['number', 'Từ 1 trở lên.']]);
    expect(form.parse({ number: '4', heldOn: '01/02/2026' })).toEqual({ number: 4, heldOn: '2026-02-01' });
  });
});
