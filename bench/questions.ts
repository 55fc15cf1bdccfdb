/**
 * Paraphrased questions about the sample corpus (../shared/corpus, by file number; 0 = the
 * seed page in data/articles), each with the article that answers it, and questions that
 * nothing in it answers. Used to tune retrieval and the no-answer threshold (bench) and
 * to check them (test/answer). The wording avoids the articles' own titles on purpose.
 */
export const ANSWERABLE: ReadonlyArray<[question: string, corpusFile: number]> = [
  ['How many teenagers lost their lives in the Polish escape room blaze?', 3],
  ['Could sponges survive in salty water on Mars?', 8],
  ['How many people were killed when a tourist coach overturned in Cuba?', 11],
  ['Where did the Boeing 707 freighter come down?', 13],
  ['Why are there fewer female Magellanic penguins?', 19],
  ['How much did the number of monarchs wintering in Mexico grow?', 24],
  ['At what age did Walter Munk die?', 29],
  ['Why might zebras have evolved stripes?', 37],
  ['Did the Crew Dragon reach the space station?', 40],
  ['Which Asian country was first to allow gay couples to marry?', 60],
  ['Why is the UK Parliament being suspended before Brexit?', 90],
  ['What did the New South Wales parliament vote on abortion?', 120],
  ['Did ancient Egyptians farm the ibises they sacrificed?', 160],
  ['How many packs of toilet paper can shoppers buy in Australia?', 185],
  ['How many people died when the apartment block in Magnitogorsk collapsed?', 1],
  ['Who said what about the Lee–Xi meeting?', 0],
];

export const UNANSWERABLE: readonly string[] = [
  'What is a good recipe for banana bread?',
  'How do I reset the password on my wifi router?',
  'Which team won the 2022 football World Cup final?',
  'What is the best way to learn to play the piano?',
  'How long should I boil an egg for a soft yolk?',
  'What are the side effects of ibuprofen?',
];
