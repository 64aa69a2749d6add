import { useCounterpoint } from '../../store';

const TEXT = { idle: 'All changes saved', pending: 'Saving…', saving: 'Saving…', saved: 'All changes saved', error: 'Not saved' } as const;

/** Whether the open map is safely in this browser's storage. */
export function SaveStatus() {
  const status = useCounterpoint((s) => s.saveStatus);
  const error = useCounterpoint((s) => s.saveError);
  return (
    <span className={`cp-save cp-save--${status}`} role="status" title={error ?? 'Changes are saved in this browser as you work'}>
      {TEXT[status]}
    </span>
  );
}
