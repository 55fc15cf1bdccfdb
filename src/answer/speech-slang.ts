/*
 * Chat's slang for speaking, in the verbs the readings know: "threw shade at X" is
 * "criticized X", "clapped back at X" "responded to X", "went off on X" "criticized X";
 * "ranting about", "gushing about", "went off about", "sounded off about", "spilled the tea
 * on" are "saying about"; "called out X" is "criticized X"; "sounded the alarm about X" is
 * "warned about X", "pointed the finger at X" "blamed X", "brushed off" and "played down X"
 * "dismissed X". Each keeps its tense.
 */

// A verb's forms, by tense, and the forms of the verb it stands for.
type Forms = Readonly<Record<string, string>>;
const CRITICIZE: Forms = { throw: 'criticize', throws: 'criticizes', threw: 'criticized', thrown: 'criticized', throwing: 'criticizing', go: 'criticize', goes: 'criticizes', went: 'criticized', gone: 'criticized', going: 'criticizing', call: 'criticize', calls: 'criticizes', called: 'criticized', calling: 'criticizing' };
const RESPOND: Forms = { clap: 'respond', claps: 'responds', clapped: 'responded', clapping: 'responding' };
const SAY: Forms = {
  rant: 'say', rants: 'says', ranted: 'said', ranting: 'saying', gush: 'say', gushes: 'says', gushed: 'said', gushing: 'saying',
  go: 'say', goes: 'says', went: 'said', gone: 'said', going: 'saying', sound: 'say', sounds: 'says', sounded: 'said', sounding: 'saying',
  spill: 'say', spills: 'says', spilled: 'said', spilt: 'said', spilling: 'saying', rave: 'say', raves: 'says', raved: 'said', raving: 'saying',
};

const WARN: Forms = { sound: 'warn', sounds: 'warns', sounded: 'warned', sounding: 'warning' };
const BLAME: Forms = { point: 'blame', points: 'blames', pointed: 'blamed', pointing: 'blaming' };
const DISMISS: Forms = {
  brush: 'dismiss', brushes: 'dismisses', brushed: 'dismissed', brushing: 'dismissing', shrug: 'dismiss', shrugs: 'dismisses', shrugged: 'dismissed', shrugging: 'dismissing',
  laugh: 'dismiss', laughs: 'dismisses', laughed: 'dismissed', laughing: 'dismissing', play: 'dismiss', plays: 'dismisses', played: 'dismissed', playing: 'dismissing',
};

// "sounded the alarm about X" is "warned about X", "pointed the finger at X" "blamed X",
// "brushed off X" and "played down X" "dismissed X".
const ALARM = /\b(sound|sounds|sounded|sounding)\s+(?:the\s+|an\s+)?alarms?\s+(?=(?:about|over|on)\s)/gi;
const FINGER = /\b(point|points|pointed|pointing)\s+(?:the\s+|a\s+)?finger\s+at(?:\s+|(?=\s*[?.!]*\s*$)|(?=\s+for\s))/gi;
const MADE_LIGHT = /\b(?:(brush|brushes|brushed|brushing|shrug|shrugs|shrugged|shrugging|laugh|laughs|laughed|laughing)\s+off|(play|plays|played|playing)\s+down)\b\s*/gi;
const SHADE_AT = /\b(throw|throws|threw|thrown|throwing)\s+(?:some\s+)?shade\s+(?:at|on)\s+/gi;
const OFF_ON = /\b(go|goes|went|gone|going)\s+off\s+on\s+(?=\S)/gi;
const CALLED_OUT = /\b(call|calls|called|calling)\s+out\s+(?=(?:the|a|an|his|her|their|its)\s|\p{L}+['’]s\s)/giu;
const CLAP_BACK = /\b(clap|claps|clapped|clapping)\s+back\s+(?:at|to)\s+/gi;
const SAID_OFF = /\b(rant|rants|ranted|ranting|gush|gushes|gushed|gushing|rave|raves|raved|raving|go|goes|went|gone|going|sound|sounds|sounded|sounding)(?:\s+off)?\s+(about|over|on)\s+(?=\S)/gi;
const TEA = /\b(spill|spills|spilled|spilt|spilling)\s+(?:the\s+)?tea\s+(?:on|about)\s+/gi;

/** The question with chat's slang verbs of speech in the verbs the readings know. */
export function slangSpoken(question: string): string {
  return question
    .replace(SHADE_AT, (_, verb: string) => `${CRITICIZE[verb.toLowerCase()]} `)
    .replace(OFF_ON, (_, verb: string) => `${CRITICIZE[verb.toLowerCase()]} `)
    .replace(CALLED_OUT, (_, verb: string) => `${CRITICIZE[verb.toLowerCase()]} `)
    .replace(CLAP_BACK, (_, verb: string) => `${RESPOND[verb.toLowerCase()]} to `)
    .replace(TEA, (_, verb: string) => `${SAY[verb.toLowerCase()]} about `)
    .replace(ALARM, (_, verb: string) => `${WARN[verb.toLowerCase()]} `)
    .replace(FINGER, (_, verb: string) => `${BLAME[verb.toLowerCase()]} `)
    .replace(MADE_LIGHT, (_, off?: string, down?: string) => `${DISMISS[(off ?? down)!.toLowerCase()]} `)
    // ("went off about", "sounded off on": "off" says it is speech; "rant", "gush", "rave"
    // are speech without it. Not "going about" or "went on".)
    // ("what was X ranting about at the meeting": "about" whose object is the "what" asked goes;
    // "who went off about …" is who commented on it.)
    .replace(SAID_OFF, (whole: string, verb: string, about: string, at: number, asked: string) => {
      if (!/\soff\s/i.test(whole) && !/^(?:rant|gush|rav)/i.test(verb)) return whole;
      const said = SAY[verb.toLowerCase()]!;
      if (/^(?:at|with|in|during|after|when|to|on)\b/i.test(asked.slice(at + whole.length))) return `${said} `;
      return /^\s*who\s+$/i.test(asked.slice(0, at)) && said === 'said' ? 'commented on ' : `${said} ${about === 'on' ? 'about' : about} `;
    });
}
