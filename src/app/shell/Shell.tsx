import { useMemo, useRef, useState } from 'react';
import { useCanvasPort } from '../../commands/canvasPort';
import { useCounterpoint, useCounterpointStore, type Session } from '../../store';
import { CommandPalette } from '../dialogs/CommandPalette';
import { DialogHost } from '../dialogs/DialogHost';
import { NoticeBar } from '../dialogs/NoticeBar';
import { StorageBanner } from './StorageBanner';
import { CommandsProvider } from '../../commands/CommandsProvider';
import type { CommandContext, DialogRequest, UiPort } from '../../commands/types';
import { viewById } from '../views';
import { APP_COMMAND_REGISTRY } from '../commands';
import { download } from '../../ui/download';
import { SidePanel } from './SidePanel';
import { Toolbar } from './Toolbar';

/** The application frame: toolbar, the open view, the side panel, and the dialogs commands open. */
export function Shell({ session }: { session: Session }) {
  const store = useCounterpointStore();
  const canvas = useCanvasPort();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [dialog, setDialog] = useState<DialogRequest | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const view = viewById(useCounterpoint((s) => s.view));
  const panelOpen = useCounterpoint((s) => s.sidePanel.open);

  const ui = useMemo<UiPort>(
    () => ({
      openPalette: () => setPaletteOpen(true),
      openDialog: setDialog,
      pickFile: (accept) =>
        new Promise((resolve) => {
          const input = fileInput.current;
          if (!input) return resolve(null);
          input.accept = accept;
          input.value = '';
          // No "cancel" handler: Chromium may fire it before "change" when a file is chosen. A cancelled
          // pick leaves this promise unsettled, which costs nothing.
          input.onchange = () => resolve(input.files?.[0] ?? null);
          input.click();
        }),
      download,
      confirm: (message) => window.confirm(message),
    }),
    [],
  );
  const ctx = useMemo<CommandContext>(() => ({ store, session, canvas, ui }), [store, session, canvas, ui]);
  const View = view.component;

  return (
    <CommandsProvider value={ctx} registry={APP_COMMAND_REGISTRY}>
      <div className="cp-app">
        <Toolbar />
        <NoticeBar />
        <StorageBanner />
        <main className={`cp-main${view.sidePanel && panelOpen ? ' cp-main--with-panel' : ''}`}>
          <div className="cp-view" id="cp-view" role="tabpanel" aria-label={`${view.label} view`}>
            <View />
          </div>
          {view.sidePanel ? <SidePanel /> : null}
        </main>
        {/* The file input "Import map" opens; it carries a name for assistive technology though it is never shown. */}
        <input ref={fileInput} type="file" className="cp-visually-hidden" tabIndex={-1} aria-label="Map file to import" data-testid="import-input" />
        {paletteOpen ? <CommandPalette onClose={() => setPaletteOpen(false)} /> : null}
        <DialogHost request={dialog} onClose={() => setDialog(null)} />
      </div>
    </CommandsProvider>
  );
}
