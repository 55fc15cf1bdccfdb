export { extractQuotes } from './extract.ts';
export { findQuotations, type Quotation } from './detect.ts';
export { isCountry, isUsState } from './countries.ts';
export { isCueWord } from './cues.ts';
export { fold, isOrganisation, isPartyWord, isPeopleWord, isTitle, speakerKey, titleSpelled, typedWithinOneEdit, withinOneEdit, withoutAccents } from './names.ts';
export { titleInFull, typedNameMatcher, typedNameMatches, typedRoleMatcher, typedRoleMatches } from './typed-names.ts';
export type { Quote, Speaker, TextSpan } from './types.ts';
