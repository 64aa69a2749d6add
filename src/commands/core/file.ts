import { fileSizeProblem } from '../../domain/limits';
import { zipFolder } from '../../formats/counterpoint/zipFolder';
import { MAP_EXPORTERS, MAP_IMPORTERS, REFERENCE_EXPORTERS, type MapExporter } from '../../formats/registry';
import { unreadableFile } from '../../store/session';
import type { Command, CommandContext } from '../types';

/** Every file name ending an importer reads, for the file picker. */
const IMPORT_ACCEPT = [...new Set(MAP_IMPORTERS.flatMap((i) => i.extensions))].join(',');

async function exportAs(ctx: CommandContext, exporter: MapExporter): Promise<void> {
  const { doc, mapKey, sourceTexts } = ctx.store.getState();
  const output = await exporter.render({ map: doc, sourceTexts });
  ctx.ui.download(`${mapKey}${exporter.extension}`, output, exporter.mediaType);
}

/**
 * One command per exporter in the registry (the map's own format is `map.export`, Ctrl+S),
 * and one per reference exporter (the map's references, for a reference manager or LaTeX).
 */
export const EXPORT_AS_COMMANDS: readonly Command[] = [
  ...MAP_EXPORTERS.filter((e) => e.id !== 'json').map(
    (exporter): Command => ({
      id: `map.exportAs.${exporter.id}`,
      label: `Export as ${exporter.label} (${exporter.extension})`,
      group: 'file',
      keywords: `save download ${exporter.id} ${exporter.label}`,
      perform: (ctx) => exportAs(ctx, exporter),
    }),
  ),
  ...REFERENCE_EXPORTERS.map(
    (exporter): Command => ({
      id: `references.exportAs.${exporter.id}`,
      label: `Export references as ${exporter.label} (${exporter.extension})`,
      group: 'file',
      keywords: `save download bibliography zotero ${exporter.id} ${exporter.label}`,
      enabled: (ctx) => ctx.store.getState().doc.references.length > 0,
      async perform(ctx) {
        const { doc, mapKey } = ctx.store.getState();
        ctx.ui.download(`${mapKey}-references${exporter.extension}`, await exporter.render(doc.references), exporter.mediaType);
      },
    }),
  ),
];

export const FILE_COMMANDS: readonly Command[] = [
  {
    id: 'map.new',
    label: 'New map',
    group: 'file',
    keywords: 'create empty blank',
    perform: async (ctx) => {
      await ctx.session.newMap();
    },
  },
  {
    id: 'map.import',
    label: 'Import map…',
    group: 'file',
    shortcut: ['Mod+O'],
    // Everywhere, or the browser would offer to open a file instead.
    keyScope: { inOwnKeys: true },
    keywords: `open load file ${MAP_IMPORTERS.map((i) => i.label).join(' ')}`,
    async perform(ctx) {
      const file = await ctx.ui.pickFile(IMPORT_ACCEPT);
      if (!file) return;
      // By its size first: a huge file is refused before the browser reads it into memory.
      const tooLarge = fileSizeProblem(file.name, file.size);
      if (tooLarge) {
        ctx.store.getState().notify({ tone: 'error', title: `${file.name} could not be imported`, text: 'The open map was not changed.', problems: [tooLarge] });
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch (e) {
        const problem = unreadableFile(e instanceof Error ? e.message : String(e));
        ctx.store.getState().notify({ tone: 'error', title: `${file.name} could not be imported`, text: 'The open map was not changed.', problems: [problem] });
        return;
      }
      await ctx.session.importText(text, file.name);
    },
  },
  {
    id: 'map.importText',
    label: 'Import from pasted text…',
    group: 'file',
    keywords: 'paste argdown aif text import open',
    perform: (ctx) => ctx.ui.openDialog({ kind: 'importText' }),
  },
  {
    id: 'map.export',
    label: 'Export map',
    group: 'file',
    shortcut: ['Mod+S'],
    // Everywhere, or the browser would offer to save the page instead.
    keyScope: { inOwnKeys: true },
    keywords: 'save download json',
    perform(ctx) {
      const { fileName, text, problems } = ctx.session.exportFile();
      ctx.ui.download(fileName, text);
      if (problems.length) ctx.store.getState().notify({ tone: 'error', title: `${fileName} names a text it does not hold`, text: 'The map was exported; these sources are named by their hash only, because this browser does not have their text.', problems });
    },
  },
  {
    id: 'map.exportFolder',
    label: 'Export map with its source files (.zip)',
    group: 'file',
    keywords: 'save download zip folder sources texts files maps',
    perform(ctx) {
      const { fileName, files, problems } = ctx.session.exportFolder();
      const zipName = fileName.replace(/\.map\.json$/, '.zip');
      ctx.ui.download(zipName, zipFolder(files), 'application/zip');
      if (problems.length) ctx.store.getState().notify({ tone: 'error', title: `${zipName} lacks a source text`, text: 'The map was exported; these sources are named by their hash only, because this browser does not have their text.', problems });
    },
  },
  {
    id: 'map.share',
    label: 'Share…',
    group: 'file',
    keywords: 'collaborate live room together seminar invite link server',
    enabled: (ctx) => ctx.session.live !== null,
    perform: (ctx) => ctx.ui.openDialog({ kind: 'share' }),
  },
  {
    id: 'map.versions',
    label: 'Versions…',
    group: 'file',
    keywords: 'history earlier restore snapshot backup revert',
    perform: (ctx) => ctx.ui.openDialog({ kind: 'versions' }),
  },
  {
    id: 'map.reset',
    label: 'Reset to default',
    group: 'file',
    keywords: 'revert restore pristine original',
    enabled: (ctx) => {
      const s = ctx.store.getState();
      return s.pristine !== null && s.doc !== s.pristine;
    },
    perform(ctx) {
      if (!ctx.ui.confirm('Return this map to its default? Your changes are kept in undo until you open another map.')) return;
      ctx.session.resetToDefault();
    },
  },
  ...EXPORT_AS_COMMANDS,
];
