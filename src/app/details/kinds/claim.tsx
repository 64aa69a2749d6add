import { ArguableFields } from '../ArguableFields';
import type { KindFieldsProps } from '../kindFields';

export default function ClaimFields({ node, onPatch }: KindFieldsProps) {
  return node.kind === 'claim' ? <ArguableFields node={node} onPatch={onPatch} /> : null;
}
