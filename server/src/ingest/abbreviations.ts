// Words that end in a full stop without ending the sentence, grouped by how the segmenter
// decides: titles always precede a name; the others can also close a sentence.

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Titles and name parts: "Pres. Putin", "Gen. Smith", "St. Petersburg". Never a sentence end. */
export const TITLE_ABBREVIATIONS = words(`
  mr mrs ms mx dr prof pres gen lt col maj capt cpt sgt cpl adm cmdr gov sen rep reps rev hon fr
  sr jr st mt ft messrs mme mlle amb atty supt insp det brig pvt vs v approx ca cf al e.g i.e viz
  dept est govt sq ave blvd rd mln bln bn pct
`);

/** Can end a sentence too ("... Apple Inc. The company"): a break only before a capital. */
export const CLOSING_ABBREVIATIONS = words(`
  etc inc ltd co corp plc llc bros jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues
  wed thu thurs fri sat sun a.m p.m ph.d op ed no nos nr art fig figs vol p pp ch para min
`);

/**
 * After a dotted acronym ("U.S.", "U.N.") a capital often continues the sentence ("U.S.
 * President"), so only a word that typically opens a sentence counts as a break.
 */
export const SENTENCE_STARTERS = words(`
  the a an he she it they we i you this that these those there but and or so yet however in on
  at as if when while after before since his her its their our my meanwhile still also then now
  both some many most one no what why how who according last earlier later
`);
