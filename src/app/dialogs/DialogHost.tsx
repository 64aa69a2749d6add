import type { DialogRequest } from '../commands/types';
import { AddSourceDialog } from '../../views/reader/AddSourceDialog';
import { ReviewDialog } from '../../views/reader/ReviewDialog';
import { FiltersDialog } from './FiltersDialog';
import { PassageDialog } from './PassageDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { WorkDialog } from './WorkDialog';

/** Renders the dialog a command asked for. */
export function DialogHost({ request, onClose }: { request: DialogRequest | null; onClose: () => void }) {
  switch (request?.kind) {
    case 'passage':
      return <PassageDialog onClose={onClose} {...(request.linkTo ? { linkTo: request.linkTo } : {})} />;
    case 'work':
      return <WorkDialog onClose={onClose} {...(request.linkTo ? { linkTo: request.linkTo } : {})} />;
    case 'filters':
      return <FiltersDialog onClose={onClose} />;
    case 'shortcuts':
      return <ShortcutsDialog onClose={onClose} />;
    case 'review':
      return <ReviewDialog passageId={request.passage} onClose={onClose} />;
    case 'source':
      return <AddSourceDialog onClose={onClose} />;
    default:
      return null;
  }
}
