/**
 * The act of speech a question asks about by its verb ("what did minnis urge …", "what did
 * greta promise …", "who warned …"), and whether a quote's cue is that act ("urged",
 * "promised", "warned"). A cue that is the act asked for says the words are the ones asked
 * for, where the topic's own words are few or put otherwise ("keep doing until sweden signed
 * up" of "protests every week until Sweden joined"). Not "say", "tell", "think", "comment":
 * any quote's cue.
 */

// Each act by its verb's forms ("denied", "denial"), none of them a word of another sense
// ("urgent", "dense" are no urging or denying).
const ACTS: ReadonlyArray<[act: string, forms: RegExp]> = (
  [
    ['urge', 'urg(?:e|es|ed|ing)'], ['promise', 'promis(?:e|es|ed|ing)'], ['warn', 'warn(?:s|ed|ing)?'],
    ['demand', 'demand(?:s|ed|ing)?'], ['deny', 'den(?:y|ies|ied|ying|ial)'], ['admit', 'admit(?:s|ted|ting)?'],
    ['predict', 'predict(?:s|ed|ing|ion)?'], ['apologise', 'apologi[sz](?:e|es|ed|ing)'], ['accuse', 'accus(?:e|es|ed|ing)'],
    ['blame', 'blam(?:e|es|ed|ing)'], ['praise', 'prais(?:e|es|ed|ing)'], ['threaten', 'threaten(?:s|ed|ing)?'],
    ['vow', 'vow(?:s|ed|ing)?'], ['pledge', 'pledg(?:e|es|ed|ing)'], ['reject', 'reject(?:s|ed|ing)?'],
    ['dismiss', 'dismiss(?:es|ed|ing)?'], ['confirm', 'confirm(?:s|ed|ing)?'], ['announce', 'announc(?:e|es|ed|ing)'],
    ['reveal', 'reveal(?:s|ed|ing)?'], ['recommend', 'recommend(?:s|ed|ing)?'], ['propose', 'propos(?:e|es|ed|ing)'],
    ['suggest', 'suggest(?:s|ed|ing)?'], ['insist', 'insist(?:s|ed|ing)?'], ['argue', 'argu(?:e|es|ed|ing)'],
    ['concede', 'conced(?:e|es|ed|ing)'], ['acknowledge', 'acknowledg(?:e|es|ed|ing)'], ['criticise', 'critici[sz](?:e|es|ed|ing)'],
    ['condemn', 'condemn(?:s|ed|ing)?'], ['defend', 'defend(?:s|ed|ing)?'], ['estimate', 'estimat(?:e|es|ed|ing)'],
    ['mourn', 'mourn(?:s|ed|ing)?'], ['thank', 'thank(?:s|ed|ing)?'], ['congratulate', 'congratulat(?:e|es|ed|ing)'],
    ['joke', 'jok(?:e|es|ed|ing)'], ['mock', 'mock(?:s|ed|ing)?'], ['brag', 'brag(?:s|ged|ging)?'], ['boast', 'boast(?:s|ed|ing)?'],
    ['hint', 'hint(?:s|ed|ing)?'], ['compare', 'compar(?:e|es|ed|ing)'], ['liken', 'liken(?:s|ed|ing)?'],
    ['explain', 'explain(?:s|ed|ing)?'], ['declare', 'declar(?:e|es|ed|ing)'], ['tweet', 'tweet(?:s|ed|ing)?'],
  ] as const
).map(([act, forms]) => [act, new RegExp(`^${forms}$`)]);

/** The act of speech a question's verb asks about, if it names one. */
export function actAsked(question: string): string | undefined {
  for (const word of question.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const found = ACTS.find(([, forms]) => forms.test(word));
    if (found) return found[0];
  }
  return undefined;
}

/** True when a quote's cue is the act asked about ("has urged" of "urge"). */
export function cueIsAct(cue: string | undefined, act: string): boolean {
  const forms = ACTS.find(([name]) => name === act)?.[1];
  return !!cue && !!forms && cue.toLowerCase().split(/\s+/).some((word) => forms.test(word));
}
