/** What the Share dialog remembers between visits: the server last used and the name shown to others. */
const SERVER = 'counterpoint.shareServer';
const NAME = 'counterpoint.shareName';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage switched off: the dialog asks again next time.
  }
}

/** The server last shared on, else one on this machine's default port. */
export function rememberedServer(): string {
  return read(SERVER) ?? `ws://${location.hostname || '127.0.0.1'}:1234`;
}

export function rememberServer(server: string): void {
  write(SERVER, server);
}

export function rememberedName(): string {
  return read(NAME) ?? 'Guest';
}

export function rememberName(name: string): void {
  write(NAME, name.trim().slice(0, 40));
}
