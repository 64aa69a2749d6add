/** The node kinds as data (see schema/node.ts); the entry point layers above import. */
export { isArguable, isNodeKind, kindDefinition, KINDS, NODE_KINDS, nodeLabel, type MapNode, type NodeKind } from './schema/node';
export type { KindDefinition, KindLookups, NamedRecords } from './schema/kind';
