// The draft notice of conclusions: generated from the meeting's conclusions (grouped by agency) until
// the secretary saves an edited text; recipients and signer beside it; exported as a signed workbook.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail, MeetingNotice } from '../../../../shared/api/types';
import { SIGNER_AUTHORITIES, type SignerBlock } from '../../../../shared/report/model';
import { write } from '../../../api/writes';
import {
  Button,
  ConfirmDialog,
  ErrorBanner,
  Field,
  Loading,
  Select,
  TextArea,
  TextInput,
  useFormSave,
} from '../../../components';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useUnsavedChanges } from '../../../hooks/useUnsavedChanges';
import { useFormat } from '../../../i18n/format';
import { showStatus } from '../../../stores/status';
import { ExportDialog } from '../export/ExportDialog';

interface Draft {
  body: string;
  recipients: string;
  signer: SignerBlock;
}

/** Each line of Nơi nhận is checked on its own ('recipients.2'); the message goes under the one box. */
const fieldOf = (path: string) => path.replace(/^recipients\.\d+$/, 'recipients');

const draftOf = (n: MeetingNotice): Draft => ({
  body: n.body,
  recipients: n.recipients.join('\n'),
  signer: n.signer,
});

export function NoticeEditor({ meeting }: { meeting: MeetingDetail }) {
  const query = useApiQuery('meetings.notice', { meetingId: meeting.id });
  const notice = query.data;
  if (!notice) {
    return (
      <>
        <ErrorBanner error={query.error} onRetry={query.retry} />
        {query.loading ? <Loading /> : null}
      </>
    );
  }
  // A new save (new updatedAt) starts the form again from what was stored.
  return <NoticeForm key={notice.updatedAt ?? 'draft'} meeting={meeting} notice={notice} />;
}

function NoticeForm({ meeting, notice }: { meeting: MeetingDetail; notice: MeetingNotice }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [draft, setDraft] = useState(() => draftOf(notice));
  const form = useFormSave({ fieldOf });
  const { errors, busy } = form;
  const [confirming, setConfirming] = useState(false);
  const [exporting, setExporting] = useState(false);
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(notice));
  const unsaved = useUnsavedChanges(dirty, draft);
  const setSigner = (patch: Partial<SignerBlock>) =>
    setDraft((d) => ({ ...d, signer: { ...d.signer, ...patch } }));

  const save = () =>
    form.save(async () => {
      await write('meetings.saveNotice', {
        meetingId: meeting.id,
        body: draft.body,
        recipients: draft.recipients.split('\n'),
        signer: draft.signer,
      });
      showStatus(t('meetings.notice.saved'));
      unsaved.settled();
    });

  const docNumber = meeting.noticeNumber
    ? meeting.noticeDate
      ? t('meetings.detail.noticeDated', { number: meeting.noticeNumber, date: fmt.date(meeting.noticeDate) })
      : t('meetings.detail.noticeValue', { number: meeting.noticeNumber })
    : null;
  return (
    <section className="notice-editor" aria-label={t('meetings.notice.heading')} data-testid="notice-editor">
      <div className="section-bar">
        <p className="muted">{t('meetings.notice.intro')}</p>
        <div className="bar-actions">
          <Button onClick={() => setConfirming(true)}>{t('meetings.notice.regenerate')}</Button>
          <Button
            onClick={() => void (async () => (!dirty || (await save()) ? setExporting(true) : undefined))()}
            data-testid="notice-export"
          >
            {t('meetings.notice.export')}
          </Button>
          <Button variant="primary" busy={busy} onClick={() => void save()} data-testid="notice-save">
            {t('meetings.notice.save')}
          </Button>
        </div>
      </div>
      <p className="notice-status" role="status">
        {docNumber
          ? `${t('meetings.detail.notice')}: ${docNumber}. `
          : `${t('meetings.notice.docNumberMissing')} `}
        {notice.saved && notice.updatedAt
          ? t('meetings.notice.lastSaved', { at: fmt.dateTime(notice.updatedAt) })
          : t('meetings.notice.notSaved')}
        {dirty ? ` ${t('meetings.notice.unsaved')}` : ''}
      </p>
      <ErrorBanner error={form.failure} />
      <div className="notice-grid">
        <Field label={t('meetings.notice.body')} error={errors.body} className="notice-body">
          {(c) => (
            <TextArea
              {...c}
              name="body"
              rows={22}
              value={draft.body}
              onChange={(e) => setDraft((d) => ({ ...d, body: e.target.value }))}
            />
          )}
        </Field>
        <div className="notice-side">
          <Field
            label={t('meetings.notice.recipients')}
            hint={t('meetings.notice.recipientsHint')}
            error={errors.recipients}
          >
            {(c) => (
              <TextArea
                {...c}
                name="recipients"
                rows={5}
                value={draft.recipients}
                onChange={(e) => setDraft((d) => ({ ...d, recipients: e.target.value }))}
              />
            )}
          </Field>
          <fieldset className="notice-signer">
            <legend>{t('meetings.notice.signer')}</legend>
            <Field label={t('meetings.notice.authority')} error={errors['signer.authority']}>
              {(c) => (
                <Select
                  {...c}
                  value={draft.signer.authority}
                  onChange={(v) => setSigner({ authority: v as SignerBlock['authority'] })}
                  options={SIGNER_AUTHORITIES.map((a) => ({
                    value: a,
                    label: a || t('meetings.notice.authorityNone'),
                  }))}
                />
              )}
            </Field>
            <Field
              label={t('meetings.notice.authorityName')}
              hint={t('meetings.notice.authorityNameHint')}
              error={errors['signer.authorityName']}
            >
              {(c) => (
                <TextInput
                  {...c}
                  value={draft.signer.authorityName}
                  onChange={(e) => setSigner({ authorityName: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('meetings.notice.title')} error={errors['signer.title']}>
              {(c) => (
                <TextInput
                  {...c}
                  value={draft.signer.title}
                  onChange={(e) => setSigner({ title: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('meetings.notice.name')} error={errors['signer.name']}>
              {(c) => (
                <TextInput
                  {...c}
                  value={draft.signer.name}
                  onChange={(e) => setSigner({ name: e.target.value })}
                />
              )}
            </Field>
          </fieldset>
        </div>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('meetings.notice.regenerate')}
          confirmLabel={t('meetings.notice.regenerate')}
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            setDraft((d) => ({ ...d, body: notice.draft }));
          }}
        >
          <p>{t('meetings.notice.regenerateConfirm')}</p>
        </ConfirmDialog>
      ) : null}
      {exporting ? (
        <ExportDialog
          target={{ kind: 'notice', meetingId: meeting.id }}
          onClose={() => setExporting(false)}
        />
      ) : null}
    </section>
  );
}
