import { forwardRef } from 'react';

/**
 * A file input kept out of sight and out of the tab order, opened by a visible button's
 * `ref.current.click()`; each choice is handed over once and the input emptied, so the
 * same file can be chosen again.
 */
export const HiddenFileInput = forwardRef<HTMLInputElement, { accept: string; label: string; onFile: (file: File) => void }>(function HiddenFileInput({ accept, label, onFile }, ref) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      className="cp-visually-hidden"
      tabIndex={-1}
      aria-label={label}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
});
