// Create or edit a pillar (trụ cột) or foundation (nền tảng) of the programme.
import { useMemo, useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { pillarFields } from '../../../shared/api/schemas';
import type { Pillar } from '../../../shared/api/types';
import { PILLAR_GROUPS, type PillarGroup } from '../../../shared/domain';
import { write } from '../../api/writes';
import { FormAlert, FormButtons, Modal } from '../../components';
import { checkedForm, FormNumber, FormSelect, FormText, useRecordForm } from '../../components/form';
import { showStatus } from '../../stores/status';

interface Props {
  pillar: Pillar | null;
  /** Order given to a new pillar: after the last one. */
  nextOrder: number;
  onClose(): void;
  onSaved(): void;
}

interface Draft {
  code: string;
  name: string;
  group: PillarGroup;
  sortOrder: string;
}
const ORDER = ['code', 'group', 'name', 'sortOrder'] as const;

/** The texts read (the order as a whole number), then checked with the shared pillarFields. */
const pillarSchema = (orderInvalid: string) =>
  checkedForm(
    z.object({
      code: z.string(),
      name: z.string(),
      group: z.enum(PILLAR_GROUPS),
      sortOrder: z.string().transform((s) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN)),
    }),
    pillarFields,
    { sortOrder: orderInvalid },
  );

export function PillarForm({ pillar, nextOrder, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const body = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => pillarSchema(t('catalog.pillarForm.orderInvalid')), [t]);
  const form = useRecordForm(
    {
      schema,
      initial: {
        code: pillar?.code ?? '',
        name: pillar?.name ?? '',
        group: pillar?.group ?? 'tru_cot',
        sortOrder: String(pillar?.sortOrder ?? nextOrder),
      },
      order: ORDER,
      prefix: 'patch.',
      codeField: 'code',
    },
    () => body.current,
  );

  async function submit() {
    // An edit sends only what the person changed.
    await form.submit(async (input, changed) => {
      const saved = pillar
        ? await write('pillars.update', { id: pillar.id, patch: changed })
        : await write('pillars.create', input);
      showStatus(
        t(pillar ? 'catalog.pillarForm.updated' : 'catalog.pillarForm.created', { name: saved.name }),
      );
      onSaved();
    }, pillar !== null);
  }

  const label = (key: string) => t(`catalog.pillarForm.${key}`);
  return (
    <Modal
      open
      testId="pillar-form"
      title={
        pillar
          ? t('catalog.pillarForm.editTitle', { code: pillar.code })
          : t('catalog.pillarForm.createTitle')
      }
      onClose={onClose}
      beforeClose={form.unsaved.confirmLeave}
      onSubmit={() => void submit()}
      footer={<FormButtons busy={form.busy} onCancel={form.unsaved.guard(onClose)} />}
    >
      <FormAlert errors={{}} failure={form.failure} notice={form.notice} />
      <FormProvider {...form.methods}>
        <div className="form-grid" ref={body}>
          <FormText<Draft> name="code" label={label('code')} required testId="f-code" />
          <FormSelect<Draft>
            name="group"
            label={label('group')}
            required
            options={PILLAR_GROUPS.map((g) => ({ value: g, label: t(`catalog.group.${g}`) }))}
          />
          <FormText<Draft> name="name" label={label('name')} required className="span-2" testId="f-name" />
          <FormNumber<Draft> name="sortOrder" label={label('order')} />
        </div>
      </FormProvider>
    </Modal>
  );
}
