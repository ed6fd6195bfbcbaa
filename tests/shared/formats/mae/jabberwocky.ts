/**
 * A hand-made excerpt of keighrim/mae-annotation's samples/jabberwocky2_mlinkTest.xml and
 * jabberwocky2_old.xml (MAE's own sample files, GPL-3.0, not kept here): the poem's first
 * lines (Lewis Carroll, public domain) with tags whose offsets, texts and attributes are
 * those MAE wrote there: a discontiguous NOUN whose text is "my son", links with `from`/`to`
 * and a four-argument LINKTEST. The offsets are the sample's, so they are known answers.
 */
export const JABBERWOCKY_TEXT =
  "\nJABBERWOCKY\nBy Lewis Carroll\n\n'Twas brillig, and the slithy toves\nDid gyre and gimble in the wabe;\nAll mimsy were the borogoves,\nAnd the mome raths outgrabe.\n\n'Beware the Jabberwock, my son!\nThe jaws that bite, the claws that catch!\nBeware the Jubjub bird, and shun\nThe frumious Bandersnatch!'\n";

const TAGS = [
  '<NOUN id="N0" spans="1~12" text="JABBERWOCKY" type="thing" comment="" />',
  '<NOUN id="N1" spans="61~66" text="toves" type="thing" comment="default value" />',
  '<NOUN id="N2" spans="94~98" text="wabe" type="place" comment="default value" />',
  '<NOUN id="N3" spans="119~128" text="borogoves" type="thing" comment="default value" />',
  '<NOUN id="N5" spans="184~186,187~190" text="my son" type="other" comment="default value" />',
  '<VERB id="V0" spans="71~75" text="gyre" tense="past" aspect="simple" />',
  '<VERB id="V1" spans="80~86" text="gimble" tense="past" aspect="" />',
  '<VERB id="V3" spans="245~251,262~266" text="Jubjub ... shun" tense="" aspect="perfect progressive" />',
  '<VERB id="V4" spans="143~148,149~157" text="raths ... outgrabe" tense="" aspect="perfect progressive" />',
  '<ADJ_ADV id="A3" spans="54~60" text="slithy" type="" />',
  '<ACTION id="A0" fromID="V1" fromText="gimble" toID="N3" toText="borogoves" relationship="performed_by" />',
  '<ACTION id="A1" fromID="N0" fromText="JABBERWOCKY" toID="V0" toText="gyre" relationship="performs" />',
  '<DESCRIPTION id="D0" fromID="A3" fromText="slithy" toID="N1" toText="toves" relationship="describes" />',
  '<LINKTEST id="L0" arg0ID="N1" arg0Text="toves" arg1ID="N2" arg1Text="wabe" arg2ID="N5" arg2Text="my ... son" arg3ID="N3" arg3Text="borogoves" relationship="" />',
];

/** The excerpt as MAE 1 wrote it (declaration, root, TEXT, TAGS; no line break at the end). */
export const JABBERWOCKY = `<?xml version="1.0" encoding="UTF-8" ?>\n<NounVerbTask>\n<TEXT><![CDATA[${JABBERWOCKY_TEXT}]]></TEXT>\n<TAGS>\n${TAGS.join('\n')}\n</TAGS>\n</NounVerbTask>`;

/** The first tags as MAE 0.x wrote them (jabberwocky2_old.xml): `start` and `end`. */
export const JABBERWOCKY_OLD = `<?xml version="1.0" encoding="UTF-8" ?>\n<NounVerbTask>\n<TEXT><![CDATA[${JABBERWOCKY_TEXT}]]></TEXT>\n<TAGS>\n<NOUN id="N0" start="1" end="12" text="JABBERWOCKY" type="thing" comment="" />\n<VERB id="V0" start="71" end="75" text="gyre" tense="past" aspect="simple" />\n<ACTION id="A1" fromID="N0" fromText="JABBERWOCKY" toID="V0" toText="gyre" relationship="performs" />\n</TAGS>\n</NounVerbTask>`;

/**
 * keighrim/mae-annotation's src/test/resources/iaa_example/doc1_a1.xml (@ df2282f), as MAE 2
 * wrote it: non-consuming tags (`spans="-1~-1"`), a link to one, links of three and four
 * named arguments, and bare extent tags ending `"  />`.
 */
export const MILLER = `<?xml version="1.0" encoding="UTF-8" ?>\n\n<NounVerbTask>\n<TEXT><![CDATA[\nMrs Miller wants the entire house repainted.\n]]></TEXT>\n<TAGS>\n<MOOD_DECL id="DECL0" spans="-1~-1" text=""  />\n<NAMED_ENTITY id="NE0" spans="1~11" text="Mrs Miller" type="person" />\n<NOUN id="N0" spans="1~11" text="Mrs Miller"  />\n<NOUN id="N1" spans="29~34" text="house"  />\n<NOUN id="N2" spans="-1~-1" text=""  />\n<VERB id="V0" spans="12~17" text="wants" tense="past" />\n<ADJ_ADV id="A0" spans="35~44" text="repainted"  />\n<ADJ_ADV id="A1" spans="22~28" text="entire"  />\n<ACTION id="AC1" fromID="N2" fromText="" toID="A0" toText="repainted" />\n<DESCRIPTION id="D1" arg0ID="N1" arg0Text="house" arg1ID="A1" arg1Text="entire" arg2ID="A0" arg2Text="repainted" type="multi" />\n<ARGUMENTS id="AR0" agentID="N0" agentText="Mrs Miller" patientID="N1" patientText="house" themeID="A0" themeText="repainted" predicateID="V0" predicateText="wants" />\n</TAGS>\n</NounVerbTask>`;
