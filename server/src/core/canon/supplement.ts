/**
 * Words of modern fic prose that neither the Hunspell dictionaries nor SCOWL 70 has, or that they list
 * only with an apostrophe (`englishData.ts`): fandom vocabulary and the sites fics are posted on,
 * loanwords fics use every day (`koi`), the Japanese honorifics that follow names (`Ichigo-kun`),
 * interjections, a British past form (`leant`), and contraction stems (`didn't` is also judged part by
 * part: `didn`, `t`), which would otherwise sit one edit from short names. Lowercase; kept short and
 * deliberate: a word here is never a typo of a name nor flagged by the English spelling check.
 */
export const supplementWords: readonly string[] = [
  // fandom
  'drabble', 'drabbles', 'ficlet', 'ficlets', 'fanfic', 'fanfics', 'fanfiction', 'oneshot', 'oneshots',
  'songfic', 'songfics', 'crackfic', 'crackfics', 'flashfic', 'noncanon', 'whumpee', 'whumper', 'chaptered', 'multichapter',
  'ooc', 'canon', 'canonverse', 'fandom', 'fandoms', 'ship', 'shipping', 'otp', 'otps', 'beta', 'betaed', 'unbeta',
  'unbetaed', 'kudos', 'fluff', 'angst', 'angsty', 'smut', 'smutty', 'lemon', 'crossover', 'hurt', 'comfort', 'fic', 'fics',
  'au', 'aus', 'wip', 'wips', 'ao3', 'fanart', 'fanon', 'headcanon', 'headcanons', 'oc', 'ocs', 'pov', 'povs',
  'omegaverse', 'mpreg', 'slowburn', 'yandere', 'tsundere', 'kdrama', 'kdramas', 'kpop', 'stan', 'stans', 'stanned',
  'omake', 'tbc', 'tba', 'kinkmeme', 'kinkmemes', 'concrit', 'giftee', 'giftees', 'gifter', 'podfic', 'podfics', 'podficcer',
  'podficcers', 'podficced', 'whumptober', 'kinktober', 'inktober', 'nanowrimo', 'flufftober', 'fluffember', 'hea', 'hfn', 'pwp',
  'ust', 'bamf', 'xreader', 'twoshot', 'twoshots', 'ficathon', 'ficathons', 'ficfest', 'ficfests', 'bigbang', 'askbox', 'nonnies',
  'nonny', 'squick', 'squicky', 'dubcon', 'noncon', 'notp', 'notps', 'brotp', 'brotps', 'fanmix', 'fanmixes', 'fanvid',
  'fanvids', 'vidder', 'vidders', 'cowriter', 'cowriters', 'cowrote', 'rarepair', 'rarepairs', 'crackship', 'crackships',
  // where fics are posted and talked about (A/Ns name them in lowercase as often as not)
  'tumblr', 'tiktok', 'reddit', 'youtube', 'instagram', 'insta', 'wattpad', 'livejournal', 'dreamwidth', 'ffnet', 'pixiv',
  // Japanese and other loanwords in everyday fic prose
  'san', 'kun', 'chan', 'sama', 'senpai', 'sempai', 'sensei', 'dono', 'tan', 'chin', 'hime', 'kohai',
  'kouhai', 'nii', 'nee', 'onii', 'onee', 'niisan', 'neesan', 'oniisan', 'oneesan', 'baka', 'hai', 'ne',
  'ano', 'ramen', 'sushi', 'koi', 'sake', 'tatami', 'shoji', 'futon', 'futons', 'katana', 'katanas', 'kimono', 'kimonos',
  'yukata', 'obi', 'onigiri', 'bento', 'bentos', 'mochi', 'matcha', 'udon', 'soba', 'miso', 'tempura', 'dango',
  'sakura', 'kami', 'yokai', 'youkai', 'oni', 'dojo', 'dojos', 'kunai', 'shuriken', 'chakra', 'hokage', 'jutsu',
  'genin', 'chunin', 'jonin', 'shinobi', 'ninja', 'ninjas', 'samurai', 'ronin', 'shogun', 'daimyo', 'torii',
  'manga', 'anime', 'kawaii', 'hanbok', 'oppa', 'unnie', 'noona', 'hyung', 'dongsaeng', 'soju', 'kimchi',
  'boba', 'matcha', 'pho', 'chai', 'naan', 'ghee', 'tteok', 'gyoza', 'wasabi', 'edamame', 'taiyaki', 'emoji', 'emojis',
  // modern words
  'lowkey', 'highkey', 'sus', 'yeet', 'yeeted', 'simping', 'situationship', 'doomscrolling', 'biro', 'biros',
  // British past forms both stock dictionaries lack (`leant` beside `learnt`, `dreamt`, `spelt`)
  'leant',
  'okay', 'okayed', 'kay', 'walkie', 'talkie', 'talkies', 'ok', 'wifi', 'eyeroll', 'eyerolls', 'facepalm', 'facepalmed', 'selfie', 'selfies', 'texted',
  'livestream', 'livestreamed', 'smartwatch', 'hoodie', 'hoodies', 'onesie', 'onesies', 'playlist', 'playlists',
  'podcast', 'podcasts', 'bestie', 'besties', 'hashtag', 'vape', 'vaping', 'lol', 'omg', 'wtf', 'irl', 'btw',
  'ngl', 'tbh', 'idk', 'imo', 'smh', 'pls', 'plz', 'unmute', 'unmuted', 'unmutes', 'unmuting', 'comms', 'gif', 'gifs',
  'vlog', 'vlogs', 'vlogger', 'vloggers', 'vlogging', 'podcaster', 'podcasters', 'livestreaming', 'cosplayer', 'cosplayers',
  'brb', 'jk', 'lmao', 'lmfao', 'rofl', 'omw', 'nvm', 'idc', 'ily', 'afk', 'bruh', 'smol', 'rizz', 'himbo', 'himbos',
  'delulu', 'bussin', 'periodt', 'deadass', 'hella', 'finna', 'cuz', 'whatcha', "c'mon", 'vibing', 'vibed',
  'unfollow', 'unfollowed', 'unfollowing', 'unfollows', 'screenshotted', 'screenshotting', 'subtweet', 'subtweets',
  'subtweeted', 'gaslighting', 'gaslit', 'gaslighter', 'gaslighters', 'whump', 'whumped', 'kuudere', 'dandere',
  'rewatch', 'rewatches', 'rewatched', 'rewatching', 'reblog', 'reblogs', 'reblogged', 'reblogging', 'mutuals',
  'dm', 'dms', "dm'd", 'dmed', 'dming', 'ep', 'eps', 'pre',
  // casual and rude words of modern dialogue
  'fuckery', 'dumbass', 'dumbasses', 'smartass', 'badass', 'badasses', 'asshat', 'asshats', 'douchebag', 'douchebags', 'douchey',
  'fuckboy', 'fuckboys', 'fuckboi', 'softboi', 'sadboi', 'girlie', 'girlies', 'gurl', 'hunty', 'broski', 'brah', 'dudebro',
  'dudebros', 'boi', 'sniggered', 'sniggering', 'skritch', 'skritches', 'skritched', 'skritching', 'scritch', 'scritches',
  'scritched', 'scritching', 'booped', 'booping', 'tsked', 'tsking',
  // modern words and brands used as common nouns and verbs (`got an uber`, `venmo me`, `a box of legos`)
  'bromance', 'bromances', 'hangry', 'mansplain', 'mansplained', 'mansplaining', 'glamping', 'athleisure', 'unsend', 'unsends',
  'upvote', 'upvotes', 'upvoted', 'downvote', 'downvotes', 'downvoted', 'subreddit', 'subreddits', 'finsta', 'finstas', 'uber',
  'ubers', 'lyft', 'paypal', 'etsy', 'ebay', 'fitbit', 'fitbits', 'ipod', 'ipods', 'macbook', 'macbooks', 'whatsapp', 'skyped',
  'skyping', 'roomba', 'roombas', 'jetski', 'jetskis', 'chapstick', 'bandaid', 'bandaids', 'frappuccino', 'frappuccinos', 'oreo',
  'oreos', 'nutella', 'lego', 'legos', 'fortnite', 'roblox', 'tamagotchi', 'tamagotchis', 'popsicles',
  // texting and streaming: what chat lines, texts and A/Ns are written in
  'ur', 'rn', 'ty', 'thx', 'np', 'gc', 'gcs', 'hbu', 'wyd', 'wbu', 'ikr', 'ofc', 'istg', 'lmk', 'hmu', 'ttyl', 'tmi', 'fomo',
  'yolo', 'af', 'asf', 'atm', 'bc', 'ppl', 'abt', 'mins', 'gf', 'gfs', 'bff', 'bffs', 'vc', 'tldr', 'ootd', 'gg', 'ez', 'fyp',
  'pog', 'poggers', 'copium', 'hopium', 'sksksk', 'oomf', 'oomfs', 'goated', 'sheesh', 'iykyk', 'npc', 'npcs', 'cheugy', 'unalive',
  'parasocial', 'hyperfixate', 'hyperfixating', 'adhd', 'vod', 'vods', 'simps', 'simped', 'rizzler', 'fancam', 'fancams', 'lewk',
  'bangers', 'cringey', 'cringy', 'glowup', 'ick', 'icks', 'bae', 'fam', 'bruv', 'mandem', 'wagwan', 'wasteman', 'catfished',
  'aro', 'aroace', 'misgender', 'misgendered', 'misgendering', 'vax', 'vaxxed', 'covid', 'zoomer', 'zoomers', 'millennials',
  'memeing', 'memed', 'tiktoker', 'tiktokers', 'youtuber', 'youtubers', 'instagrammer', 'instagrammers', 'influencer',
  'influencers', 'livestreams', 'vlogged', 'ubered', 'venmo', 'venmoed', 'venmoing', 'airpods', 'airpod', 'iphone', 'iphones',
  'ipad', 'ipads', 'netflix', 'spotify', 'hulu', 'ebook', 'ebooks', 'collab', 'collabs', 'collabed', 'collabing', 'speedrun',
  'speedruns', 'speedrunner', 'speedrunners', 'speedrunning', 'streamer', 'streamers', 'gamer', 'gamers', 'emote', 'emotes',
  'lurker', 'lurkers', 'clout', 'doomscroll', 'doomscrolled', 'hyperfixation', 'groupchat', 'groupchats', 'lockscreen',
  'homescreen', 'textpost', 'textposts', 'fanfics', 'fanart', 'zoomies', 'floof', 'floofy', 'birb', 'birbs', 'snek', 'chonk',
  'chonky', 'doggo', 'doggos', 'pupper', 'heckin', 'blep', 'mlem', 'sploot', 'uwu', 'owo', 'xd', 'vibey',
  // drawn-out laughs and sounds too common to leave to the elongation rules
  'hehe', 'heh', 'hah', 'ahaha', 'hahah', 'ehehe', 'mwahaha', 'bahaha', 'lolol', 'woohoo', 'yeehaw', 'eep', 'meep', 'squee',
  'boop', 'bonk', 'grr', 'grrr', 'brrr', 'hrm', 'hrmph', 'mmph', 'mmf', 'ngh', 'nngh', 'hnng', 'hnngh', 'urgh', 'bleh', 'blegh',
  'ack', 'gack', 'oy', 'oye', 'ooft', 'rawr', 'mrrp', 'mrow', 'awoo', 'arf', 'bork', 'vroom', 'vrrm', 'bzzt', 'tsst', 'fwoosh',
  'thwump', 'thwip', 'thwack', 'kapow', 'blam', 'bam', 'kachunk', 'schwing', 'shing', 'snikt', 'skree',
  // dialect spelt out and the archaic register (historical AUs, Scots and Northern English speech)
  'tis', 'twas', 'twill', 'twere', 'twould', 'nobbut', 'owt', 'allus', 'mebbe', 'drownded', 'dinnae', 'cannae', 'willnae',
  'wouldnae', 'couldnae', 'didnae', 'isnae', 'wasnae', 'havenae', 'disnae', 'dinna', 'canna', 'wouldna', 'couldna', 'didna',
  'isna', 'wasna', 'havena', 'verra', 'sassenach', 'yall', 'darlin', 'yinz', 'minging', 'biccie', 'biccies', 'lawks', 'gorblimey',
  'guvnor', 'lil', 'ol', 'jus', 'wit', 'shoulda', 'coulda', 'woulda', 'musta', 'oughta', 'hafta', 'doncha', 'dontcha',
  'eejit', 'eejits', 'feckin', 'fecking', 'fecked', 'craic', 'yeh', 'yanno', 'whaddya', 'whaddaya', 'wouldja', 'couldja', 'didja',
  'psh', 'pssh', 'phht', 'bleurgh', 'blergh', 'grah', 'hmmph', 'hnn', 'yeesh', 'geez', 'jeezus', 'criminy', 'dagnabbit', 'dadgum',
  'wassup', 'whassup', 'damnit', 'xoxo', 'xo', 'nuh', 'tock', 'sploosh', 'kerplunk', 'kersplat', 'whomp', 'thunk',
  // identity words the dictionaries' size 70 lacks (all in current general dictionaries)
  'nonbinary', 'enby', 'enbies', 'agender', 'aromantic', 'biromantic', 'pansexual', 'pansexuals', 'demisexual', 'polyamorous', 'polyamory', 'neurodivergent',
  'neurotypical', 'stim', 'stims', 'stimmed', 'stimming',
  // hyphenated words checked whole (`lo-fi`; `fi` alone is no word)
  'lo-fi', 'hi-fi', 'sci-fi', 'half-caf',
  // café and food words of modern AUs that the dictionaries' size 70 lacks
  'americano', 'americanos', 'macchiato', 'macchiatos', 'cortado', 'cortados', 'affogato', 'gelato', 'panini', 'paninis',
  'kombucha', 'acai', 'churro', 'churros',
  // science-fiction and fantasy prose: the genres' everyday words that the dictionaries' size 70 lacks
  'datapad', 'datapads', 'phaser', 'phasers', 'teleporter', 'teleporters', 'holodeck', 'holodecks', 'holoprojector', 'holo',
  'holos', 'holovid', 'holovids', 'commlink', 'commlinks', 'comlink', 'comlinks', 'cryo', 'cryopod', 'cryopods', 'mech', 'mechs',
  'exosuit', 'exosuits', 'railgun', 'railguns', 'nanite', 'nanites', 'netrunner', 'netrunners', 'metaverse', 'wandwork',
  'portkey', 'portkeys', 'dwarven', 'elven', 'wyvern', 'wyverns', 'fae', 'vampiric', 'lich', 'liches', 'sigils', 'scrying',
  'scryed', 'potioneer', 'halfling', 'halflings', 'kobold', 'kobolds', 'tiefling', 'tieflings', 'lycan', 'lycans', 'empath',
  'empaths', 'shapeshifter', 'shapeshifters', 'selkie', 'selkies', 'sireling', 'seraphim', 'nephilim', 'grimoire', 'grimoires',
  'athame',
  'ew', 'eww', 'ugh', 'argh', 'aargh', 'hmph', 'tch', 'mm', 'mmm', 'mhm', 'mmhm', 'hm', 'hmm', 'uh', 'um', 'umm', 'erm',
  'psst', 'shh', 'shhh', 'eh', 'ah', 'aha', 'ahh', 'oh', 'ooh', 'oof', 'ow', 'owww', 'ouch', 'whoa', 'woah', 'yay',
  'yeah', 'yep', 'yup', 'nope', 'nah', 'huh', 'heh', 'hah', 'haha', 'hahaha', 'ha', 'pfft', 'pff', 'tsk', 'gah', 'bah',
  'meh', 'duh', 'welp', 'yikes', 'aw', 'aww', 'awww', 'uhh', 'uhm', 'ahem', 'mwah', 'whew', 'phew', 'oops', 'whoops',
  'ish', 'gonna', 'wanna', 'gotta', 'kinda', 'sorta', 'dunno', 'lemme', 'gimme', 'outta', 'lotta', 'y', 'ya', 'yer',
  // Titles as British English writes them, without a full stop (`Mr Weasley`, `St Mungo's`)
  'mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'prof', 'jr', 'sr',
  // Contraction stems: contractions are judged part by part too (`didn't` → `didn`, `t`).
  'ain', 'aren', 'couldn', 'didn', 'doesn', 'hadn', 'hasn', 'haven', 'isn', 'mightn', 'mustn', 'needn', 'shan',
  'shouldn', 'wasn', 'weren', 'won', 'wouldn', 'ma', 'am', 'clock', 'em', 'til', 'cause', 'bout', 'nother', 'ca', 'wo', 'sha', 've', 'll', 're',
];

