// The app's own signing identity: who it names, its fingerprint (to read out to the centre on the phone),
// the certificate to send them, and creating (or replacing) it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SigningIdentity } from '../../../shared/api/types';
import { api } from '../../api/client';
import { write } from '../../api/writes';
import { Button, ErrorBanner, Field, Modal, TextInput } from '../../components';
import { useFormat } from '../../i18n/format';
import { showStatus } from '../../stores/status';
import { downloadFile, readableName } from './files';

export interface IdentityPanelProps {
  identity: SigningIdentity | null;
}

function CreateIdentityDialog({
  open,
  replacing,
  onClose,
  onCreated,
}: {
  open: boolean;
  replacing: boolean;
  onClose(): void;
  onCreated(id: SigningIdentity): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const problems = {
    name: name.trim() ? null : t('reports.identity.nameRequired'),
    password: password.length >= 8 ? null : t('reports.identity.tooShort'),
    confirm: confirm === password ? null : t('reports.identity.mismatch'),
  };
  const close = () => {
    setPassword('');
    setConfirm('');
    setError(null);
    setTried(false);
    onClose();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problems.name || problems.password || problems.confirm) return;
    setBusy(true);
    setError(null);
    try {
      const created = await write('signing.identity.create', {
        commonName: name.trim(),
        email: email.trim(),
        password,
        replace: replacing,
      });
      setPassword('');
      setConfirm('');
      onCreated(created);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('reports.identity.dialogTitle')}
      onClose={close}
      testId="identity-dialog"
      footer={
        <Button
          type="submit"
          form="identity-form"
          variant="primary"
          busy={busy}
          data-testid="identity-submit"
        >
          {t('reports.identity.submit')}
        </Button>
      }
    >
      <form id="identity-form" onSubmit={(e) => void submit(e)} noValidate>
        {replacing ? <p className="report-warning">{t('reports.identity.replaceWarning')}</p> : null}
        <ErrorBanner error={error} />
        <Field label={t('reports.identity.commonName')} required error={tried ? problems.name : null}>
          {(c) => (
            <TextInput
              {...c}
              data-testid="identity-name"
              value={name}
              autoComplete="name"
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('reports.identity.email')}>
          {(c) => (
            <TextInput
              {...c}
              type="email"
              value={email}
              autoComplete="email"
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('reports.identity.newPassword')}
          hint={t('reports.identity.newPasswordHint')}
          required
          error={tried ? problems.password : null}
        >
          {(c) => (
            <TextInput
              {...c}
              type="password"
              autoComplete="new-password"
              data-testid="identity-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('reports.identity.confirmPassword')} required error={tried ? problems.confirm : null}>
          {(c) => (
            <TextInput
              {...c}
              type="password"
              autoComplete="new-password"
              data-testid="identity-confirm"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
          )}
        </Field>
      </form>
    </Modal>
  );
}

export function IdentityPanel({ identity }: IdentityPanelProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const exportCer = async () => {
    setError(null);
    try {
      downloadFile(await api.call('signing.identity.exportCertificate', { format: 'pem' }));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="panel report-identity" aria-labelledby="report-identity-title">
      <div className="panel-title">
        <h2 id="report-identity-title">{t('reports.identity.title')}</h2>
      </div>
      <ErrorBanner error={error} />
      {identity ? (
        <dl className="report-facts" data-testid="identity-info">
          <dt>{t('reports.identity.subject')}</dt>
          <dd>{readableName(identity.subject)}</dd>
          <dt>{t('reports.identity.fingerprint')}</dt>
          <dd className="mono hash">{identity.fingerprintSha256}</dd>
          <dt>{t('reports.identity.validity')}</dt>
          <dd>
            {t('reports.identity.validityRange', {
              from: fmt.date(identity.notBefore.slice(0, 10)),
              to: fmt.date(identity.notAfter.slice(0, 10)),
            })}
          </dd>
        </dl>
      ) : (
        <p className="muted">{t('reports.identity.none')}</p>
      )}
      <div className="form-actions report-identity-actions">
        {identity ? (
          <Button size="sm" onClick={() => void exportCer()} data-testid="identity-export">
            {t('reports.identity.exportCer')}
          </Button>
        ) : null}
        <Button
          size="sm"
          variant={identity ? 'ghost' : 'primary'}
          onClick={() => setOpen(true)}
          data-testid="identity-create"
        >
          {identity ? t('reports.identity.replace') : t('reports.identity.create')}
        </Button>
      </div>
      <CreateIdentityDialog
        open={open}
        replacing={identity !== null}
        onClose={() => setOpen(false)}
        onCreated={(created) => {
          setOpen(false);
          showStatus(t('reports.identity.created', { name: created.commonName }));
        }}
      />
    </section>
  );
}
