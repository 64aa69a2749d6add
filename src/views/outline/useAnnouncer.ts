import { useCallback, useState } from 'react';

/**
 * A polite live region's message. Saying the same words twice still counts as news:
 * a zero-width space alternates at the end, so a screen reader reads the repeat.
 */
export function useAnnouncer(): [message: string, announce: (text: string) => void] {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => setMessage((last) => (last === text ? `${text}\u200b` : text)), []);
  return [message, announce];
}
