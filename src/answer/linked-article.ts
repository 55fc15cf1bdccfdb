import type { Library } from '../library/index.ts';
import type { Answer } from './types.ts';

// A web address as chat pastes it: bare, in <…>, Discord's way to keep it from unfurling, or
// as markdown's [text](…); with its scheme, or a host and path without one
// ("en.wikinews.org/wiki/…").
const LINK = /(?:\[[^\]\n]*\]\(|<)?((?:https?:\/\/|(?<![\p{L}\d@.\/-])(?=(?:[a-z\d-]+\.)+[a-z]{2,}\/))[^\s<>]+)>?/iu;
// How a question points at the article it links to, which is no word of its topic: "in this
// article", "here", "from this link".
const POINTING = /\s*(?:\b(?:in|from|on|at|of|about)\s+)?(?:\b(?:this|that|the)\s+(?:article|story|link|page|piece|one)\b|\bhere\b|\bthere\b)?\s*[:,–—-]?\s*$/i;

/**
 * A question that links to an article ("who was quoted in https://…", "what did corbyn say
 * here <https://…>") asks about that article alone: the question without the link, and the
 * article's id. A link to no article the library holds is answered so, with how to add it.
 * Undefined for a question with no link.
 *
 * @example
 * linkedArticle(library, 'who was quoted in https://en.wikinews.org/wiki/…') // → { rest: 'who was quoted', articleId: '…' }
 */
export function linkedArticle(library: Library, question: string): { rest: string; articleId: string } | { nothing: Answer } | undefined {
  const found = LINK.exec(question);
  if (!found) return undefined;
  // ("…deadline?" or "(…deadline)": the sentence's punctuation, not the address's.)
  const pasted = found[1]!.replace(/[)\].,;:!?'"’]+$/, '');
  const url = /^https?:\/\//i.test(pasted) ? pasted : `https://${pasted}`;
  const stored = addressesOf(url).find((address) => library.hasUrl(address));
  if (!stored) {
    // (The address is not repeated: a reply in Discord would unfurl whatever page it is.)
    return { nothing: { question, text: 'That link is to no article in this library. Add the article first (citewire ingest <url>, or /ingest in Discord), then ask again.', citations: [], mode: 'extractive' } };
  }
  const before = question.slice(0, found.index).replace(POINTING, '');
  const after = question.slice(found.index + found[0].length).replace(/^[\s)\].,;:!?'"’]+/, '');
  return { rest: `${before} ${after}`.trim(), articleId: library.getArticle(stored).id };
}

/**
 * The forms one address is written in: as pasted, percent-decoded or encoded, with or
 * without a last "/", over http or https; and as a phone or a share button changes it, on
 * the mobile site ("en.m.wikinews.org"), with a query ("?utm_source=…") or a section ("#…").
 */
function addressesOf(pasted: string): string[] {
  const page = pasted.replace(/#.*$/, '');
  const bare = [pasted, page, page.replace(/\?.*$/, '')];
  return [...new Set([...bare, ...bare.map((url) => url.replace(/^(https?:\/\/)(?:(\w+)\.)?(?:m|mobile)\./i, (_, scheme: string, lang = '') => `${scheme}${lang ? `${lang}.` : ''}`))])].flatMap(formsOf);
}

/** One address percent-decoded or encoded, with or without a last "/", over http or https. */
function formsOf(url: string): string[] {
  const decoded = safely(decodeURI, url);
  // (MediaWiki writes an apostrophe as %27, which encodeURI leaves alone.)
  const forms = [url, decoded, safely(encodeURI, decoded), safely(encodeURI, decoded).replace(/'/g, '%27')].flatMap((u) => [u, u.endsWith('/') ? u.slice(0, -1) : `${u}/`]);
  return [...new Set(forms.flatMap((u) => [u, u.replace(/^http:/i, 'https:'), u.replace(/^https:/i, 'http:')]))];
}

function safely(transform: (text: string) => string, text: string): string {
  try {
    return transform(text);
  } catch {
    return text;
  }
}
