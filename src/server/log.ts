/** One line per event, with the time; never a secret (rooms are named by id, Redis by host and port). */
export type Log = (line: string) => void;

export const stdoutLog: Log = (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);

/** A Redis URL as it may be logged: its host and port, without the password it may carry. */
export function redisForLog(url: string): string {
  try {
    const { protocol, hostname, port } = new URL(url);
    return `${protocol}//${hostname}:${port || '6379'}`;
  } catch {
    return 'redis (unparsable URL)';
  }
}
