import { CSL_TYPES } from '../../domain/schema/reference';

type CslType = (typeof CSL_TYPES)[number];

/**
 * Type names other tools write for CSL types: Zotero's item types, older CSL names, BibTeX's
 * entry types. Keys are compared in lower case without spaces, hyphens or underscores.
 */
const NEAREST: Readonly<Record<string, CslType>> = {
  journalarticle: 'article-journal', journal: 'article-journal',
  magazinearticle: 'article-magazine', newspaperarticle: 'article-newspaper',
  booksection: 'chapter', bookchapter: 'chapter', inbook: 'chapter', incollection: 'chapter', section: 'chapter',
  conferencepaper: 'paper-conference', inproceedings: 'paper-conference', proceedingspaper: 'paper-conference',
  proceedings: 'book', monograph: 'book', editedbook: 'book', booklet: 'pamphlet',
  phdthesis: 'thesis', mastersthesis: 'thesis', dissertation: 'thesis',
  techreport: 'report', manual: 'report',
  website: 'webpage', online: 'webpage', www: 'webpage',
  blogpost: 'post-weblog', forumpost: 'post',
  encyclopediaarticle: 'entry-encyclopedia', encyclopediaentry: 'entry-encyclopedia', dictionaryentry: 'entry-dictionary',
  computerprogram: 'software', film: 'motion_picture', video: 'motion_picture', videorecording: 'motion_picture',
  audiorecording: 'song', podcast: 'broadcast', radiobroadcast: 'broadcast', tvbroadcast: 'broadcast',
  artwork: 'graphic', image: 'figure', case: 'legal_case', statute: 'legislation', law: 'legislation',
  letter: 'personal_communication', email: 'personal_communication', presentation: 'speech',
  unpublished: 'manuscript', misc: 'document', generic: 'document', other: 'document',
};

const squash = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');
const EXACT = new Map<string, CslType>(CSL_TYPES.map((t) => [squash(t), t]));

/**
 * A CSL type for what an item says its type is: the CSL type itself, its nearest CSL type, or
 * `document`. `fixed` tells the caller to say so.
 */
export function cslType(value: unknown): { type: CslType; fixed: boolean } {
  if (typeof value === 'string' && (CSL_TYPES as readonly string[]).includes(value)) return { type: value as CslType, fixed: false };
  const key = typeof value === 'string' ? squash(value) : '';
  return { type: EXACT.get(key) ?? NEAREST[key] ?? 'document', fixed: true };
}
