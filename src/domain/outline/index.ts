export { buildOutline, unknownThesis, SECTION_HEADINGS, type BuildResult } from './build';
export { applySavedOutline, arrange } from './apply';
export { childIds, findItem, moveItem, newSavedOutline, savedOutlineFor, setExcluded, setUserNote, withSavedOutline } from './edit';
export { checkSavedOutlines } from './check';
export { conclusionPrompt, PROMPT_ID } from './prompt';
export { STANCE_HEADINGS } from './historiography';
export { dropTarget, findEntry, outlineTree, stepTarget, visibleEntries, type TreeEntry } from './tree';
export { defaultThesis, isThesis, thesisCandidates, type ThesisCandidate } from './thesis';
export * from './types';
