import { unreadableFile } from '../../store/session';
import type { Command } from '../types';

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
    keywords: 'open load file json',
    async perform(ctx) {
      const file = await ctx.ui.pickFile('.json,.map.json,application/json');
      if (!file) return;
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
    id: 'map.export',
    label: 'Export map',
    group: 'file',
    shortcut: ['Mod+S'],
    keywords: 'save download json',
    perform(ctx) {
      const { fileName, text } = ctx.session.exportFile();
      ctx.ui.download(fileName, text);
    },
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
];
