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
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (!el.open) el.showModal();
    const close = () => onClose();
    el.addEventListener('close', close);
    return () => {
      el.removeEventListener('close', close);
      if (el.open) el.close();
    };
  }, [onClose]);
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
