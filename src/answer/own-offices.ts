import { isTitle } from '../quotes/index.ts';
import { ROLE_WORDS } from './who-is-asked.ts';

/**
 * A question with the asker's own office-holders as anyone's: "what did our prime minister
 * say …", "my governor", "our country's president", "our local police", "our mps" are the
 * prime minister, the governor, the police, the MPs, whom the story's place tells (the asker's
 * country is not known). Not a line quoted ("'our president lied'") or kin ("my mum said").
 */
export function withOwnOffices(question: string): string {
  if (!/\b(?:my|our)\s/i.test(question)) return question;
  return question.replace(OWN, (whole, next: string, at: number) => {
    const words = next.toLowerCase().split(/\s+/);
    const office = words.some((w) => isTitle(w) || ROLE_WORDS[w] !== undefined || OWN_BODY.test(w) || isTitle(w.replace(/s$/, '')));
    return office && !insideQuotation(question, at) ? 'the ' : whole;
  });
}

// "my"/"our", with the place they stand for ("our country's", "my state's", "our local"),
// before up to four words of whom they mean.
const OWN = /(?<![\p{L}\p{N}'’])(?:my|our)\s+(?:(?:own|local|home)\s+|(?:country|state|city|town|nation|island|region|province|county|party)['’]?s\s+)?(?=((?:[\p{L}.&-]+\s+){0,3}[\p{L}.&-]+))/giu;
// Bodies and groups the asker may call their own.
const OWN_BODY = /^(?:government|politicians|leaders|mps|mp|officials|police|cops|council|parliament|congress|senate|ministry|army|military|coastguard|guard|authorities|lawmakers|legislators|cabinet|bishops|church)$/;

/** True when `at` falls inside a quotation the question pastes ("'our president lied' — who said it?"). */
function insideQuotation(question: string, at: number): boolean {
  const before = question.slice(0, at);
  const opened = (before.match(/(?:^|[\s(])["“‘']/g) ?? []).length;
  const closed = (before.match(/[\p{L}\p{N}.,!?]["”’'](?=[\s,.;:!?)]|$)/gu) ?? []).length;
  return opened > closed;
}
