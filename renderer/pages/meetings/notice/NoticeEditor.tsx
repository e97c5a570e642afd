// The draft notice of conclusions: generated from the meeting's conclusions (grouped by agency) until
// the secretary saves an edited text; recipients and signer beside it; exported as a signed workbook.
import { useMemo, useRef, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contract } from '../../../../shared/api/contract';
import type { MeetingDetail, MeetingNotice } from '../../../../shared/api/types';
import { SIGNER_AUTHORITIES, type SignerBlock } from '../../../../shared/report/model';
import { signerBlock } from '../../../../shared/report/schemas';
import { write } from '../../../api/writes';
import { Button, ConfirmDialog, ErrorBanner, Loading } from '../../../components';
import { checkedForm, FormSelect, FormText, FormTextArea, useRecordForm } from '../../../components/form';
import { useApiQuery } from '../../../hooks/useApiQuery';
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

const ORDER = ['body', 'recipients'] as const;

/** One recipient a line; then the contract's own checks of meetings.saveNotice. */
const noticeSchema = () =>
  checkedForm(
    z.object({
      body: z.string(),
      recipients: z.string().transform((s) => s.split('\n')),
      signer: signerBlock,
    }),
    contract['meetings.saveNotice'].input.omit({ meetingId: true }),
    {},
    fieldOf,
  );

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
  const body = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => noticeSchema(), []);
  const form = useRecordForm({ schema, initial: draftOf(notice), order: ORDER, fieldOf }, () => body.current);
  const { busy } = form;
  const dirty = form.methods.formState.isDirty;
  const [confirming, setConfirming] = useState(false);
  const [exporting, setExporting] = useState(false);

  const save = () =>
    form.submit(async (input) => {
      await write('meetings.saveNotice', { meetingId: meeting.id, ...input });
      showStatus(t('meetings.notice.saved'));
    }, false);

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
      <FormProvider {...form.methods}>
        <div className="notice-grid" ref={body}>
          <FormTextArea<Draft>
            name="body"
            label={t('meetings.notice.body')}
            rows={22}
            className="notice-body"
          />
          <div className="notice-side">
            <FormTextArea<Draft>
              name="recipients"
              label={t('meetings.notice.recipients')}
              hint={t('meetings.notice.recipientsHint')}
              rows={5}
            />
            <fieldset className="notice-signer">
              <legend>{t('meetings.notice.signer')}</legend>
              <FormSelect<Draft>
                name="signer.authority"
                label={t('meetings.notice.authority')}
                options={SIGNER_AUTHORITIES.map((a) => ({
                  value: a,
                  label: a || t('meetings.notice.authorityNone'),
                }))}
              />
              <FormText<Draft>
                name="signer.authorityName"
                label={t('meetings.notice.authorityName')}
                hint={t('meetings.notice.authorityNameHint')}
              />
              <FormText<Draft> name="signer.title" label={t('meetings.notice.title')} />
              <FormText<Draft> name="signer.name" label={t('meetings.notice.name')} />
            </fieldset>
          </div>
        </div>
      </FormProvider>
      {confirming ? (
        <ConfirmDialog
          title={t('meetings.notice.regenerate')}
          confirmLabel={t('meetings.notice.regenerate')}
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            form.fill({ body: notice.draft });
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
