// The trust list (Cài đặt on a province's file, and a tab of the centre's): trusted signers, CA
// certificates and revocation lists. A signer is added from a certificate file or a signed report only
// through the fingerprint comparison (TrustSignerDialog); CAs and CRLs are imported from their files.
import './strings';
import './trust.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrustCandidate, TrustList } from '../../../shared/api/types';
import { api } from '../../api/client';
import { write } from '../../api/writes';
import { Button, ConfirmDialog, EmptyState, ErrorBanner, Loading } from '../../components';
import { FilePickButton } from '../../components/FilePickButton';
import { useAction } from '../../hooks/useAction';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/format';
import { showStatus } from '../../stores/status';
import { readableName, readFileBase64 } from '../reports/files';
import { FingerprintGroups } from './FingerprintGroups';
import { TrustSignerDialog } from './TrustSignerDialog';

type Removal = { kind: 'signer' | 'authority'; id: string; name: string };

export function TrustPanel({ provinces = [] }: { provinces?: string[] }) {
  const { t } = useTranslation();
  const list = useApiQuery('trust.list', {});
  const action = useAction();
  const [candidate, setCandidate] = useState<{ c: TrustCandidate; base64: string } | null>(null);
  const [removal, setRemoval] = useState<Removal | null>(null);

  const inspect = (files: File[]) =>
    void action.run(async () => {
      const base64 = await readFileBase64(files[0]!);
      const c = await api.call('trust.inspect', { fileBase64: base64 });
      if (c.authority) throw new Error(t('trust.compare.authority'));
      if (c.alreadyTrusted)
        throw new Error(
          t('trust.compare.already', {
            name: c.alreadyTrusted.name,
            since: c.alreadyTrusted.trustedSince.slice(0, 10).split('-').reverse().join('/'),
          }),
        );
      setCandidate({ c, base64 });
    }, 'inspect');

  const importAuthorities = (files: File[]) =>
    void action.run(async () => {
      for (const f of files) {
        const r = await write('trust.importAuthorities', { fileBase64: await readFileBase64(f) });
        showStatus(t('trust.authorities.imported', { added: r.added.length, skipped: r.skipped.length }));
      }
    }, 'ca');

  const importCrl = (files: File[]) =>
    void action.run(async () => {
      for (const f of files) {
        const r = await write('trust.importCrl', { fileBase64: await readFileBase64(f) });
        showStatus(t('trust.crls.imported', { authority: r.authority, count: r.entries }));
      }
    }, 'crl');

  const remove = async () => {
    if (!removal) return;
    const ok = await action.run(
      () =>
        write(removal.kind === 'signer' ? 'trust.removeSigner' : 'trust.removeAuthority', { id: removal.id }),
      'remove',
    );
    if (ok) showStatus(t('trust.signers.removed', { name: removal.name }));
    setRemoval(null);
  };

  return (
    <section className="panel trust-panel" aria-labelledby="trust-title" data-testid="trust-panel">
      <div className="panel-title">
        <h2 id="trust-title">{t('trust.title')}</h2>
      </div>
      <p className="muted">{t('trust.intro')}</p>
      <ErrorBanner
        error={list.error ?? (removal ? null : action.error)}
        onRetry={list.error ? list.retry : undefined}
      />
      {list.data ? (
        <TrustTables
          list={list.data}
          busy={action.busy}
          onAddSigner={inspect}
          onImportCa={importAuthorities}
          onImportCrl={importCrl}
          onRemove={setRemoval}
        />
      ) : list.error ? null : (
        <Loading />
      )}
      {candidate ? (
        <TrustSignerDialog
          signer={candidate.c.signer}
          fingerprint={candidate.c.fingerprint}
          selfSigned={candidate.c.selfSigned}
          documentTitle={candidate.c.title}
          province={candidate.c.province}
          provinces={provinces}
          onClose={() => setCandidate(null)}
          onConfirm={async (choice) => {
            const entry = await write('trust.addSigner', {
              fileBase64: candidate.base64,
              name: choice.name,
              province: choice.province,
              fingerprint: choice.fingerprint,
            });
            showStatus(t('trust.signers.added', { name: entry.name }));
          }}
        />
      ) : null}
      {removal ? (
        <ConfirmDialog
          title={t(removal.kind === 'signer' ? 'trust.signers.removeTitle' : 'trust.authorities.removeTitle')}
          confirmLabel={t('trust.signers.remove')}
          danger
          busy={action.running === 'remove'}
          error={action.error}
          testId="trust-remove-confirm"
          onConfirm={() => void remove()}
          onCancel={() => setRemoval(null)}
        >
          <p>
            {t(removal.kind === 'signer' ? 'trust.signers.removeText' : 'trust.authorities.removeText', {
              name: removal.name,
            })}
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function TrustTables(p: {
  list: TrustList;
  busy: boolean;
  onAddSigner(files: File[]): void;
  onImportCa(files: File[]): void;
  onImportCrl(files: File[]): void;
  onRemove(r: Removal): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { signers, authorities, crls } = p.list;
  return (
    <>
      <div className="trust-section-head">
        <h3>{t('trust.signers.title')}</h3>
        <FilePickButton
          label={t('trust.signers.add')}
          accept=".cer,.crt,.pem,.der,.xlsx,.docx"
          disabled={p.busy}
          size="sm"
          testId="trust-add-file"
          onFiles={p.onAddSigner}
        />
      </div>
      {signers.length === 0 ? (
        <EmptyState title={t('trust.signers.empty')} />
      ) : (
        <div className="table-wrap">
          <table className="table trust-table" data-testid="trust-signers">
            <thead>
              <tr>
                <th scope="col">{t('trust.signers.name')}</th>
                <th scope="col">{t('trust.signers.signer')}</th>
                <th scope="col">{t('trust.signers.fingerprint')}</th>
                <th scope="col">{t('trust.signers.since')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('trust.signers.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {signers.map((s) => (
                <tr key={s.id}>
                  <td>
                    <strong>{s.name}</strong>
                    <div className="muted small">{s.province ?? t('trust.compare.provinceNone')}</div>
                  </td>
                  <td>{s.commonName}</td>
                  <td>
                    <FingerprintGroups fingerprint={s.fingerprint} label={t('trust.signers.fingerprint')} />
                  </td>
                  <td>{fmt.dateTime(s.trustedSince)}</td>
                  <td>
                    <Button
                      size="sm"
                      variant="danger"
                      aria-label={`${t('trust.signers.remove')} ${s.name}`}
                      onClick={() => p.onRemove({ kind: 'signer', id: s.id, name: s.name })}
                    >
                      {t('trust.signers.remove')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="trust-section-head">
        <h3>{t('trust.authorities.title')}</h3>
        <FilePickButton
          label={t('trust.authorities.import')}
          accept=".cer,.crt,.pem,.der,.p7b,.p7c"
          multiple
          disabled={p.busy}
          size="sm"
          testId="trust-ca-file"
          onFiles={p.onImportCa}
        />
      </div>
      {authorities.length === 0 ? (
        <EmptyState title={t('trust.authorities.empty')} />
      ) : (
        <div className="table-wrap">
          <table className="table trust-table" data-testid="trust-authorities">
            <thead>
              <tr>
                <th scope="col">{t('trust.authorities.name')}</th>
                <th scope="col">{t('trust.signers.fingerprint')}</th>
                <th scope="col">{t('trust.authorities.validTo')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('trust.authorities.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {authorities.map((a) => (
                <tr key={a.id}>
                  <td>
                    <strong>{a.name}</strong>
                    <div className="muted small">
                      {a.root ? t('trust.authorities.root') : t('trust.authorities.intermediate')} ·{' '}
                      {readableName(a.subject)}
                    </div>
                  </td>
                  <td>
                    <FingerprintGroups fingerprint={a.fingerprint} label={t('trust.signers.fingerprint')} />
                  </td>
                  <td>{fmt.date(a.notAfter.slice(0, 10))}</td>
                  <td>
                    <Button
                      size="sm"
                      variant="danger"
                      aria-label={`${t('trust.authorities.remove')} ${a.name}`}
                      onClick={() => p.onRemove({ kind: 'authority', id: a.id, name: a.name })}
                    >
                      {t('trust.authorities.remove')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="trust-section-head">
        <h3>{t('trust.crls.title')}</h3>
        <FilePickButton
          label={t('trust.crls.import')}
          accept=".crl"
          multiple
          disabled={p.busy}
          size="sm"
          testId="trust-crl-file"
          onFiles={p.onImportCrl}
        />
      </div>
      {crls.length === 0 ? (
        <EmptyState title={t('trust.crls.empty')} />
      ) : (
        <div className="table-wrap">
          <table className="table trust-table" data-testid="trust-crls">
            <thead>
              <tr>
                <th scope="col">{t('trust.crls.authority')}</th>
                <th scope="col">{t('trust.crls.thisUpdate')}</th>
                <th scope="col">{t('trust.crls.nextUpdate')}</th>
                <th scope="col" className="num">
                  {t('trust.crls.entries')}
                </th>
              </tr>
            </thead>
            <tbody>
              {crls.map((c) => (
                <tr key={c.id}>
                  <td>{c.authority}</td>
                  <td>{fmt.date(c.thisUpdate.slice(0, 10))}</td>
                  <td>
                    {c.nextUpdate ? fmt.date(c.nextUpdate.slice(0, 10)) : '—'}
                    {c.stale ? <div className="trust-warning small">{t('trust.crls.stale')}</div> : null}
                  </td>
                  <td className="num">{fmt.number(c.entries)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
