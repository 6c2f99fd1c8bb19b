/**
 * The word lists the dialogue and prose rules read: speech verbs (English, Spanish, Russian), said-bookisms,
 * filter words, and the doubles that are grammar, not typos. docs/FORMAT.md (*Dialogue punctuation and
 * prose checks*) lists them and says why each is there; change both together.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/**
 * English verbs that say words: a tag built on one of these is a speech tag, so its punctuation is checked.
 * Past and present tense (fics are written in both). Verbs that only describe a face or a gesture
 * (`smiled`, `nodded`) are not here: after a full stop they begin an action beat, which is right.
 * Thought verbs are here too: `'Idiot,' he thought` is punctuated like a speech tag. Verbs that more
 * often follow a quoted title or sign than a speech are not (`"Yesterday" she sang`, `"Exit" read the sign`).
 */
export const speechVerbs = set(`
  said says asked asks replied replies answered answers whispered whispers muttered mutters murmured murmurs
  shouted shouts yelled yells screamed screams called calls cried cries snapped snaps hissed hisses growled growls
  added adds continued continues began begins repeated repeats insisted insists admitted admits agreed agrees
  explained explains demanded demands suggested suggests offered offers warned warns promised promises
  mumbled mumbles stammered stammers stuttered stutters whimpered whimpers groaned groans grumbled grumbles
  teased teases joked jokes exclaimed exclaims retorted retorts protested protests argued argues countered counters
  interrupted interrupts corrected corrects announced announces declared declares ordered orders commanded commands
  begged begs pleaded pleads prompted prompts urged urges reminded reminds confessed confesses lied lies swore swears
  drawled drawls squeaked squeaks gasped gasps sobbed sobs barked barks roared roars bellowed bellows shrieked shrieks
  whined whines breathed breathes murmured mused muses noted notes observed observes remarked remarks responded
  responds inquired inquires enquired enquires queried queries echoed echoes finished finishes managed manages
  ventured ventures conceded concedes quipped quips told tells thought thinks wondered wonders called
  sputtered sputters spluttered splutters rasped rasps croaked croaks yelped yelps wailed wails howled howls
  pointed chided chides scolded scolds snarled snarls grunted grunts trailed stated states assured assures
  soothed soothes coaxed coaxes pressed presses objected objects complained complains greeted greets
  supplied supplies blurted blurts
`);

/**
 * The speech verbs that only ever report words. After a full stop a capitalised subject and one of these
 * ending the clause is a tag cut off by the stop (`"Fine." Harry said.`); with any other speech verb it is
 * as likely a sentence of its own, a beat (`"There." Bea pointed.`, `"Go." Mary cried.`, `"Fine." Harry
 * agreed.`), and is left alone. Lowercase (`"Fine." he agreed`) is a tag whatever the verb.
 */
export const reportingVerbs = set(`
  said says asked asks replied replies answered answers whispered whispers muttered mutters murmured murmurs
  added adds called calls snapped snaps admitted admits shouted shouts yelled yells explained explains
  repeated repeats insisted insists exclaimed exclaims retorted retorts remarked remarks responded responds
  inquired inquires enquired enquires queried queries stated states declared declares announced announces
  mumbled mumbles stammered stammers stuttered stutters demanded demands suggested suggests quipped quips
`);

/**
 * Verbs of the face or body written as if they said the words (`"Of course," she smiled`): said-bookisms
 * in the narrow sense, the ones a writer can fix by making the tag `said` or the clause a beat.
 */
export const bookismVerbs = set(`
  smiled smiles grinned grins laughed laughs chuckled chuckles giggled giggles nodded nods shrugged shrugs
  sighed sighs smirked smirks frowned frowns scowled scowls glared glares beamed beams winked winks
  snorted snorts huffed huffs scoffed scoffs sneered sneers pouted pouts blushed blushes sniffed sniffs
  gulped gulps shuddered shudders yawned yawns cackled cackles snickered snickers sniggered sniggers
  chortled chortles smouldered smoldered grimaced grimaces
`);

/** Subjects of a tag that are personal pronouns (`he said`). `I` is always written capitalised. */
export const tagPronouns = set('he she they we you it i');

/** Determiners that open a noun subject (`the man said`, `his mother asked`). */
export const determiners = set('the a an his her their my our your its this that one');

/** Name titles that end in a full stop without ending the sentence (`Mr. Weasley said`). */
export const titlesWithStop = set('mr mrs ms dr st prof mx');

/** Filter words: narration that reports a perception instead of showing it (`She saw the door open`). */
export const filterWords = set(`
  saw heard felt noticed realized realised watched wondered seemed knew decided sensed smelled smelt tasted
  observed felt see sees hear hears feel feels notice notices realize realizes realise realises watch watches
  wonder wonders seem seems know knows decide decides sense senses
`);

