/**
 * Abbreviation lists of pySBD's English rules (`pysbd/lang/standard.py`, the Python port of
 * the Pragmatic Segmenter), lower case, without the period. What each list does to a period
 * before a capitalised word is in `abbreviationEndsSentence`.
 */

/**
 * `Abbreviation.ABBREVIATIONS`: a period after one of these ends a sentence before a capital,
 * never before a number or `(` (`No. 5`, `Jan. 5`; pySBD's `NUMBER_ABBREVIATIONS` are among them).
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'adj adm adv al ala alta apr arc ariz ark art assn asst attys aug ave bart bld bldg blvd ' +
    'brig bros btw cal calif capt cl cmdr co col colo comdr con conn corp cpl cres ct d.phil ' +
    'dak dec del dept det dist dr dr.phil dr.philos drs e.g ens esp esq etc exp expy ext feb ' +
    'fed fla ft fwy fy ga gen gov hon hosp hr hway hwy i.e ia id ida ill inc ind ing insp is ' +
    'jan jr jul jun kan kans ken ky la lt ltd maj man mar mass may md me med messrs mex mfg ' +
    'mich min minn miss mlle mm mme mo mont mr mrs ms msgr mssrs mt mtn neb nebr nev no nos ' +
    'nov nr oct ok okla ont op ord ore p pa pd pde penn penna pfc ph ph.d pl plz pp prof pvt ' +
    'que rd rs ref rep reps res rev rt sask sec sen sens sep sept sfc sgt sr st supt surg tce ' +
    'tenn tex univ usafa u.s ut va v ver viz vs vt wash wis wisc wy wyo yuk'
  ).split(' '),
);

/**
 * `Abbreviation.PREPOSITIVE_ABBREVIATIONS` (titles and the like that precede a name: never
 * the end of a sentence), plus the titles of the general list that precede a name too
 * (`Amb.`, `Hon.`, `Insp.`, `Msgr.`, `Mme.`, `Mlle.`, `Pres.`, `Pfc.`, `Pvt.`, `Sfc.`, `Comdr.`).
 */
export const PREPOSITIVE: ReadonlySet<string> = new Set(
  (
    'adm attys brig capt cmdr col cpl det dr gen gov ing lt maj mr mrs ms mt messrs mssrs ' +
    'prof ph rep reps rev sen sens sgt st supt v vs ' +
    'amb hon insp msgr mme mlle pres pfc pvt sfc comdr'
  ).split(' '),
);

/**
 * pySBD's `SENTENCE_STARTERS`: after a multi-period abbreviation of capitals (`U.S.`, `U.K.`),
 * a sentence ends only when one of these follows (`…to the U.S. The next day`, not `U.S. Army`).
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  (
    'A Being Did For He How However I In It Millions More She That The There They We What ' +
    'When Where Who Why'
  ).split(' '),
);
