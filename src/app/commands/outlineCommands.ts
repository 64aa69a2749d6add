import { isArguable } from '../../domain/schema/node';
import { primaryNode } from './helpers';
import type { Command } from './types';

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
      const s = ctx.store.getState();
      s.setOutlineThesis(node.id);
      s.setView('outline');
    },
  },
];
