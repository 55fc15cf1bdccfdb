/*
 * Public figures by the nicknames the press and chat give them ("macca", "jezza", "the
 * donald", "sleepy joe"), written as their names, so that the library's speakers are looked
 * up by name, and one it never quotes is named in the answer ("Nothing from Joe Biden").
 * Initials ("amlo", "mbs") and blends the library can spell out itself (Library.spelledOut,
 * "bojo") need no entry here.
 */

const NICKNAMES: ReadonlyArray<[RegExp, string]> = [
  [/\bmacca\b/gi, 'paul mccartney'],
  [/\bjezza\b/gi, 'jeremy corbyn'],
  [/\bthe\s+donald\b/gi, 'donald trump'],
  [/\bsleepy\s+joe\b/gi, 'joe biden'],
  [/\bbibi\b/gi, 'benjamin netanyahu'],
  [/\bscomo\b/gi, 'scott morrison'],
  [/\bmutti\s+merkel\b|\bmutti\b/gi, 'angela merkel'],
  [/\brbg\b/gi, 'ruth bader ginsburg'],
  [/\baoc\b/gi, 'alexandria ocasio-cortez'],
  [/\bmaybot\b/gi, 'theresa may'],
  [/\bmogg(?:y|ster)\b/gi, 'jacob rees-mogg'],
];

/** The question with each public figure's nickname written as their name. */
export function withNamesForNicknames(question: string): string {
  return NICKNAMES.reduce((asked, [nickname, name]) => asked.replace(nickname, name), question);
}
