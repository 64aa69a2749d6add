/** Placement of new nodes is a document operation; it lives with the store's document operations. */
export { placeFree, placeNear, placeUnplaced, type Direction } from '../../store/document/placement';
