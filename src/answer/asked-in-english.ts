/*
 * The ask's frame in another language, with the names and the story in English, as a
 * multilingual server types it: "qué dijo bolsonaro about …", "was hat pompeo gesagt about …",
 * "qu'a dit le pape about …", "qui a dit quoi about …". The frame is read as English's "what
 * did X say" or "who said what", and the few words a speaker is named with ("el presidente
 * de mexico") in English too; the rest the English readings take as they come.
 */

// A frame that asks what someone said, by language; the speaker is the group each captures.
const WHAT_SAID = [
  // Spanish: "qué dijo X", "que ha dicho X", "qué opina X".
  /^\s*¿?\s*qu[eé]\s+(?:dijo|dice|ha\s+dicho|opin[oó]|opina)\s+(.+?)\s+(?=(?:about|on|regarding|sobre|de\s+(?:la|el|los|las))\s)/i,
  // French: "qu'a dit X", "qu'est-ce que X a dit", "qu'a pensé X".
  /^\s*qu['’]\s*a\s+(?:dit|pens[eé])\s+(.+?)\s+(?=(?:about|on|regarding|sur)\s)/i,
  /^\s*qu['’]\s*est[\s-]+ce\s+qu(?:e\s+|['’]\s*)(.+?)\s+a\s+(?:dit|pens[eé])\s+(?=(?:about|on|regarding|sur)\s)/i,
  // German: "was hat X gesagt", "was sagte X".
  /^\s*was\s+hat\s+(.+?)\s+(?:gesagt|geschrieben|getwittert|gemeint)\s+(?=(?:about|on|regarding|über|zu)\s)/i,
  /^\s*was\s+sagte\s+(.+?)\s+(?=(?:about|on|regarding|über|zu)\s)/i,
  // Portuguese: "o que X disse", "o que disse X".
  /^\s*o\s+que\s+(?:disse\s+)?(?:o\s+|a\s+)?(.+?)\s+(?:disse\s+)?(?=(?:about|on|regarding|sobre)\s)/i,
  // Italian: "cosa ha detto X", "che cosa ha detto X".
  /^\s*(?:che\s+)?cosa\s+ha\s+detto\s+(.+?)\s+(?=(?:about|on|regarding|su|sul|sulla)\s)/i,
  // Tagalog: "ano sabi ni X", "ano ang sinabi ng X", "anong sabi ni X".
  /^\s*(?:ano\s+(?:ang\s+|'?ng\s+)?|anong\s+)(?:sabi|sinabi)\s+(?:(?:ni|nina|nila)\s+(?=\S))?((?:ng\s+)?.+?)\s+(?=(?:about|on|regarding|tungkol|sa)\s)/i,
  // Indonesian and Malay: "apa kata X soal …", "apa yang dikatakan X tentang …".
  /^\s*apa\s+(?:kata|yang\s+dikatakan|komentar)\s+(.+?)\s+(?=(?:about|on|regarding|soal|tentang|mengenai)\s)/i,
  // Hindi as chat types it: "X ne kya kaha about …", "X ne kya bola".
  /^\s*(.+?)\s+ne\s+kya\s+(?:kaha|bola|boli|likha)\s+(?=(?:about|on|regarding)\s)/i,
  // Dutch: "wat zei X over …", "wat heeft X gezegd over …".
  /^\s*wat\s+(?:zei|zegt|heeft)\s+(.+?)\s+(?:gezegd\s+)?(?=(?:about|on|regarding|over)\s)/i,
  // Turkish: "X ne dedi about …".
  /^\s*(.+?)\s+ne\s+(?:dedi|diyor|demi[sş])\s+(?=(?:about|on|regarding)\s)/i,
  // Polish: "co powiedział X o …", "co powiedziała X".
  /^\s*co\s+(?:powiedzia[lł][ao]?|m[oó]wi[lł][ao]?)\s+(.+?)\s+(?=(?:about|on|regarding|o|na\s+temat)\s)/i,
];
// A frame that asks for a story's voices: "quién dijo qué", "qui a dit quoi", "wer hat was gesagt".
// (…"sino ang nagsalita", "siapa bilang apa", "kisne kya kaha", "wie zei wat", "kim ne dedi",
// "kto co powiedział".)
const WHO_SAID_WHAT = /^\s*¿?\s*(?:qui[eé]n(?:es)?\s+dij(?:o|eron)\s+qu[eé]|qui\s+a\s+dit\s+quoi|wer\s+hat\s+was\s+gesagt|quem\s+disse\s+o\s+qu[eê]|chi\s+ha\s+detto\s+cosa|sino\s+(?:ang\s+)?(?:nagsalita|nagsabi|nag-?comment)(?:\s+ng\s+ano)?|siapa\s+(?:bilang|kata)\s+apa|kisne\s+kya\s+(?:kaha|bola)|wie\s+(?:zei|heeft)\s+wat(?:\s+gezegd)?|kim\s+ne\s+dedi|kto\s+co\s+powiedzia[lł])\s+(?=\S)/i;

// The words a speaker is named with, in English: articles, "of", and the offices most asked for.
const WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:el|la|los|las|le|les|l['’]|o|os|il|lo|der|die|das|den)$/i, 'the'],
  [/^(?:de|del|du|des|da|do|di|von|vom)$/i, 'of'],
  [/^(?:presidente|pr[eé]sident|pr[aä]sident|presidenta)$/i, 'president'],
  [/^(?:papa|pape|papst|paus)$/i, 'pope'],
  [/^(?:het|ng)$/i, 'the'],
  [/^(?:ministro|ministre|minister)$/i, 'minister'],
  [/^(?:gobierno|gouvernement|regierung|governo)$/i, 'government'],
  [/^(?:canciller|chanceli?er|kanzler(?:in)?)$/i, 'chancellor'],
  [/^(?:rey|roi|k[oö]nig|re)$/i, 'king'],
];
// Words of the story after the frame: "sobre", "über", "sur" are "about".
// (…"tungkol sa", "soal", "tentang", "over", Polish "o".)
const ABOUT = /^(\s*)(?:sobre|über|sur|su|sul|sulla|zu|tungkol\s+sa|sa|soal|tentang|mengenai|over|o|na\s+temat)\s+/i;

/** The question with a frame in another language read as English's; as typed when it has none. */
export function askedInEnglish(question: string): string {
  const voices = WHO_SAID_WHAT.exec(question);
  if (voices) return `who said what ${question.slice(voices[0].length).replace(ABOUT, '$1about ')}`;
  for (const frame of WHAT_SAID) {
    const found = frame.exec(question);
    if (!found) continue;
    // (A name's first "de" is Dutch's "the": "wat zei de paus"; after a word, "of".)
    const speaker = found[1]!.split(/\s+/).map((word, i) => (i === 0 && /^de$/i.test(word) ? 'the' : WORDS.find(([foreign]) => foreign.test(word))?.[1] ?? word)).join(' ');
    // (Tagalog's "sa" in the story is "in": "tungkol sa bombing sa jolo".)
    const story = question.slice(found[0].length).replace(ABOUT, 'about ');
    return `what did ${speaker} say ${/^\s*anon?g?\s/i.test(question) ? story.replace(/\s+sa\s+/gi, ' in ') : story}`;
  }
  return question;
}
