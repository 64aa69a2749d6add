import { selectPrimaryNodeId, selectSoleEdgeId, useCounterpoint } from '../../store';
import { EdgeDetails } from './EdgeDetails';
import { MapDetails } from './MapDetails';
import { NodeDetails } from './NodeDetails';
import { SelectionSummary } from './SelectionSummary';

/** The details tab: the selected node, the selected link, a summary of a larger selection, or the map. */
export function DetailsPanel() {
  const nodeId = useCounterpoint(selectPrimaryNodeId);
  const edgeId = useCounterpoint(selectSoleEdgeId);
  const count = useCounterpoint((s) => s.selection.nodes.length + s.selection.edges.length);
  if (count > 1) return <SelectionSummary />;
  if (nodeId) return <NodeDetails key={nodeId} id={nodeId} />;
  if (edgeId) return <EdgeDetails key={edgeId} id={edgeId} />;
  return <MapDetails />;
}