/** Personal pronouns that make a following filter verb a filter (`she felt`, not `the felt hat`). */
export const subjectPronouns = set('i he she they we you');

/**
 * Doubles that are always grammar: `that that` (`she knew that that was wrong`), and nouns or names that are
 * also verbs (`the can can`, `Will will`).
 */
export const grammaticalDoubles = set('that can will');

/**
 * Object pronouns that double after a verb that takes two objects: `gave her her coat`, `told you you were`.
 * After anything else (`to her her`, `did you you`) the double is a slip.
 */
export const doubledObjects = set('her you');

/** Verbs taking two objects (`gave her her coat`, `told you you were`, `poured her her tea`); after any other verb (`closed her her eyes`) the double is a slip. */
export const twoObjectVerbs = set(`
  thank thanked tell told tells show shows showed send sends sent buy buys bought offer offers offered pass passes
  passed hand hands handed owe owes owed lend lends lent bet bets warn warns warned remind reminds reminded promise
  promises promised ask asks asked teach teaches taught give gives gave get gets got make makes made bring brings
  brought leave leaves left keep keeps kept wish wishes wished allow allows allowed deny denies denied grant grants
  granted pour pours poured order orders ordered fetch fetches fetched cook cooks cooked bake bakes baked pay pays
  paid save saves saved book books booked sing sings sang write writes wrote read reads throw throws threw toss
  tosses tossed sell sells sold find finds found cost costs call calls called
`);

/** Emphatic `do`: `I do do that`, `what he did did matter`. Grammar after a subject pronoun or a clause opener. */
export const emphaticDo = set('do does did');

/**
 * Particles that double after a phrasal verb or its object (`carried on on foot`, `came in in a hurry`,
 * `put it on on purpose`, `came to to find`): grammar when the word before reads as a verb or an object
 * pronoun (see `verbLike`), a slip otherwise (`walked to the the` … `went into to the`).
 */
export const particles = set('on in up out off down over to');

/**
 * `had had` is grammar (`he had had enough`) unless a past participle follows (`it had had been`, `she had
 * had walked`): these, and any `-ed` word.
 */
export const participles = set(`
  been gone seen done known taken given come become made said told thought felt heard found left kept held
  brought bought caught taught fought sought run begun sung swum drunk written ridden driven eaten fallen
  forgotten gotten got hidden spoken stolen chosen broken frozen woken worn torn sworn thrown grown drawn flown
  shown blown lost won sent spent lent built meant slept swept wept stood understood sat met led fed read
`);

/** Copulas that double in `what it is is`, `all he was was`: grammar after such an opening. */
export const copulas = set('is was');
/** Words that open the clause a doubled copula ends (`what`, `all`, `the thing`, `the problem`). */
export const copulaOpeners = set('what whatever who whoever where wherever how why all thing problem point truth trouble question fact issue reason only');

/** Object pronouns: `put it on on purpose`. */
export const objectPronouns = set('it them him her me us you');

/** Irregular past and base forms of verbs that take particles (`went in in`, `got up up there`). */
export const particleVerbs = set(`
  came come comes went go goes got get gets gave give gives put puts took take takes ran run runs held hold holds
  kept keep keeps set sets let lets sat sit sits stood stand stands made make makes brought bring brings left leave
  leaves fell fall falls broke break breaks threw throw throws wore wear tore tear hung hang led lead shut cut dug
  spun swung woke wake rode ride drove drive flew fly swam swim climbed logged moved
`);

/**
 * Sound words, laughter and baby talk doubled on purpose wherever they stand (`ha ha`, `tick tick`, `boom
 * boom`, `yum yum`): never reported. Words that are also everyday verbs or nouns (`drop`, `ring`) are not
 * here: `dare drop drop that` is a slip.
 */
export const soundDoubles = set(`
  ha haha hee ho la na tut tsk blah bla bye chop boom bang tick tock ding dong drip pat tap clap yum pom choo
  beep hush bam pew dum tum hip cha thump thud bump buzz honk clink clank chug puff pitter patter clip clop
  crunch munch chomp tweet woof meow quack oink moo whoosh zoom vroom splash click clack chirp toot bong
  itsy bitsy teeny wee ta
`);

/** Names and borrowed words made of one word twice (`Bora Bora`, `Wagga Wagga`, `ylang ylang`, `yada yada`): never reported. */
export const doubledNames = set('bora walla wagga pago baden sing humbert duran tora mahi ylang cous yada');

/**
 * Doubled phrases that open what is said (`Night night, love.`, `Knock knock.`): intended at the start of a
 * sentence, a slip anywhere else (`all night night in the '90s`).
 */