/**
 * Romanized Japanese, Korean and Chinese words that fics of those fandoms write in English prose every day
 * (greetings, forms of address, food, everyday things). They count as the rarest English band, so they
 * are known words, never typos of canon names, yet never outrank an English word among suggestions.
 * None is shorter than four letters: a short romanization (`tae`, `mou`) lies too near English typos.
 */
export const loanWords: readonly string[] = [
  // Japanese
  'itadakimasu', 'gochisousama', 'tadaima', 'okaeri', 'okaerinasai', 'ohayou', 'ohayo', 'oyasumi', 'konnichiwa', 'konbanwa',
  'arigatou', 'arigato', 'gomen', 'gomenasai', 'gomennasai', 'sumimasen', 'daijoubu', 'daijobu', 'sugoi', 'yosh', 'nani',
  'urusai', 'etto', 'desu', 'chibi', 'chibis', 'aniki', 'aneki', 'ojou', 'ojousama', 'ojousan', 'bocchan', 'otouto', 'imouto',
  'okaasan', 'otousan', 'kaasan', 'tousan', 'obaasan', 'ojiisan', 'baachan', 'jiichan', 'obaachan', 'ojiichan', 'neechan',
  'niichan', 'shishou', 'shisho', 'taichou', 'taicho', 'fukutaichou', 'danna', 'heika', 'denka', 'otaku', 'weeb', 'weebs',
  'hentai', 'isekai', 'shoujo', 'shounen', 'shonen', 'shojo', 'seinen', 'josei', 'yaoi', 'yuri', 'bishounen', 'bishonen',
  'mangaka', 'seiyuu', 'kotatsu', 'onsen', 'ryokan', 'izakaya', 'konbini', 'kombini', 'yakuza', 'oyabun', 'kumicho', 'obento',
  'katsudon', 'karaage', 'takoyaki', 'okonomiyaki', 'yakitori', 'ramune', 'daifuku', 'senbei', 'furikake', 'natto',
  'tamagoyaki', 'omurice', 'gyudon', 'hanami', 'matsuri', 'tanabata', 'hakama', 'haori', 'furisode', 'jinbei', 'shinkansen',
  'romaji', 'hiragana', 'katakana', 'kanji', 'senpai', 'kouhai',
  // Korean
  'appa', 'eomma', 'umma', 'omma', 'eonni', 'unnie', 'oppa', 'hyung', 'noona', 'nuna', 'sunbae', 'seonbae', 'hoobae', 'hubae',
  'ahjussi', 'ajusshi', 'ajussi', 'ahjumma', 'ajumma', 'halmeoni', 'halmoni', 'harabeoji', 'aigoo', 'aish', 'daebak', 'hwaiting',
  'saranghae', 'saranghaeyo', 'gomawo', 'gomawoyo', 'kamsahamnida', 'annyeong', 'annyeonghaseyo', 'maknae', 'aegyo', 'sasaeng',
  'chaebol', 'japchae', 'bibimbap', 'bulgogi', 'tteokbokki', 'kimbap', 'gimbap', 'galbi', 'samgyeopsal', 'makgeolli', 'banchan',
  'ramyeon', 'ramyun', 'mandu', 'hotteok', 'noraebang', 'pojangmacha', 'dongsaeng',
  // Chinese (danmei and wuxia fandoms)
  'gege', 'jiejie', 'meimei', 'didi', 'shixiong', 'shijie', 'shidi', 'shimei', 'shizun', 'shifu', 'laoshi', 'xiong',
  'xiansheng', 'xiaojie', 'guniang', 'daozhang', 'wuxia', 'xianxia', 'danmei', 'dantian', 'zongzhu', 'jianghu', 'baozi',
  // endearments and oaths of other languages that English fics keep untranslated (without accents; a word
  // with one is never a keyboard slip, see `spelling/englishWord.ts`), none one slip from a common word
  'mija', 'mijita', 'abuela', 'abuelo', 'abuelita', 'querida', 'querido', 'gracias', 'pendejo', 'mierda', 'bonjour', 'cherie',
  'putain', 'scheisse', 'schatz', 'nonno', 'tesoro', 'cazzo', 'habibi', 'habibti', 'inshallah', 'mashallah', 'accha',
  'dedushka', 'spasibo', 'malyshka', 'solnyshko', 'kuya', 'salamat',
];
/** Honorific forms too short for `loanWords` that only ever follow a name with a hyphen (`Jiwon-ssi`, `Ilse-nim`). */
export const honorificSuffixes: readonly string[] = ['ssi', 'nim', 'ge', 'jie', 'xiong', 'di', 'mei'];
