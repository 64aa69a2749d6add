import { IS_MAC } from '../../commands/keys';
import { useCommand } from '../../commands/CommandsProvider';
import { CommandButton } from '../../ui/CommandButton';
import { ICONS } from '../../ui/icons';
import { MapPicker } from './MapPicker';
import { MenuButton } from '../../ui/MenuButton';
import { LiveStatus } from './LivePresence';
import { SaveStatus } from './SaveStatus';
import { ViewSwitcher } from './ViewSwitcher';
import { EXPORT_AS_COMMANDS } from '../../commands/core/file';
import { PICTURE_COMMANDS } from '../../commands/core/pictures';

/** The File menu: the exporters' commands follow the map's own export, so a new format shows up here by itself. */
const FILE_MENU = [
  { commands: ['map.new', 'map.import', 'map.importText', 'map.export', 'map.exportFolder'] },
  { commands: EXPORT_AS_COMMANDS.map((c) => c.id) },
  { commands: PICTURE_COMMANDS.map((c) => c.id) },
  { commands: ['map.share', 'map.versions', 'map.reset', 'view.shortcuts'] },
];

function SearchButton() {
  const { run } = useCommand('view.search');
  return (
    <button type="button" className="cp-search-button" onClick={run} aria-keyshortcuts="Control+K">
      {ICONS.search}
      <span>Search</span>
      <kbd>{IS_MAC ? '⌘K' : 'Ctrl K'}</kbd>
    </button>
  );
}

/** The application bar: which map, which view, search, history and the map's file actions. */
export function Toolbar() {
  return (
    <header className="cp-toolbar">
      <div className="cp-toolbar__group">
        <h1 className="cp-brand">
          <span className="cp-brand__mark" aria-hidden="true" />
          Counterpoint
        </h1>
        <MapPicker />
        <ViewSwitcher />
      </div>
      <div className="cp-toolbar__group cp-toolbar__end">
        <SearchButton />
        <LiveStatus />
        <SaveStatus />
        <div className="cp-toolbar__group" role="toolbar" aria-label="History">
          <CommandButton id="edit.undo" icon={ICONS.undo} showLabel={false} />
          <CommandButton id="edit.redo" icon={ICONS.redo} showLabel={false} />
        </div>
        <MenuButton label="File" sections={FILE_MENU} />
      </div>
    </header>
  );
}
