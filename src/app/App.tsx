import { useEffect, useState } from 'react';
import { createCanvasPort, CanvasPortContext } from '../commands/canvasPort';
import { createCounterpointStore, CounterpointProvider, describeStorageError, nodeById, openRepository, Session, type CounterpointStore } from '../store';
import { bundledReader, DEFAULT_MAPS } from './bundledMaps';
import { COMMIT_DRAFTS_EVENT } from '../ui/drafts';
import { Shell } from './shell/Shell';
import { roomInAddress, syncRoomUrl } from './roomUrl';
import { rememberedName } from './shareSettings';
import { applyViewSettings, readUrl, syncUrl } from './urlState';
import { URL_PARAMS, viewById } from './views';

interface Booted {
  readonly store: CounterpointStore;
  readonly session: Session;
}

let booting: Promise<Booted> | null = null;

/**
 * Opens the autosave database, then the map the URL names (or the one open last time),
 * selects the node and view the URL names, and from then on keeps the URL in step. Runs
 * once per page, however often React mounts the app.
 */
function boot(): Promise<Booted> {
  booting ??= (async () => {
    const store = createCounterpointStore();
    let refused: unknown = null;
    const repo = await openRepository().catch((e: unknown) => {
      refused = e;
      return null;
    });
    const session = new Session(store, repo, DEFAULT_MAPS, bundledReader, {
      lastChance: localStorageOrNull() ?? undefined,
      live: { appUrl: () => location.origin + location.pathname },
    });
    const url = readUrl(location.search, URL_PARAMS);
    const room = await roomInAddress();
    // A room's map comes from the room (or this browser's copy of it), never from `map=`.
    await session.start(room ? null : url.map);
    if (room?.ok) {
      session.live?.setName(rememberedName());
      await session.live?.join(room.link);
    } else if (room) {
      store.getState().notify({ tone: 'error', text: `This link does not open a shared map: it is incomplete or altered (${room.reason}). The map open last is shown instead.` });
    }
    syncRoomUrl(store);
    // Shown in the storage banner until a save succeeds (never, without a database).
    if (!repo) store.getState().setSaveStatus('error', { error: describeStorageError(refused ?? new Error('IndexedDB is unavailable')) });
    if (url.view) store.getState().setView(viewById(url.view).id);
    applyViewSettings(store, url, URL_PARAMS);
    if (url.node && nodeById(store.getState().doc, url.node)) store.getState().selectNode(url.node, { reveal: true });
    syncUrl(store, URL_PARAMS);
    // Write what is still unsaved when the page goes away (reload, close, navigation), after
    // editors holding a draft (an outline note being typed) have put it in the map.
    addEventListener('pagehide', () => {
      dispatchEvent(new Event(COMMIT_DRAFTS_EVENT));
      session.flushSync();
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void session.flush();
    });
    return { store, session };
  })();
  return booting;
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off; then only IndexedDB keeps the work.
    return null;
  }
}

export function App() {
  const [booted, setBooted] = useState<Booted | null>(null);
  const [canvasPort] = useState(createCanvasPort);
  useEffect(() => {
    let live = true;
    void boot().then((b) => live && setBooted(b));
    return () => {
      live = false;
    };
  }, []);
  if (!booted) {
    return (
      <div className="cp-loading" role="status">
        Opening Counterpoint…
      </div>
    );
  }
  return (
    <CounterpointProvider store={booted.store}>
      <CanvasPortContext.Provider value={canvasPort}>
        <Shell session={booted.session} />
      </CanvasPortContext.Provider>
    </CounterpointProvider>
  );
}
