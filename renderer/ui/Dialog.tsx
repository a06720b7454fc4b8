// A modal dialog on the native <dialog> element: focus is kept inside, Escape cancels,
// and the page behind is inert. Used for rename, delete, link and settings.
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  /** Submitting the form (Enter in a field or the primary button) calls this. */
  onSubmit?: () => void;
  children: ReactNode;
  actions: ReactNode;
  testId?: string;
  wide?: boolean;
  /** Extra class for a dialog that needs its own size (the export dialog). */
  className?: string;
}

export function Dialog({ title, onClose, onSubmit, children, actions, testId, wide, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };

  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog-wide' : ''}${className ? ` ${className}` : ''}`}
      data-testid={testId}
      aria-labelledby="dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form method="dialog" onSubmit={submit}>
        <h2 id="dialog-title" className="dialog-title">
          {title}
        </h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">{actions}</div>
      </form>
    </dialog>
  );
}
