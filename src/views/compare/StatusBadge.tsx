import type { StatusLook } from './status';

/** A status as a glyph and a word; the glyph is decoration, the word is what is read out. */
export function StatusBadge({ look, detail }: { look: StatusLook; detail?: string }) {
  return (
    <span className={`cp-status cp-status--${look.tone}`}>
      <span className="cp-status__glyph" aria-hidden="true">
        {look.glyph}
      </span>
      <span className="cp-status__text">
        {look.label}
        {detail ? <span className="cp-status__detail"> {detail}</span> : null}
      </span>
    </span>
  );
}
