// A rendering error never leaves a blank window: the part that failed (one page, or the whole app) is
// replaced by a recovery screen that says, in Vietnamese, what happened, that saved data is safe (the
// error is in the display; every write is committed by the backend before it is acknowledged), and
// offers to reload the page or go to the dashboard. Going to another page clears a page's error.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n';
import '../i18n/pageErrorStrings';

export interface ErrorBoundaryProps {
  /** What failed, for the sentence "TienDo gặp một lỗi … khi hiển thị trang «Nhiệm vụ»"; none for the app. */
  page?: string;
  /** Changing it (another page) forgets the error and shows the children again. */
  resetKey?: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: string | undefined;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For whoever opens the developer tools; the person sees the recovery screen.
    console.error('TienDo: rendering failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <RecoveryScreen error={error} page={this.props.page} />;
  }
}

export function RecoveryScreen({ error, page }: { error: Error; page?: string }) {
  const t = i18n.t.bind(i18n);
  const place = page ? t('pageError.thePage', { page }) : t('pageError.theApp');
  return (
    <section className="recovery" role="alert" aria-labelledby="recovery-title" data-testid="recovery-screen">
      <h1 id="recovery-title">{t('pageError.title')}</h1>
      <p>{t('pageError.what', { place })}</p>
      <p>
        <strong>{t('pageError.safe')}</strong>
      </p>
      <p>{t('pageError.next')}</p>
      <div className="recovery-actions">
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          {t('pageError.reload')}
        </button>
        <a
          className="btn"
          href="#/dashboard"
          onClick={(e) => {
            // From the app-wide screen nothing re-renders on a hash change: load the dashboard afresh.
            if (!page) {
              e.preventDefault();
              window.location.hash = '#/dashboard';
              window.location.reload();
            }
          }}
        >
          {t('pageError.dashboard')}
        </a>
      </div>
      <details>
        <summary>{t('pageError.details')}</summary>
        <code>{`${error.name}: ${error.message}`}</code>
      </details>
    </section>
  );
}
