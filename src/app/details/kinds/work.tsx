import type { KindFieldsProps } from '../kindFields';
import { WorkDetails } from '../WorkDetails';

export default function WorkFields({ node, onPatch }: KindFieldsProps) {
  return node.kind === 'work' ? <WorkDetails work={node} onPatch={onPatch} /> : null;
}
