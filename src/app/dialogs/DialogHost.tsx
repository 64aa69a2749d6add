import type { DialogRequest } from '../../commands/types';
import type { DialogComponent } from '../../ui/registries';
import { CONTRIBUTED_DIALOGS } from '../views';
import { FiltersDialog } from './FiltersDialog';
import { ImportTextDialog } from './ImportTextDialog';
import { PassageDialog } from './PassageDialog';
import { ShareDialog } from './ShareDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { VersionsDialog } from './VersionsDialog';
import { WorkDialog } from './WorkDialog';

/** The app's own dialogs, and those the views and panels bring, by the kind of request that opens them. */
const DIALOGS: Readonly<Record<string, DialogComponent>> = {
  passage: PassageDialog,
  work: WorkDialog,
  filters: FiltersDialog,
  shortcuts: ShortcutsDialog,
  importText: ImportTextDialog,
  versions: VersionsDialog,
  share: ShareDialog,
  ...CONTRIBUTED_DIALOGS,
};

/** Renders the dialog a command asked for. */
export function DialogHost({ request, onClose }: { request: DialogRequest | null; onClose: () => void }) {
  const Dialog = request && Object.hasOwn(DIALOGS, request.kind) ? DIALOGS[request.kind]! : null;
  return Dialog && request ? <Dialog request={request} onClose={onClose} /> : null;
}
