/**
 * The words people ask for someone's words with: verbs of speech and stance, reactions, what
 * someone's view is called. Shared by the frames that read a question and the clean-up of
 * chat before them.
 */

export const SAY = [
  'say|says|said|saying|think|thinks|thought|tell|told|write|wrote|tweet|tweeted|post|posted|mean|meant',
  // Verbs of stance, as people ask them: "what did kaczynski promise", "what did she admit".
  'claim|claimed|argue|argued|warn|warned|announce|announced|declare|promise|promised|pledge|pledged|vow|vowed',
  'admit|admitted|reveal|revealed|suggest|suggested|predict|predicted|believe|believed|urge|urged',
  'insist|insisted|deny|denied|describe|described|demand|demanded|explain|explained|add|added|note|noted',
  // ("why did the minister call off the rescue": calling something off is a deed, not words.)
  'accuse|accused|blame|blamed|praise|praised|criticize|criticized|criticise|criticised|ask|asked|call(?!\\s+off\\b)|called(?!\\s+off\\b)|want|wanted',
  // "how did the pentagon justify the strike", "how did she defend the bill".
  'justify|justified|defend|defended|condemn|condemned|welcome|welcomed|dismiss|dismissed|reject|rejected|recall|recalled',
  // ("state" is not one: "what did the alabama state rep say".)
  'report|reported|stated|confirm|confirmed',
  // A side taken in words: "why did the archaeologist disagree", "did rouhani apologise".
  'agree|agreed|disagree|disagreed|object|objected|complain|complained|concede|conceded|acknowledge|acknowledged|apologi[sz]e|apologi[sz]ed',
  // "what did the meteorologist predict", "what was pelosi asking for".
  'recommend|recommended|hope|hoped|expect|expected|answer|answered|propose|proposed|threaten|threatened|caution|cautioned',
  // A court's words: "what did the federal judge rule about …".
  'rule|ruled',
  // Research's, which its authors tell: "what did the researchers find about …". (Not
  // "found": "who found the fossil" asks for a deed.)
  'find',
  // "the disaster official compared it to haiyan?": a likeness drawn in words.
  'compare|compared|liken|likened',
  // "did corbyn mention the prorogation", "has she discussed the ban".
  'mention|mentioned|discuss|discussed',
  // Words in jest or in scorn: "what did cattelan joke about", "what did trump mock".
  'joke|joked|quip|quipped|mock|mocked',
  // …or in pride, or between the lines: "what was kosgei bragging about", "what did he hint at".
  'brag|bragged|boast|boasted|hint|hinted',
  // …or in good wishes: "did the queen congratulate boris", "who did pelosi thank".
  'congratulate|congratulated|thank|thanked',
  // …or said again: "did seth john echo the other authors", "cherry echoed sturgeon".
  'echo|echoed',
  // Idioms of speaking out or of making light of something: "did the fire service open up
  // about …", "did X play down the attack", "who sounded the alarm about …".
  '(?:open|opened)\\s+up|(?:speak|spoke)\\s+up|(?:go|went)\\s+public|(?:brush|brushed|shrug|shrugged|laugh|laughed)\\s+off|(?:play|played|talk|talked)\\s+(?:down|up)|let\\s+slip|(?:sound|sounded)\\s+the\\s+alarm|(?:point|pointed)\\s+the\\s+finger',
].join('|');
// "what was pelosi asking for"; not after "why was": "why was trump critical of threatening …".
// ("what were the marchers telling wikinews".)
export const SAYING = 'asking|claiming|arguing|warning|demanding|hoping|calling|promising|suggesting|proposing|predicting|threatening|urging|insisting|telling|reporting|bragging|boasting|hinting';
// An aim, which their words tell: "what is the toilet coating inventor trying to achieve".
export const AIMING = 'trying\\s+to\\s+(?:achieve|accomplish|do|say|get\\s+at)|aiming\\s+(?:for|at)';
// "how did people mourn …": remembering someone in words is reacting too.
// ("how did bolsonaro hit back at macron", "how did china counter the us": a reply in words.)
export const REACT =
  'react|reacted|respond|responded|reply|replied|feel|feeling|felt|mourn|mourned|mark|marked|remember|remembered|honour|honoured|honor|honored|hit\\s+back|fired?\\s+back|lash(?:ed)?\\s+out|push(?:ed)?\\s+back|clap(?:ped)?\\s+back|snap(?:ped)?\\s+back|' +
  'counter|countered|rebut|rebutted|refute|refuted|contradict|contradicted|dispute|disputed';
