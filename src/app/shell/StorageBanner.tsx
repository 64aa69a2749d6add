import { useCommand } from '../../commands/CommandsProvider';
import { useCounterpoint } from '../../store';

/**
 * Says plainly that changes are not being saved (a full disk, a browser that refuses
 * IndexedDB) and offers the export; the map stays editable, and the banner goes when a
 * later save succeeds.
 */
export function StorageBanner() {
  const fault = useCounterpoint((s) => s.storageFault);
  const exportMap = useCommand('map.export');
  if (!fault) return null;
  return (
    <div className="cp-storage-banner" role="alert">
      <span>Changes are not being saved: {fault}. Export the map to keep your work.</span>
      <button type="button" className="cp-button" onClick={exportMap.run}>
        Export map
      </button>
    </div>
  );
}
