/** Family names as a sentence names authors: "Lih", "Davies and Wheatcroft", "A, B, and C", "A et al.". */
export function authorPhrase(names: readonly string[]): string {
  if (names.length === 0) return 'Anonymous';
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  if (names.length === 3) return `${names[0]}, ${names[1]}, and ${names[2]}`;
  return `${names[0]} et al.`;
}
