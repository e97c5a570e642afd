import { useEffect, useId, useLayoutEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ModalProps {
  open: boolean;
  title: ReactNode;
  onClose(): void;
  children: ReactNode;
  /** sm: confirmations and quick edits; md: forms; drawer: a full-height panel on the right. */
  size?: 'sm' | 'md' | 'lg' | 'drawer';
  /** Places a small dialog next to the element it acts on (the row of a quick update). */
  anchor?: DOMRect | null;
  footer?: ReactNode;
  /** A short line under the title (e.g. the task's code and name). */
  subtitle?: ReactNode;
  testId?: string;
  /** Makes the dialog a form: Enter in a field submits, footer buttons of type submit work. */
  onSubmit?(): void;
  /**
   * Asked before Esc, × or a click on the backdrop close the dialog (a form with unsaved edits asks
   * "Bỏ các thay đổi chưa lưu?"); resolves true to close. See hooks/useUnsavedChanges.
   */
  beforeClose?(): Promise<boolean>;
  /**
   * Where focus goes back to when the dialog closes, when that is not what had focus as it opened (a
   * dialog that replaces its own loading dialog: the element that opened the first one).
   */
  returnFocus?: Element | null;
}

const GAP = 6;

/** Below the anchor when it fits, above otherwise; always inside the window. */
function anchoredStyle(anchor: DOMRect, dialog: HTMLDialogElement): CSSProperties {
  const height = dialog.offsetHeight;
  const width = dialog.offsetWidth;
  const below = anchor.bottom + GAP;
  const top = below + height <= window.innerHeight - 8 ? below : Math.max(8, anchor.top - GAP - height);
  const left = Math.min(Math.max(8, anchor.right - width), window.innerWidth - width - 8);
  return { top, left, margin: 0 };
}

/**
 * A modal dialog on the native <dialog> element: the browser makes the rest of the page inert (focus
 * stays inside), Esc closes it, and we give focus back to whatever opened it. The open state is owned
 * by the caller; Esc and the close button ask the caller to close.
 */
export function Modal(props: ModalProps) {
  const {
    open,
    title,
    children,
    size = 'md',
    anchor,
    footer,
    subtitle,
    testId,
    onSubmit,
    beforeClose,
    returnFocus,
  } = props;
  const onClose = () => {
    if (!beforeClose) return props.onClose();
    void beforeClose().then((ok) => ok && props.onClose());
  };
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = returnFocus ?? document.activeElement;
      dialog.showModal();
      dialog.removeAttribute('style');
      if (anchor) Object.assign(dialog.style, styleToPx(anchoredStyle(anchor, dialog)));
      // Focus the first field rather than the close button or a tab: the officer came here to type.
      firstField(dialog)?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the opener is read when the dialog opens
  }, [open, anchor]);

  // An anchored dialog grows when its content arrives: keep it next to its row and inside the window.
  useEffect(() => {
    const dialog = ref.current;
    if (!open || !anchor || !dialog) return;
    const observer = new ResizeObserver(() =>
      Object.assign(dialog.style, styleToPx(anchoredStyle(anchor, dialog))),
    );
    observer.observe(dialog);
    return () => observer.disconnect();
  }, [open, anchor]);

  // Give focus back when the dialog goes away, also when the caller unmounts it while open.
  useEffect(() => {
    if (!open) return;
    return () => {
      const back = opener.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onCancel = (e: Event) => {
      e.preventDefault(); // Esc: the caller decides (it may hold unsaved input)
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => dialog.removeEventListener('cancel', onCancel);
  }, []);

  return (
    <dialog
      ref={ref}
      className={`modal modal-${size}${anchor ? ' modal-anchored' : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onMouseDown={(e) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes small dialogs.
        if (e.target === ref.current && size !== 'drawer') {
          const r = ref.current.getBoundingClientRect();
          const inside =
            e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
          if (!inside) onClose();
        }
      }}
    >
      {open ? (
        <Frame onSubmit={onSubmit}>
          <header className="modal-header">
            <div className="modal-titles">
              <h2 id={titleId} className="modal-title">
                {title}
              </h2>
              {subtitle ? <p className="modal-subtitle">{subtitle}</p> : null}
            </div>
            <button type="button" className="modal-close" onClick={onClose} aria-label={t('app.close')}>
              <span aria-hidden="true">×</span>
            </button>
          </header>
          <div className="modal-body">{children}</div>
          {footer ? <footer className="modal-footer">{footer}</footer> : null}
        </Frame>
      ) : null}
    </dialog>
  );
}

const FIELD = ':is(input:not([type="hidden"]), select, textarea):not(:disabled)';

/** What a dialog focuses as it opens: a marked element, else its first field, else its first button. */
function firstField(dialog: HTMLDialogElement): HTMLElement | null {
  return (
    dialog.querySelector<HTMLElement>('[data-autofocus]') ??
    dialog.querySelector<HTMLElement>(`.modal-body ${FIELD}`) ??
    dialog.querySelector<HTMLElement>('.modal-body button:not(:disabled)')
  );
}

function styleToPx(style: CSSProperties): Record<string, string> {
  return Object.fromEntries(
    Object.entries(style).map(([k, v]) => [k, typeof v === 'number' ? `${v}px` : String(v)]),
  );
}

function Frame({ onSubmit, children }: { onSubmit?: () => void; children: ReactNode }) {
  if (!onSubmit) return <div className="modal-frame">{children}</div>;
  return (
    <form
      className="modal-frame"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