export const openingDoubles = set('night knock bye');

/**
 * Intensifiers and the adjectives writers double for emphasis (`very very`, `so so`, `long long ago`, `tiny
 * tiny`). In speech such a double is a voice (a Hint); in narration emphasis is normally written with a
 * comma (`very, very`), so a bare double there is probably a slip (Information, with both fixes). Before a
 * word they cannot modify (`How long long have you`) they are a slip (a Warning).
 */
export const emphaticDoubles = set('very really so many much more long far super pretty little tiny big bad good yummy naughty');

/**
 * Doubles a character says on purpose (`"No no"`, `"Wait wait"`, `"There there"`): never reported inside
 * speech unless both are capitalised (`"Now Now."`, a slip: a voice repeats in lowercase), reported in
 * narration (`there there was a door`). Kept short: most words doubled in speech without a comma between
 * are slips (`"It's fine fine"`).
 */
export const spokenDoubles = set(`
  no yes there now well okay ok yeah oh ah hey please wait shh sh hmm mm uh um er huh wow whoa ow ouch boo ugh
  argh eek oops yep nope nah go faster harder aye
`);

/** Auxiliaries: after a doubled intensifier (`long long have`) they show the double modifies nothing. */
export const auxiliaries = set(`
  is isn't are aren't was wasn't were weren't am be been being has hasn't have haven't had hadn't do don't does
  doesn't did didn't will won't would wouldn't can can't could couldn't shall should shouldn't may might must
`);

/**
 * Prepositions after which `that that` is a slip: neither a relative `that` nor a conjunction `that` follows
 * one (`burn it with that that rope`). Words that are also conjunctions (`before`, `after`, `since`, `in
 * that`, `except that`, `so that`) are not here.
 */
export const prepositions = set(`
  of for with without about at from by like into onto upon against toward towards over under through between
  behind beside beneath across around inside outside near off via despite during among
`);

/** Words before a verb that make it a bare verb (`dare burn`, `can burn`, `to burn`, `let's burn`). */
export const bareVerbOpeners = set(`
  to dare can can't cannot could couldn't will won't would wouldn't should shouldn't must might may don't
  didn't doesn't please let's never
`);

/**
 * Verbs that take a `that` clause (`can say that that is true`): after one a doubled `that` is grammar.
 * Base forms (after `to` or a modal).
 */
export const clauseVerbs = set(`
  say tell know think believe hope guess suppose mean see show prove realize realise feel hear promise swear
  admit agree bet doubt imagine pretend remember forget understand notice decide find learn insist claim
  ensure explain warn remind teach write read argue assume expect figure wish fear trust deny suggest
  confirm mention note recall check pray
`);

/** Function words: a double of one is a slip even mixed-case (`The the`), never a name. */
export const functionWords = set(`
  the a an of to in and or but for with at from as into onto than if because though although while when
  where which who whom whose this these those my your his its our their is are was were be been am
  he she it we they i me him us them i'm i'll i'd i've
`);

/** Spanish speech verbs, for the dash-dialogue incise (`—Espera —dijo Marta—`). Accents optional. */
export const spanishSpeechVerbs = set(`
  dijo dije dice digo dijeron preguntó pregunto pregunté pregunta respondió respondio respondí responde
  contestó contesto contesté contesta exclamó exclamo gritó grito gritaba susurró susurro susurra murmuró murmuro
  añadió anadio agregó agrego replicó replico explicó explico comentó comento repuso insistió insistio pidió pidio
  ordenó ordeno advirtió advirtio afirmó afirmo admitió admitio masculló mascullo musitó musito bromeó bromeo
  sugirió sugirio aseguró aseguro continuó continuo protestó protesto interrumpió interrumpio señaló senalo
  gruñó gruno balbuceó balbuceo tartamudeó tartamudeo sollozó sollozo chilló chillo indicó indico declaró
  declaro confesó confeso prosiguió prosiguio anunció anuncio apuntó apunto concluyó concluyo suspiró suspiro
  rio rió sonrió sonrio murmuraba decía decia preguntaba respondía respondia pensó penso
`);

/** Russian speech verbs, for the dash-dialogue incise (`— Привет, — сказал он`). */
export const russianSpeechVerbs = set(`
  сказал сказала сказали говорил говорила говорит спросил спросила спросили ответил ответила ответили
  крикнул крикнула закричал закричала прошептал прошептала шепнул шепнула пробормотал пробормотала
  добавил добавила произнёс произнес произнесла воскликнул воскликнула продолжил продолжила повторил повторила
  согласился согласилась возразил возразила заметил заметила усмехнулся усмехнулась буркнул буркнула
  пояснил пояснила признался призналась предложил предложила подумал подумала вздохнул вздохнула
`);
