/**
 * Where a work makes its case, as far as the corpus says, and never further: no page is
 * typed from memory. Each entry carries `evidence`, the corpus's own words it rests on (from
 * the work's CSL fields, its note, its stance notes or a cross-check that cites it); a test
 * finds every one of them in the work's record.
 *
 * - A pinpoint (`pages`: a chapter or pages, which citations print as a locator) belongs to
 *   one reading, the `assesses` edge from the work to a claim (`claim`, or every claim when
 *   it is absent, as for an article's page range).
 * - When a work was written or published, to the month or day where the corpus gives it, is
 *   not a locator (a citation would print it as a page), so it goes on the work's card as its
 *   note, on every card of that work.
 */
export interface Pinpoint {
  readonly pages: string;
  /** The corpus claim the reading is of; every reading of the work when absent. */
  readonly claim?: string;
  readonly evidence: string;
}

export const PINPOINTS: Readonly<Record<string, readonly Pinpoint[]>> = {
  'lih-russian-history': [{ pages: 'pp. 199-242', evidence: '199-242' }],
  'davies-wheatcroft2004': [{ pages: 'p. 401', claim: 'forced-collectivisation-caricature', evidence: 'cited as p. 401' }],
  cliff1974: [{ pages: 'ch. 1', claim: 'planned-economy-progressive', evidence: 'State Capitalism in Russia, ch. 1' }],
  trotsky1932: [
    { pages: 'ch. 1', claim: 'uneven-combined-development', evidence: 'Its opening chapter formulates' },
    { pages: 'ch. "Rearming the Party"', claim: 'lenin-april-turn', evidence: 'Its chapter on “rearming the party”' },
  ],
};

export interface WhenWritten {
  readonly text: string;
  readonly evidence: readonly string[];
}

export const WHEN: Readonly<Record<string, WhenWritten>> = {
  'marx-engels1850': { text: 'Circular of March 1850.', evidence: ['Circular of March 1850'] },
  plekhanov1885: { text: 'Written in the summer of 1884, published early in 1885.', evidence: ['Written in summer 1884 and published early in 1885'] },
  martynov1905: {
    text: 'Geneva, 1905: the Menshevik answer to Lenin\'s call for a provisional revolutionary government, to which Two Tactics replies.',
    evidence: ["answering Lenin's call for a provisional revolutionary government; Lenin's Two Tactics replies to it", '"Geneva"'],
  },
  lenin1905: { text: 'Written June-July 1905; published as a pamphlet in Geneva, July 1905.', evidence: ['Written June–July 1905; first published as a pamphlet in Geneva in July 1905'] },
  lenin1905b: { text: 'Proletary no. 16, September 1905 (Collected Works, vol. 9).', evidence: ['wrote in September 1905', 'Collected Works vol. 9', '"issue":"16"'] },
  trotsky1906: { text: 'Written in prison in 1906, after the revolution of 1905.', evidence: ['Essay written in prison in 1906'] },
  lenin1917: { text: 'The April Theses: Pravda no. 26, 7 April 1917 (Old Style).', evidence: ['dated 7 April 1917 (Old Style), Pravda no. 26'] },
  kamenev1917: { text: 'Pravda no. 27, 8 April 1917 (Old Style), the day after the April Theses.', evidence: ['Published 8 April 1917 (Old Style), the day after the April Theses appeared in Pravda', '"issue":"27"'] },
  lenin1917b: { text: 'Written 8-13 (21-26) April 1917.', evidence: ['Written 8-13 (21-26) April 1917'] },
  lenin1918: { text: 'Written in August-September 1917, in hiding; first edition Petrograd, 1918.', evidence: ['Written in August–September 1917 while in hiding; first edition Petrograd 1918'] },
  martov1923: {
    text: 'Written in 1919 and published in Russian as Mirovoi bol\'shevizm (Berlin, 1923); cited in the full English translation of 2022.',
    evidence: ['Essays written in 1919; Russian edition Mirovoi bol’shevizm, Berlin 1923', 'Full English translation 2022'],
  },
  stalin1924a: {
    text: 'Lectures at the Sverdlov University, 1924; the first edition was revised within the year on socialism in one country.',
    evidence: ['Lectures delivered at the Sverdlov University in 1924', 'Stalin rewrote the passage within the year'],
  },
  stalin1924b: { text: 'December 1924: the preface to the collection On the Road to October.', evidence: ['First published in December 1924 as the preface to the collection On the Road to October'] },
  bukharin1928: { text: 'Pravda, 30 September 1928.', evidence: ['Published 30 September 1928'] },
  trotsky1930: { text: 'Published in Russian by the Left Opposition in Germany, 1930.', evidence: ['First published in Russian by the Left Opposition in Germany, 1930'] },
  trotsky1932: { text: 'Russian original from 1930; English translation by Max Eastman from 1932.', evidence: ['Russian original published in Germany from 1930; English translation by Max Eastman from 1932'] },
  trotsky1937: { text: 'Completed in 1936 (postscript dated September 1936), published in 1937.', evidence: ['Completed in 1936 (postscript dated September 1936) and published in 1937'] },
  trotsky1971: {
    text: 'Writings on Germany, 1930-1940, among them For a Workers\' United Front Against Fascism (1931) and What Next? (1932).',
    evidence: ['writings on Germany, 1930–1940', 'For a Workers’ United Front Against Fascism” (1931)', 'What Next? Vital Questions for the German Proletariat” (1932)'],
  },
  dimitrov1935: { text: 'Report to the Seventh World Congress of the Communist International, 2 August 1935.', evidence: ['Report of 2 August 1935', 'Seventh World Congress of the Communist International'] },
  isaacs1938: { text: 'First edition, with an introduction by Trotsky; the US editions from 1951 were substantially revised.', evidence: ['First edition, with an introduction by Trotsky; later US editions from 1951 were substantially revised'] },
  cliff1974: { text: 'Drafted in 1948; first published in 1955 as Stalinist Russia: A Marxist Analysis.', evidence: ['Based on a 1948 internal document', 'first published in 1955 as Stalinist Russia: A Marxist Analysis'] },
  burdzhalov1987: { text: 'Russian edition 1967, after the author\'s articles of 1956 on the party\'s line in March 1917.', evidence: ["Russian edition 1967, after his 1956 articles on the party's March line"] },
};

/** The pinpoint of one reading: the work's entry for that corpus claim, or for all its readings. */
export function pinpointOf(ref: string, corpusClaim: string | undefined): string | undefined {
  const entries = PINPOINTS[ref] ?? [];
  return (entries.find((p) => p.claim !== undefined && p.claim === corpusClaim) ?? entries.find((p) => p.claim === undefined))?.pages;
}
