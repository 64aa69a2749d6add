import { isArguable } from '../../domain/schema/node';
import { primaryNode } from '../../commands/helpers';
import type { Command } from '../../commands/types';
import { setOutlineThesis } from './state';

export const OUTLINE_COMMANDS: readonly Command[] = [
  {
    id: 'outline.fromClaim',
    label: 'Outline an essay from this claim',
    group: 'view',
    keywords: 'essay thesis write outline',
    enabled: (ctx) => {
      const node = primaryNode(ctx);
      return !!node && isArguable(node);
    },
    perform(ctx) {
      const node = primaryNode(ctx);
      if (!node) return;
      setOutlineThesis(ctx.store, node.id);
      ctx.store.getState().setView('outline');
    },
  },
];