// Verbs a name does "about" something in chat, beside those of speech: "trump talks about
// …", "boris johnson opens up about …".
export const TALKS = '(?:talks?|talked|talking|speaks?|spoke|speaking|complains?|complained|complaining|jokes?|joked|joking|worr(?:y|ies|ied|ying)|lies|lied|lying|raves?|raved|raving|rants?|ranted|ranting|reflects?|reflected|reflecting|laughs?|laughed|laughing|cries|cried|crying|boasts?|boasted|boasting|brags?|bragged|bragging|whines?|whined|whining|comments?|commented|commenting|denies|replies|apologi[sz]es|(?:opens?|opened|opening)\\s+up|(?:speaks?|spoke|speaking)\\s+out|tells?\\s+all)';
// A headline's verbs of saying, after a name ("macron slams …"); not "says", "claims",
// "denies": a statement's verbs, read by the frame that asks whether someone said it.
export const HEADLINE_SAYS = 'slams|blasts|mocks|thanks|praises|blames|accuses|criticises|criticizes|condemns|welcomes|dismisses|rejects|defends|urges|vows|pledges|apologises|apologizes|mourns|reacts|responds|replies|(?:hits|fires|pushes|snaps)\\s+back|(?:lashes|hits)\\s+out';
// ("the florida dot guy's two cents on the guardrails", "yett pov on …": chat's words for a view.)
export const VIEW = 'takes?|pov|perspectives?|point\\s+of\\s+view|reactions?|responses?|view|views|positions?|stances?|comment|comments|statement|opinions?|answers?|words|thoughts|remarks?|quotes|(?:two|2)\\s+cents|side(?:\\s+of\\s+(?:the|his|her|their|its)\\s+story)?';
// What someone said, asked for as a thing they own: "hammond's warning about …", "de blasio's
// reason for dropping out", "travis hood's account of the crash", "lindsey graham pushback on
// …" (a reply in words). Only after a possessive:
// "what was the reason for the delay" asks for no one.
export const OWN_WORDS = 'message|warning|argument|point|reason|reasoning|rationale|logic|explanation|account|story|promise|pledge|apology|excuse|criticism|pushback|rebuttal|retort|objections?|advice|plea|appeal|prediction|assessment|description|characteri[sz]ation|defen[cs]e|justification|version|narrative|spin|concerns?|fears?|hopes?|tweets?|letter|lines?|one-liners?|tributes?|takeaways?|latest|wording|phrasing|angle|plans?|intentions?|next\\s+steps?';
// Words between an owner and what they said: "nancy pelosi's exact words".
export const OWN_ADJECTIVES = '(?:(?:exact|own|full|first|latest|last|initial|official|public|real|actual|main|original|whole|hot|honest|personal|overall|written|spoken|televised)\\s+)?';

/**
 * A word that asks for someone's words wherever it stands in a question no frame reads:
 * "was pelosi worried about …", "who did pelosi blame …", "erdogan hagia sophia quote".
 */
export const SPEECH_WORD = new RegExp(
  `^(?:${SAY}|${SAYING}|${REACT}|${VIEW}|${OWN_WORDS}|quote|quoted|reacts|responds|replies|feels|supports?|supported|opposes|opposed|talk|talked|talks|speak|spoke|speaks|mention|mentioned|pray|prayed|` +
    'worried|afraid|happy|upset|angry|concerned|pleased|disappointed|proud|sad|saddened|shocked|surprised|grateful|thankful|excited|optimistic|hopeful|confident|sceptical|skeptical|critical|furious|outraged|relieved|devastated)$',
  'i',
);
