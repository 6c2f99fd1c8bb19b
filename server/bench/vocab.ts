/**
 * Vocabulary and sentence templates for the benchmark corpus. All written for this project.
 * Slots in templates: {N} a character mention, {T} a lowercase canon term, {V}/{V2} a past-tense verb,
 * {O}/{O2} a noun, {A} an adjective, {PL} a place phrase, {ADV} an adverb, {pr} a pronoun, {Pr} the
 * capitalised pronoun, {poss} a possessive pronoun, {ING} a gerund, {B} a body part, {PLUR} a plural
 * noun (used for possessive plurals), {NUM} a number word, {vb} a base-form verb.
 */

export const verbs = [
  'walked past', 'turned toward', 'glanced at', 'reached for', 'pulled', 'pushed', 'studied', 'followed',
  'crossed', 'lifted', 'dropped', 'gripped', 'shifted', 'slammed', 'tightened', 'touched', 'watched',
  'picked up', 'set down', 'kicked', 'opened', 'closed', 'traced', 'folded', 'carried', 'ignored',
  'examined', 'nudged', 'straightened', 'dragged', 'polished', 'unwrapped', 'tossed', 'guarded',
];
export const baseVerbs = ['touch', 'open', 'break', 'burn', 'lose', 'hide', 'drop', 'sell', 'read', 'move'];
export const nouns = [
  'door', 'blade', 'letter', 'window', 'cup', 'lantern', 'map', 'coat', 'sword', 'railing', 'book', 'scroll',
  'cloak', 'bench', 'gate', 'ribbon', 'candle', 'satchel', 'mirror', 'teapot', 'bracelet', 'helmet', 'ledger',
  'banner', 'compass', 'blanket', 'key', 'basket', 'shutter', 'kettle', 'hairpin', 'scarf', 'tray', 'bell',
];
export const pluralNouns = ['soldiers', 'twins', 'captains', 'students', 'elders', 'guards', 'sisters', 'recruits'];
export const adjectives = [
  'cold', 'narrow', 'heavy', 'quiet', 'broken', 'old', 'pale', 'bright', 'dusty', 'crooked', 'familiar',
  'strange', 'warm', 'faded', 'sharp', 'empty', 'silver', 'battered', 'tiny', 'enormous', 'damp', 'careful',
];
export const places = [
  'across the courtyard', 'near the barracks', 'beside the river', 'under the bridge', 'on the roof',
  'at the edge of the training ground', 'in the hallway', 'by the window', 'behind the old shrine',
  'along the outer wall', 'in the kitchen', 'at the top of the stairs', 'outside the gate', 'in the garden',
];
export const adverbs = [
  'slowly', 'quietly', 'carefully', 'suddenly', 'finally', 'barely', 'again', 'gently', 'stiffly', 'absently',
];
export const gerunds = ['turning', 'weighing', 'tapping', 'smoothing', 'testing', 'balancing', 'cradling'];
export const bodyParts = ['hands', 'jaw', 'shoulders', 'fingers', 'throat', 'chest', 'voice'];
export const numbers = ['two', 'three', 'five', 'seven', 'ten', 'twelve', 'forty'];
export const saidVerbs = ['said', 'muttered', 'snapped', 'whispered', 'called', 'admitted', 'sighed', 'asked'];
export const titleWords = ['Ashes', 'Promise', 'Winter', 'Lanterns', 'Rooftops', 'Storm', 'Tides', 'Embers'];
export const genres = ['Angst', 'Romance', 'Hurt/Comfort', 'Friendship', 'Drama', 'Fluff', 'Adventure'];
export const breakGlyphs = ['xXx', '* * *', '~*~', 'oOo', '-o-o-', '***', 'XxXxX'];

export const narration = [
  '{N} {V} the {A} {O} {PL}.',
  'For a long moment, nobody moved.',
  "{N} didn't answer; {pr} only {V} the {O} and waited.",
  'The {O} was {A}, and the air {PL} smelled of rain and smoke.',
  'It had been {NUM} years since {N} last saw the {O}.',
  "{N}'s {B} tightened as {pr} {V} the {O}.",
  'Somewhere {PL}, a dog barked twice and went quiet.',
  '{N} and {N} {V} the {O} together, {ADV}.',
  "The {PLUR}' {O} stood {A} and forgotten {PL}.",
  "{Pr} had promised {N} that {pr} wouldn't leave -- not again.",
  'Rain drummed against the {O} {PL}.',
  '{N} {V} the {O} {ADV}, {ING} it in {poss} {B}.',
  'When the {T} flared, {N} stepped back {PL}.',
  "Even {N} couldn't explain why the {O} felt so {A}.",
  "{Pr} didn't look up when {N} came in.",
  'The {A} light made the {O} look older than it was.',
  "It wasn't the first time {N} had carried the {T} {PL}.",
  "{N} knew {pr}'d regret it, and did it anyway.",
  'Nobody had touched the {PLUR}\' {O2} since the storm.',
  '{N} counted {NUM} steps to the {O}, then {NUM} more.',
  'By morning the {O} was gone, and so was {N}.',
  "{N}'s {T} hummed, low and {A}, like it knew something {pr} didn't.",
];

export const speech = [
  "We can't stay here, {N}.",
  "You're late.",
  'I told you the {O} was {A}.',
  "Don't you dare {vb} that {O}!",
  'Where did {N} put the {O}?',
  "It's fine. It's {A}, but it's fine.",
  "She said 'never again,' and I believed her.",
  "Is that {N}'s {O}?",
  "'Cause nobody listens to me, that's why.",
  "If the {T} breaks, we're finished.",
  'Give me the {O}, {N}. Now.',
  "I'm not leaving without {N}.",
  "Y'know what? Forget it.",
  'We played rock \'n\' roll all night in the \'90s, and nobody complained.',
  'How long have you known about the {O}?',
  "They'll come {PL}, I'm sure of it.",
];

export const thoughts = [
  "I won't let {N} down again.",
  "Why didn't I see it?",
  "It's not the {O}, it's the {O2} that's wrong.",
  "Don't look back. Don't you dare look back.",
  "{N} would've known what to do.",
  "They'll never find the {O} here.",
  "I can't keep doing this.",
];

export const noteLines = [
  'Thank you so much for reading!',
  "This chapter fought me every step of the way, so I hope it's worth the wait.",
  'Reviews make my day, even a single word.',
  "I don't have a beta, so every mistake is mine.",
  'Next update should be in two weeks, fingers crossed.',
  'This was written for a prompt exchange.',
];
