/**
 * Words too common to be an echo (`craft.echo-word` reports only uncommon words): the frequent words of
 * fiction five letters or longer, with their usual inflections. Written for this project.
 */
const common = new Set(
  `about above across after again against almost alone along already although always among another answer
  anyone anything anyway around asked aside away back because become before began begin behind being believe
  below beside better between beyond bring brought called cannot can't couldn't could course didn't doesn't
  doing don't during each early either else enough entire even ever every everyone everything exactly except
  eyes face fact felt finally find first found front further gave getting give given giving going gone great
  ground hadn't half hand hands happened hard hasn't haven't having head heard heart heavy here herself
  himself hold holding house however hundred instead isn't itself just keep kept knew know knowing known large
  later least leave left less light little long looked looking looks made make making maybe might minute
  minutes moment more morning most mother mouth much myself near nearly need needed never next night nobody
  nothing now number often only open opened other others ought outside over own place point pulled quite
  rather reached ready really right room said same saying second seemed seeing seems seen sense several shall
  she'd she'll she's shook should shouldn't side since small something sometimes somewhere soon sorry sound
  speak started still stood stopped story straight sure taken taking tell than thank that's their theirs them
  themselves then there there's these they they'd they'll they're thing things think thinking third those
  though thought three through time times today together told took toward towards tried turned turning under
  until upon used voice wanted wasn't watched water we're weren't what what's whatever when where whether
  which while white whole whose without woman women won't words world would wouldn't write wrong years yet
  you'd you'll you're young yourself you've i'm i've i'd i'll he'd he'll he's it's let's we'll we've we'd
  called calling walked walking waited waiting began beginning behind really simply slowly quietly softly
  anything everything something nothing someone everyone people person others other second seconds hours
  couple little larger smaller larger older longer closer further faster harder better worse worst least
  black white green brown color colour colors colours front between enough though through thought`
    .split(/\s+/)
    .filter(Boolean),
);

/** True for a lowercase word too common to report as an echo. */
export function isCommonWord(lower: string): boolean {
  return common.has(lower);
}
