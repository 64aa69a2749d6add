import { ArguableFields } from '../ArguableFields';
import type { KindFieldsProps } from '../kindFields';

export default function ObjectionFields({ node, onPatch }: KindFieldsProps) {
  return node.kind === 'objection' ? <ArguableFields node={node} onPatch={onPatch} /> : null;
}
