import { useId, useState } from 'react';
import type { DialogRequest } from '../../commands/types';
import { useCommandContext } from '../../commands/CommandsProvider';
import { chooseImporter, MAP_IMPORTERS } from '../../formats/registry';
import { Dialog } from '../../ui/Dialog';

const AUTO = '';

/**
 * Imports a map from text the user pastes or types: Argdown, AIF JSON or a Counterpoint map.
 * Opened from the File menu, or by pasting such text on the canvas (`{ kind: 'importText',
 * text }`). The format is told from the text unless the user names it; what the importer
 * and the loader refuse is listed with its codes and nothing changes.
 */
export function ImportTextDialog({ request, onClose }: { request: DialogRequest; onClose: () => void }) {
  const { session } = useCommandContext();
  const id = useId();
  const [text, setText] = useState(typeof request.text === 'string' ? request.text : '');
  const [format, setFormat] = useState(AUTO);
  const [busy, setBusy] = useState(false);
  const detected = text.trim() ? chooseImporter(MAP_IMPORTERS, text) : null;
  const detectedLabel = detected && !('code' in detected) ? detected.label : null;

  const submit = async () => {
    setBusy(true);
    const outcome = await session.importText(text, undefined, format || undefined);
    setBusy(false);
    if (outcome.ok) onClose();
  };

  return (
    <Dialog
      title="Import a map from text"
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="cp-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={`${id}-form`} className="cp-button cp-button--primary" disabled={busy || !text.trim() || (!format && !detectedLabel)}>
            Import as a new map
          </button>
        </>
      }
    >
      <form
        id={`${id}-form`}
        className="cp-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label htmlFor={`${id}-text`}>Argdown, AIF (AIFdb or OVA3 JSON) or a Counterpoint map</label>
        <textarea id={`${id}-text`} rows={14} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} autoFocus placeholder={'[Permanent revolution]: The workers must lead the democratic revolution.\n  <- <Menshevik objection>: Russia is not ripe for socialism.'} />
        <label htmlFor={`${id}-format`}>Format</label>
        <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value)}>
          <option value={AUTO}>{detectedLabel ? `Told from the text: ${detectedLabel}` : 'Told from the text'}</option>
          {MAP_IMPORTERS.map((i) => (
            <option key={i.id} value={i.id}>
              {i.label}
            </option>
          ))}
        </select>
        <p className="cp-muted" aria-live="polite">
          {text.trim() && !format && !detectedLabel ? 'This text is in no format Counterpoint reads; choose one to see what is wrong.' : 'The map opens as a new map; the open map is not changed.'}
        </p>
      </form>
    </Dialog>
  );
}
