// Create or edit a pillar (trụ cột) or foundation (nền tảng) of the programme.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pillarFields } from '../../../shared/api/schemas';
import type { Pillar } from '../../../shared/api/types';
import { PILLAR_GROUPS, type PillarGroup } from '../../../shared/domain';
import { write } from '../../api/writes';
import {
  changedKeys,
  Field,
  FormAlert,
  FormButtons,
  isEmptyPatch,
  Modal,
  NumberInput,
  patchOf,
  Select,
  TextInput,
  useFormSave,
  withoutLabels,
  zodFieldErrors,
  type FieldErrors,
} from '../../components';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { showStatus } from '../../stores/status';

interface Props {
  pillar: Pillar | null;
  /** Order given to a new pillar: after the last one. */
  nextOrder: number;
  onClose(): void;
  onSaved(): void;
}

export function PillarForm({ pillar, nextOrder, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [loaded] = useState(() => ({
    code: pillar?.code ?? '',
    name: pillar?.name ?? '',
    group: pillar?.group ?? ('tru_cot' as PillarGroup),
    order: String(pillar?.sortOrder ?? nextOrder),
  }));
  const [code, setCode] = useState(loaded.code);
  const [name, setName] = useState(loaded.name);
  const [group, setGroup] = useState<PillarGroup>(loaded.group);
  const [order, setOrder] = useState(loaded.order);
  const form = useFormSave({ prefix: 'patch.', codeField: 'code' });
  const { errors } = form;
  const unsaved = useUnsavedChanges(
    changedKeys(loaded, { code, name, group, order }).length > 0,
    JSON.stringify([code, name, group, order]),
  );
  /** Wraps a setter so that editing a field also takes its message away. */
  const edit =
    <T,>(key: string, setter: (value: T) => void) =>
    (value: T) => {
      setter(value);
      form.edited([key]);
    };

  async function submit() {
    const sortOrder = Number(order.trim());
    const parsed = pillarFields.safeParse({ code, name, group, sortOrder });
    const found: FieldErrors = parsed.success ? {} : withoutLabels(zodFieldErrors(parsed.error));
    if (!Number.isInteger(sortOrder) || order.trim() === '' || found.sortOrder)
      found.sortOrder = t('catalog.pillarForm.orderInvalid');
    if (!form.check(found) || !parsed.success) return;
    // An edit sends only what differs from the pillar as it opened.
    const base = pillar ? pillarFields.safeParse({ ...loaded, sortOrder: Number(loaded.order) }) : null;
    const patch = base?.success ? patchOf(base.data, parsed.data) : parsed.data;
    if (pillar && isEmptyPatch(patch)) return form.note(t('unsaved.nothingToSave'));
    await form.save(async () => {
      const saved = pillar
        ? await write('pillars.update', { id: pillar.id, patch })
        : await write('pillars.create', parsed.data);
      showStatus(
        t(pillar ? 'catalog.pillarForm.updated' : 'catalog.pillarForm.created', { name: saved.name }),
      );
      unsaved.settled();
      onSaved();
    });
  }

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
      beforeClose={unsaved.confirmLeave}
      onSubmit={() => void submit()}
      footer={<FormButtons busy={form.busy} onCancel={unsaved.guard(onClose)} />}
    >
      <FormAlert errors={{}} failure={form.failure} notice={form.notice} />
      <div className="form-grid">
        <Field label={t('catalog.pillarForm.code')} required error={errors.code}>
          {(c) => (
            <TextInput
              {...c}
              value={code}
              onChange={(e) => edit('code', setCode)(e.target.value)}
              data-testid="f-code"
            />
          )}
        </Field>
        <Field label={t('catalog.pillarForm.group')} required error={errors.group}>
          {(c) => (
            <Select
              {...c}
              value={group}
              options={PILLAR_GROUPS.map((g) => ({ value: g, label: t(`catalog.group.${g}`) }))}
              onChange={(v) => setGroup(v as PillarGroup)}
            />
          )}
        </Field>
        <Field label={t('catalog.pillarForm.name')} required error={errors.name} className="span-2">
          {(c) => (
            <TextInput
              {...c}
              value={name}
              onChange={(e) => edit('name', setName)(e.target.value)}
              data-testid="f-name"
            />
          )}
        </Field>
        <Field label={t('catalog.pillarForm.order')} error={errors.sortOrder}>
          {(c) => (
            <NumberInput {...c} value={order} onChange={edit('sortOrder', setOrder)} inputMode="numeric" />
          )}
        </Field>
      </div>
    </Modal>
  );
}
