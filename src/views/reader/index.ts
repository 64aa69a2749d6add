import type { SidePanelDefinition } from '../../ui/registries';
import { AddSourceDialog } from './AddSourceDialog';
import { READER_COMMANDS } from './commands';
import { ReaderPanel } from './ReaderPanel';
import { ReviewDialog } from './ReviewDialog';
import { SourceWorkDialog } from './SourceWorkDialog';

export const readerPanel: SidePanelDefinition = {
  id: 'reader',
  label: 'Reader',
  component: ReaderPanel,
  commands: READER_COMMANDS,
  dialogs: { review: ReviewDialog, source: AddSourceDialog, sourceWork: SourceWorkDialog },
};
