import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  readonly wide?: boolean;
  readonly className?: string;
  /** An alert dialog (an error the user must read) rather than a plain one. */
  readonly alert?: boolean;
}

/**
 * A modal dialog on the native <dialog> element: it traps focus, closes on Escape and
 * returns focus to where it was, as the platform does.
 */
export function Dialog({ title, onClose, children, footer, wide, className, alert }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The latest onClose, read when the dialog closes: callers pass a new function each render,
  // and re-running the effect would close and reopen the dialog (and fire a stray close event).
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (!el.open) el.showModal();
    const close = () => closeRef.current();
    el.addEventListener('close', close);
    // No close() on cleanup: unmounting removes the element, which leaves the top layer
    // without a "close" event; closing here would queue one that a re-run effect would hear.
    return () => el.removeEventListener('close', close);
  }, []);
  return (
    <dialog
      ref={ref}
      className={`cp-dialog${wide ? ' cp-dialog--wide' : ''}${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      aria-modal="true"
      role={alert ? 'alertdialog' : undefined}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (e.target === ref.current) onClose();
      }}
    >
      <div className="cp-dialog__content">
        <header className="cp-dialog__head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="cp-icon-button" aria-label="Close" onClick={onClose}>
            ✕
          </button>
        </header>
        <div className="cp-dialog__body">{children}</div>
        {footer ? <footer className="cp-dialog__foot">{footer}</footer> : null}
      </div>
    </dialog>
  );
}
