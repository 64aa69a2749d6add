import { useEffect } from 'react';
import { PROBLEM_CATALOGUE } from '../../domain/errors';
import { useCounterpoint, useCounterpointStore } from '../../store';
import { Dialog } from '../../ui/Dialog';

/**
 * What the app has to tell the user. A notice with problems (a refused import, an
 * unreadable autosave) is a dialog listing each problem's code, JSON path and message;
 * a plain notice is a bar under the toolbar, and information fades after a while.
 */
export function NoticeBar() {
  const store = useCounterpointStore();
  const notice = useCounterpoint((s) => s.notice);
  const dismiss = () => store.getState().notify(null);
  useEffect(() => {
    if (!notice || notice.tone !== 'info' || notice.problems?.length) return;
    const timer = setTimeout(() => {
      if (store.getState().notice === notice) store.getState().notify(null);
    }, 6000);
    return () => clearTimeout(timer);
  }, [notice, store]);
  if (!notice) return null;
  if (notice.problems?.length) {
    return (
      <Dialog title={notice.title ?? 'Problems'} onClose={dismiss} wide alert footer={<button type="button" className="cp-button cp-button--primary" onClick={dismiss}>OK</button>}>
        <p>{notice.text}</p>
        <table className="cp-problem-table">
          <caption className="cp-visually-hidden">Problems found</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Where</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {notice.problems.map((p, i) => (
              <tr key={i} className={`cp-problem--${p.severity}`}>
                <td>
                  <code title={PROBLEM_CATALOGUE[p.code]?.summary}>{p.code}</code>
                </td>
                <td>
                  <code>{p.path}</code>
                </td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Dialog>
    );
  }
  return (
    <div className={`cp-notice cp-notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <button type="button" className="cp-icon-button" aria-label="Dismiss" onClick={dismiss}>
        ✕
      </button>
    </div>
  );
}
