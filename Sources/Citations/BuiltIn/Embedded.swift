// GENERATED FILE: DO NOT EDIT.
// Made by `python3 Tests/Tools/embed-csl.py` from the .csl and locales-*.xml files beside it.
// Edit those files and run the script again; a test fails while this file is stale.

/// Crosswalk's own CSL style and locale, compiled in so that citing works with nothing installed.
/// Installed styles and locales (`$CROSSWALK_STYLE_PATH`, `~/.local/share/csl`,
/// `/usr/share/citation-style-language`) come first; these are the last resort.
public enum CSLBuiltIn {
    /// The built-in styles, by name (the file name without `.csl`), with the file's exact text.
    public static let styles: [String: String] = [
        "archival": #"""
<?xml version="1.0" encoding="utf-8"?>
<!--
  Crosswalk's built-in style: Chicago-style notes and bibliography for archival documents.

  Written for Crosswalk (not derived from any other style). It cites letters, telegrams, records
  of conversation, memoranda and minutes the way historians cite them from an archive:

    note:         Creator to Recipient, "Title" (or genre), Date, Archive, fonds/opis/delo/folio,
                  Archive place, Digital collection, URL.
    short note:   Creator to Recipient, "Short title," Date.
    bibliography: Creator (inverted). "Title." Genre to Recipient, Date. Archive, location, place.
                  Digital collection. URL.

  Published works (books, chapters, articles, web pages, theses) get Chicago's notes and
  bibliography forms. Released under the MIT License, as the rest of Crosswalk.
-->
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" demote-non-dropping-particle="display-and-sort" page-range-format="chicago" default-locale="en-US">
  <info>
    <title>Archival documents (Chicago-style notes and bibliography)</title>
    <title-short>archival</title-short>
    <id>urn:crosswalk:style:archival</id>
    <author>
      <name>The Crosswalk contributors</name>
    </author>
    <category citation-format="note"/>
    <category field="history"/>
    <summary>Notes and bibliography for letters, telegrams, records of conversation, memoranda and minutes held in archives and digital archives: creator, recipient, title or genre, date, archive, archival reference, place, digital collection and URL.</summary>
    <updated>2026-12-04T00:00:00+00:00</updated>
    <rights license="https://opensource.org/licenses/MIT">The Crosswalk contributors; MIT License</rights>
  </info>
  <locale xml:lang="en">
    <terms>
      <term name="recipient" form="verb">to</term>
    </terms>
  </locale>
  <!-- Names in notes: "Mao Zedong and Peng Dehuai". -->
  <macro name="creator-note">
    <names variable="author">
      <name and="text" delimiter=", " delimiter-precedes-last="never"/>
      <label form="short" prefix=", "/>
      <substitute>
        <names variable="editor"/>
        <names variable="translator"/>
      </substitute>
    </names>
  </macro>
  <!-- Names in the bibliography: the first inverted, "Mao, Zedong, and Peng Dehuai". -->
  <macro name="creator-bib">
    <names variable="author">
      <name and="text" name-as-sort-order="first" sort-separator=", " delimiter=", " delimiter-precedes-last="always"/>
      <label form="short" prefix=", "/>
      <substitute>
        <names variable="editor"/>
        <names variable="translator"/>
      </substitute>
    </names>
  </macro>
  <macro name="creator-short">
    <names variable="author">
      <name form="short" and="text" delimiter=", "/>
      <substitute>
        <names variable="editor"/>
        <names variable="translator"/>
      </substitute>
    </names>
  </macro>
  <macro name="recipient">
    <names variable="recipient">
      <label form="verb" suffix=" "/>
      <name and="text" delimiter=", " delimiter-precedes-last="never"/>
    </names>
  </macro>
  <macro name="recipient-short">
    <names variable="recipient">
      <label form="verb" suffix=" "/>
      <name form="short" and="text" delimiter=", "/>
    </names>
  </macro>
  <!-- "Mao Zedong to Filippov [Stalin]" -->
  <macro name="correspondents">
    <group delimiter=" ">
      <text macro="creator-note"/>
      <text macro="recipient"/>
    </group>
  </macro>
  <macro name="correspondents-short">
    <group delimiter=" ">
      <text macro="creator-short"/>
      <text macro="recipient-short"/>
    </group>
  </macro>
  <!-- The title: quoted for documents and articles, italic for books and other whole works; an
       untitled document is named by its genre ("telegram"). -->
  <macro name="title">
    <choose>
      <if variable="title" match="none">
        <text variable="genre" text-case="lowercase"/>
      </if>
      <else-if type="book report thesis map graphic dataset software motion_picture musical_score pamphlet periodical legislation bill standard" match="any">
        <text variable="title" font-style="italic"/>
      </else-if>
      <else>
        <text variable="title" quotes="true"/>
      </else>
    </choose>
  </macro>
  <macro name="title-short">
    <choose>
      <if variable="title" match="none">
        <text variable="genre" text-case="lowercase"/>
      </if>
      <else-if type="book report thesis map graphic dataset software motion_picture musical_score pamphlet periodical legislation bill standard" match="any">
        <text variable="title" form="short" font-style="italic"/>
      </else-if>
      <else>
        <text variable="title" form="short" quotes="true"/>
      </else>
    </choose>
  </macro>
  <!-- In the bibliography: the title alone (the genre follows it, with the recipient). -->
  <macro name="title-bib">
    <choose>
      <if variable="title">
        <text macro="title"/>
      </if>
    </choose>
  </macro>
  <!-- "Ciphered telegram to Filippov [Stalin]", or "To Filippov [Stalin]" without a genre. -->
  <macro name="genre-to-recipient">
    <choose>
      <if variable="genre">
        <group delimiter=" ">
          <text variable="genre" text-case="capitalize-first"/>
          <text macro="recipient"/>
        </group>
      </if>
      <else>
        <names variable="recipient">
          <label form="verb" text-case="capitalize-first" suffix=" "/>
          <name and="text" delimiter=", " delimiter-precedes-last="never"/>
        </names>
      </else>
    </choose>
  </macro>
  <!-- A periodical: "Cold War International History Project Bulletin 3, no. 1 (1993)". -->
  <macro name="periodical">
    <group delimiter=" ">
      <text variable="container-title" font-style="italic"/>
      <group delimiter=", ">
        <text variable="volume"/>
        <group delimiter=" ">
          <text term="issue" form="short"/>
          <text variable="issue"/>
        </group>
      </group>
      <group prefix="(" suffix=")">
        <text macro="year"/>
      </group>
    </group>
  </macro>
  <macro name="date">
    <choose>
      <if variable="issued">
        <group delimiter=" ">
          <choose>
            <if is-uncertain-date="issued">
              <text term="circa" form="short"/>
            </if>
          </choose>
          <date variable="issued" form="text"/>
        </group>
      </if>
      <else>
        <text term="no date" form="short"/>
      </else>
    </choose>
  </macro>
  <macro name="year">
    <choose>
      <if variable="issued">
        <date variable="issued">
          <date-part name="year"/>
        </date>
      </if>
      <else>
        <text term="no date" form="short"/>
      </else>
    </choose>
  </macro>
  <!-- Where the document is: "Archive of the President of the Russian Federation, f. 45, op. 1,
       d. 339, l. 17, Moscow", in the order archivists cite them. -->
  <macro name="archive">
    <group delimiter=", ">
      <text variable="archive"/>
      <text variable="archive_location"/>
      <text variable="archive-place"/>
    </group>
  </macro>
  <!-- In a note, the pinpoint (a folio, a page) follows the file it is in: "APRF, f. 45, op. 1,
       d. 339, l. 17, Moscow". -->
  <macro name="archive-note">
    <group delimiter=", ">
      <text variable="archive"/>
      <text variable="archive_location"/>
      <group delimiter=" ">
        <label variable="locator" form="short"/>
        <text variable="locator"/>
      </group>
      <text variable="archive-place"/>
    </group>
  </macro>
  <!-- Where it was found: the digital collection, then the link. -->
  <macro name="digital-collection">
    <group delimiter=", ">
      <text variable="container-title" font-style="italic"/>
      <text variable="collection-title"/>
    </group>
  </macro>
  <macro name="link">
    <choose>
      <if variable="DOI">
        <text variable="DOI" prefix="https://doi.org/"/>
      </if>
      <else>
        <text variable="URL"/>
      </else>
    </choose>
  </macro>
  <macro name="accessed">
    <choose>
      <if variable="URL DOI" match="any">
        <group delimiter=" ">
          <text term="accessed"/>
          <date variable="accessed" form="text"/>
        </group>
      </if>
    </choose>
  </macro>
  <macro name="edition">
    <choose>
      <if is-numeric="edition">
        <group delimiter=" ">
          <number variable="edition" form="ordinal"/>
          <text term="edition" form="short"/>
        </group>
      </if>
      <else>
        <text variable="edition"/>
      </else>
    </choose>
  </macro>
  <macro name="publication">
    <group delimiter=", ">
      <group delimiter=": ">
        <text variable="publisher-place"/>
        <text variable="publisher"/>
      </group>
      <text macro="year"/>
    </group>
  </macro>
  <macro name="locator">
    <group delimiter=" ">
      <choose>
        <if locator="page" match="none">
          <label variable="locator" form="short"/>
        </if>
      </choose>
      <text variable="locator"/>
    </group>
  </macro>
  <!-- Sort key: the creator, or else the title. -->
  <macro name="sort-key">
    <names variable="author">
      <name name-as-sort-order="all" and="text" delimiter=", "/>
      <substitute>
        <names variable="editor"/>
        <names variable="translator"/>
        <text variable="title"/>
        <text variable="genre"/>
      </substitute>
    </names>
  </macro>
  <!-- The first note for an item. -->
  <macro name="note-full">
    <choose>
      <if type="book report thesis map graphic dataset software pamphlet standard" match="any">
        <group delimiter=", ">
          <text macro="creator-note"/>
          <group delimiter=" ">
            <text macro="title"/>
            <group prefix="(" suffix=")" delimiter=", ">
              <text macro="edition"/>
              <text macro="publication"/>
            </group>
          </group>
          <text macro="locator"/>
          <text macro="archive"/>
          <text macro="link"/>
        </group>
      </if>
      <else-if type="chapter paper-conference entry entry-dictionary entry-encyclopedia" match="any">
        <group delimiter=", ">
          <text macro="creator-note"/>
          <text macro="title"/>
          <group delimiter=" ">
            <text term="in"/>
            <text variable="container-title" font-style="italic"/>
          </group>
          <names variable="editor">
            <label form="verb-short" suffix=" "/>
            <name and="text" delimiter=", "/>
          </names>
          <group prefix="(" suffix=")" delimiter=", ">
            <text macro="publication"/>
          </group>
          <text macro="locator"/>
          <text macro="link"/>
        </group>
      </else-if>
      <else-if type="article-journal article-magazine article-newspaper review review-book periodical" match="any">
        <group delimiter=", ">
          <text macro="creator-note"/>
          <text macro="title"/>
          <group delimiter=": ">
            <text macro="periodical"/>
            <text macro="locator"/>
          </group>
          <text macro="link"/>
        </group>
      </else-if>
      <else>
        <!-- Letters, telegrams, records of conversation, memoranda, minutes, manuscripts,
             web pages and everything else: the archival order. -->
        <group delimiter=", ">
          <text macro="correspondents"/>
          <text macro="title"/>
          <text macro="date"/>
          <text variable="number" prefix="no. "/>
          <text macro="archive-note"/>
          <text macro="digital-collection"/>
          <text macro="link"/>
          <text macro="accessed"/>
        </group>
      </else>
    </choose>
  </macro>
  <!-- A later note for the same item. -->
  <macro name="note-short">
    <group delimiter=", ">
      <text macro="correspondents-short"/>
      <text macro="title-short"/>
      <choose>
        <if type="book report thesis map graphic dataset software pamphlet standard chapter paper-conference entry entry-dictionary entry-encyclopedia article-journal article-magazine article-newspaper review review-book periodical" match="none">
          <text macro="date"/>
        </if>
      </choose>
      <text macro="locator"/>
    </group>
  </macro>
  <citation et-al-min="4" et-al-use-first="1" disambiguate-add-names="true" disambiguate-add-givenname="true">
    <layout suffix="." delimiter="; ">
      <choose>
        <if position="ibid-with-locator">
          <group delimiter=", ">
            <text term="ibid" text-case="capitalize-first"/>
            <text macro="locator"/>
          </group>
        </if>
        <else-if position="ibid">
          <text term="ibid" text-case="capitalize-first"/>
        </else-if>
        <else-if position="subsequent">
          <text macro="note-short"/>
        </else-if>
        <else>
          <text macro="note-full"/>
        </else>
      </choose>
    </layout>
  </citation>
  <bibliography hanging-indent="true" et-al-min="11" et-al-use-first="7" subsequent-author-substitute="———" entry-spacing="0">
    <sort>
      <key macro="sort-key"/>
      <key variable="issued"/>
      <key variable="title"/>
    </sort>
    <layout suffix=".">
      <choose>
        <if type="book report thesis map graphic dataset software pamphlet standard" match="any">
          <group delimiter=". ">
            <text macro="creator-bib"/>
            <text macro="title"/>
            <text macro="edition"/>
            <text macro="publication"/>
            <text macro="archive"/>
            <text macro="link"/>
          </group>
        </if>
        <else-if type="chapter paper-conference entry entry-dictionary entry-encyclopedia" match="any">
          <group delimiter=". ">
            <text macro="creator-bib"/>
            <text macro="title"/>
            <group delimiter=", ">
              <group delimiter=" ">
                <text term="in" text-case="capitalize-first"/>
                <text variable="container-title" font-style="italic"/>
              </group>
              <names variable="editor">
                <label form="verb-short" suffix=" "/>
                <name and="text" delimiter=", "/>
              </names>
              <text variable="page"/>
            </group>
            <text macro="publication"/>
            <text macro="link"/>
          </group>
        </else-if>
        <else-if type="article-journal article-magazine article-newspaper review review-book periodical" match="any">
          <group delimiter=". ">
            <text macro="creator-bib"/>
            <text macro="title"/>
            <group delimiter=": ">
              <text macro="periodical"/>
              <text variable="page"/>
            </group>
            <text macro="link"/>
          </group>
        </else-if>
        <else>
          <group delimiter=". ">
            <text macro="creator-bib"/>
            <text macro="title-bib"/>
            <group delimiter=", ">
              <text macro="genre-to-recipient"/>
              <text macro="date"/>
              <text variable="number" prefix="no. "/>
            </group>
            <text macro="archive"/>
            <text macro="digital-collection"/>
            <group delimiter=", ">
              <text macro="link"/>
              <text macro="accessed"/>
            </group>
          </group>
        </else>
      </choose>
    </layout>
  </bibliography>
</style>

"""#,
    ]

    /// The built-in locales, by language tag (`en-US` for `locales-en-US.xml`), with the file's exact text.
    public static let locales: [String: String] = [
        "en-US": #"""
<?xml version="1.0" encoding="utf-8"?>
<!--
  Crosswalk's built-in en-US locale for the Citation Style Language 1.0.2.

  Written for Crosswalk from the term lists of the CSL 1.0.2 specification (Appendix II):
  every term it defines, in the long form and, where English has one, the short, verb,
  verb-short and symbol forms. It is used when no en-US locale is installed (Debian:
  citation-style-language-locales); an installed locale wins over it.
  Released under the MIT License, as the rest of Crosswalk.
-->
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="en-US">
  <info>
    <rights license="https://opensource.org/licenses/MIT">The Crosswalk contributors; MIT License</rights>
    <updated>2026-12-04T00:00:00+00:00</updated>
  </info>
  <style-options punctuation-in-quote="true" limit-day-ordinals-to-day-1="false"/>
  <date form="text">
    <date-part name="month" suffix=" "/>
    <date-part name="day" suffix=", "/>
    <date-part name="year"/>
  </date>
  <date form="numeric">
    <date-part name="month" form="numeric-leading-zeros" suffix="/"/>
    <date-part name="day" form="numeric-leading-zeros" suffix="/"/>
    <date-part name="year"/>
  </date>
  <terms>
    <!-- Miscellaneous -->
    <term name="accessed">accessed</term>
    <term name="ad">AD</term>
    <term name="advance-online-publication">advance online publication</term>
    <term name="album">album</term>
    <term name="and">and</term>
    <term name="and others">and others</term>
    <term name="at">at</term>
    <term name="audio-recording">audio recording</term>
    <term name="available at">available at</term>
    <term name="bc">BC</term>
    <term name="bce">BCE</term>
    <term name="by">by</term>
    <term name="ce">CE</term>
    <term name="cited">cited</term>
    <term name="et-al">et al.</term>
    <term name="film">film</term>
    <term name="forthcoming">forthcoming</term>
    <term name="from">from</term>
    <term name="henceforth">henceforth</term>
    <term name="ibid">ibid.</term>
    <term name="in">in</term>
    <term name="in press">in press</term>
    <term name="internet">internet</term>
    <term name="letter">letter</term>
    <term name="loc-cit">loc. cit.</term>
    <term name="on">on</term>
    <term name="online">online</term>
    <term name="op-cit">op. cit.</term>
    <term name="original-work-published">original work published</term>
    <term name="personal-communication">personal communication</term>
    <term name="podcast">podcast</term>
    <term name="podcast-episode">podcast episode</term>
    <term name="preprint">preprint</term>
    <term name="presented at">presented at</term>
    <term name="radio-broadcast">radio broadcast</term>
    <term name="radio-series">radio series</term>
    <term name="radio-series-episode">radio series episode</term>
    <term name="retrieved">retrieved</term>
    <term name="review-of">review of</term>
    <term name="scale">scale</term>
    <term name="special-issue">special issue</term>
    <term name="special-section">special section</term>
    <term name="television-broadcast">television broadcast</term>
    <term name="television-series">television series</term>
    <term name="television-series-episode">television series episode</term>
    <term name="video">video</term>
    <term name="working-paper">working paper</term>
    <term name="anonymous">anonymous</term>
    <term name="anonymous" form="short">anon.</term>
    <term name="circa">circa</term>
    <term name="circa" form="short">c.</term>
    <term name="no date">no date</term>
    <term name="no date" form="short">n.d.</term>
    <term name="no-place">no place</term>
    <term name="no-place" form="short">n.p.</term>
    <term name="no-publisher">no publisher</term>
    <term name="no-publisher" form="short">n.p.</term>
    <term name="reference">
      <single>reference</single>
      <multiple>references</multiple>
    </term>
    <term name="reference" form="short">
      <single>ref.</single>
      <multiple>refs.</multiple>
    </term>
    <!-- Item types -->
    <term name="article">
      <single>preprint</single>
      <multiple>preprints</multiple>
    </term>
    <term name="article-journal">
      <single>journal article</single>
      <multiple>journal articles</multiple>
    </term>
    <term name="article-magazine">
      <single>magazine article</single>
      <multiple>magazine articles</multiple>
    </term>
    <term name="article-newspaper">
      <single>newspaper article</single>
      <multiple>newspaper articles</multiple>
    </term>
    <term name="bill">
      <single>bill</single>
      <multiple>bills</multiple>
    </term>
    <term name="broadcast">
      <single>broadcast</single>
      <multiple>broadcasts</multiple>
    </term>
    <term name="classic">
      <single>classic</single>
      <multiple>classics</multiple>
    </term>
    <term name="collection">
      <single>collection</single>
      <multiple>collections</multiple>
    </term>
    <term name="dataset">
      <single>dataset</single>
      <multiple>datasets</multiple>
    </term>
    <term name="document">
      <single>document</single>
      <multiple>documents</multiple>
    </term>
    <term name="entry">
      <single>entry</single>
      <multiple>entries</multiple>
    </term>
    <term name="entry-dictionary">
      <single>dictionary entry</single>
      <multiple>dictionary entries</multiple>
    </term>
    <term name="entry-encyclopedia">
      <single>encyclopedia entry</single>
      <multiple>encyclopedia entries</multiple>
    </term>
    <term name="event">
      <single>event</single>
      <multiple>events</multiple>
    </term>
    <term name="graphic">
      <single>graphic</single>
      <multiple>graphics</multiple>
    </term>
    <term name="hearing">
      <single>hearing</single>
      <multiple>hearings</multiple>
    </term>
    <term name="interview">
      <single>interview</single>
      <multiple>interviews</multiple>
    </term>
    <term name="legal_case">
      <single>legal case</single>
      <multiple>legal cases</multiple>
    </term>
    <term name="legislation">
      <single>legislation</single>
      <multiple>legislation</multiple>
    </term>
    <term name="manuscript">
      <single>manuscript</single>
      <multiple>manuscripts</multiple>
    </term>
    <term name="map">
      <single>map</single>
      <multiple>maps</multiple>
    </term>
    <term name="motion_picture">
      <single>video recording</single>
      <multiple>video recordings</multiple>
    </term>
    <term name="musical_score">
      <single>musical score</single>
      <multiple>musical scores</multiple>
    </term>
    <term name="pamphlet">
      <single>pamphlet</single>
      <multiple>pamphlets</multiple>
    </term>
    <term name="paper-conference">
      <single>conference paper</single>
      <multiple>conference papers</multiple>
    </term>
    <term name="patent">
      <single>patent</single>
      <multiple>patents</multiple>
    </term>
    <term name="performance">
      <single>performance</single>
      <multiple>performances</multiple>
    </term>
    <term name="periodical">
      <single>periodical</single>
      <multiple>periodicals</multiple>
    </term>
    <term name="personal_communication">
      <single>personal communication</single>
      <multiple>personal communications</multiple>
    </term>
    <term name="post">
      <single>post</single>
      <multiple>posts</multiple>
    </term>
    <term name="post-weblog">
      <single>blog post</single>
      <multiple>blog posts</multiple>
    </term>
    <term name="regulation">
      <single>regulation</single>
      <multiple>regulations</multiple>
    </term>
    <term name="report">
      <single>report</single>
      <multiple>reports</multiple>
    </term>
    <term name="review">
      <single>review</single>
      <multiple>reviews</multiple>
    </term>
    <term name="review-book">
      <single>book review</single>
      <multiple>book reviews</multiple>
    </term>
    <term name="software">
      <single>software</single>
      <multiple>software</multiple>
    </term>
    <term name="song">
      <single>audio recording</single>
      <multiple>audio recordings</multiple>
    </term>
    <term name="speech">
      <single>presentation</single>
      <multiple>presentations</multiple>
    </term>
    <term name="standard">
      <single>standard</single>
      <multiple>standards</multiple>
    </term>
    <term name="thesis">
      <single>thesis</single>
      <multiple>theses</multiple>
    </term>
    <term name="treaty">
      <single>treaty</single>
      <multiple>treaties</multiple>
    </term>
    <term name="webpage">
      <single>webpage</single>
      <multiple>webpages</multiple>
    </term>
    <!-- Locators (book, chapter, figure, issue, page, section, supplement, version and volume are also item types or number variables) -->
    <term name="act">
      <single>act</single>
      <multiple>acts</multiple>
    </term>
    <term name="act" form="short">
      <single>act</single>
      <multiple>acts</multiple>
    </term>
    <term name="appendix">
      <single>appendix</single>
      <multiple>appendices</multiple>
    </term>
    <term name="appendix" form="short">
      <single>app.</single>
      <multiple>apps.</multiple>
    </term>
    <term name="article-locator">
      <single>article</single>
      <multiple>articles</multiple>
    </term>
    <term name="article-locator" form="short">
      <single>art.</single>
      <multiple>arts.</multiple>
    </term>
    <term name="book">
      <single>book</single>
      <multiple>books</multiple>
    </term>
    <term name="book" form="short">
      <single>bk.</single>
      <multiple>bks.</multiple>
    </term>
    <term name="canon">
      <single>canon</single>
      <multiple>canons</multiple>
    </term>
    <term name="canon" form="short">
      <single>c.</single>
      <multiple>cc.</multiple>
    </term>
    <term name="chapter">
      <single>chapter</single>
      <multiple>chapters</multiple>
    </term>
    <term name="chapter" form="short">
      <single>chap.</single>
      <multiple>chaps.</multiple>
    </term>
    <term name="column">
      <single>column</single>
      <multiple>columns</multiple>
    </term>
    <term name="column" form="short">
      <single>col.</single>
      <multiple>cols.</multiple>
    </term>
    <term name="elocation">
      <single>location</single>
      <multiple>locations</multiple>
    </term>
    <term name="elocation" form="short">
      <single>loc.</single>
      <multiple>locs.</multiple>
    </term>
    <term name="equation">
      <single>equation</single>
      <multiple>equations</multiple>
    </term>
    <term name="equation" form="short">
      <single>eq.</single>
      <multiple>eqs.</multiple>
    </term>
    <term name="figure">
      <single>figure</single>
      <multiple>figures</multiple>
    </term>
    <term name="figure" form="short">
      <single>fig.</single>
      <multiple>figs.</multiple>
    </term>
    <term name="folio">
      <single>folio</single>
      <multiple>folios</multiple>
    </term>
    <term name="folio" form="short">
      <single>fol.</single>
      <multiple>fols.</multiple>
    </term>
    <term name="issue">
      <single>number</single>
      <multiple>numbers</multiple>
    </term>
    <term name="issue" form="short">
      <single>no.</single>
      <multiple>nos.</multiple>
    </term>
    <term name="line">
      <single>line</single>
      <multiple>lines</multiple>
    </term>
    <term name="line" form="short">
      <single>l.</single>
      <multiple>ll.</multiple>
    </term>
    <term name="note">
      <single>note</single>
      <multiple>notes</multiple>
    </term>
    <term name="note" form="short">
      <single>n.</single>
      <multiple>nn.</multiple>
    </term>
    <term name="opus">
      <single>opus</single>
      <multiple>opera</multiple>
    </term>
    <term name="opus" form="short">
      <single>op.</single>
      <multiple>opp.</multiple>
    </term>
    <term name="page">
      <single>page</single>
      <multiple>pages</multiple>
    </term>
    <term name="page" form="short">
      <single>p.</single>
      <multiple>pp.</multiple>
    </term>
    <term name="paragraph">
      <single>paragraph</single>
      <multiple>paragraphs</multiple>
    </term>
    <term name="paragraph" form="short">
      <single>para.</single>
      <multiple>paras.</multiple>
    </term>
    <term name="paragraph" form="symbol">
      <single>¶</single>
      <multiple>¶¶</multiple>
    </term>
    <term name="part">
      <single>part</single>
      <multiple>parts</multiple>
    </term>
    <term name="part" form="short">
      <single>pt.</single>
      <multiple>pts.</multiple>
    </term>
    <term name="rule">
      <single>rule</single>
      <multiple>rules</multiple>
    </term>
    <term name="rule" form="short">
      <single>r.</single>
      <multiple>rr.</multiple>
    </term>
    <term name="scene">
      <single>scene</single>
      <multiple>scenes</multiple>
    </term>
    <term name="scene" form="short">
      <single>sc.</single>
      <multiple>scs.</multiple>
    </term>
    <term name="section">
      <single>section</single>
      <multiple>sections</multiple>
    </term>
    <term name="section" form="short">
      <single>sec.</single>
      <multiple>secs.</multiple>
    </term>
    <term name="section" form="symbol">
      <single>§</single>
      <multiple>§§</multiple>
    </term>
    <term name="sub-verbo">
      <single>sub verbo</single>
      <multiple>sub verbis</multiple>
    </term>
    <term name="sub-verbo" form="short">
      <single>s.v.</single>
      <multiple>s.vv.</multiple>
    </term>
    <term name="supplement">
      <single>supplement</single>
      <multiple>supplements</multiple>
    </term>
    <term name="supplement" form="short">
      <single>suppl.</single>
      <multiple>suppls.</multiple>
    </term>
    <term name="table">
      <single>table</single>
      <multiple>tables</multiple>
    </term>
    <term name="table" form="short">
      <single>tbl.</single>
      <multiple>tbls.</multiple>
    </term>
    <term name="timestamp">
      <single>timestamp</single>
      <multiple>timestamps</multiple>
    </term>
    <term name="title-locator">
      <single>title</single>
      <multiple>titles</multiple>
    </term>
    <term name="title-locator" form="short">
      <single>tit.</single>
      <multiple>tits.</multiple>
    </term>
    <term name="verse">
      <single>verse</single>
      <multiple>verses</multiple>
    </term>
    <term name="verse" form="short">
      <single>v.</single>
      <multiple>vv.</multiple>
    </term>
    <term name="version">
      <single>version</single>
      <multiple>versions</multiple>
    </term>
    <term name="version" form="short">
      <single>v.</single>
      <multiple>vv.</multiple>
    </term>
    <term name="volume">
      <single>volume</single>
      <multiple>volumes</multiple>
    </term>
    <term name="volume" form="short">
      <single>vol.</single>
      <multiple>vols.</multiple>
    </term>
    <!-- Number variables (edition, issue, page, section, version and volume: see the locators) -->
    <term name="chapter-number">
      <single>chapter</single>
      <multiple>chapters</multiple>
    </term>
    <term name="chapter-number" form="short">
      <single>chap.</single>
      <multiple>chaps.</multiple>
    </term>
    <term name="citation-number">
      <single>citation</single>
      <multiple>citations</multiple>
    </term>
    <term name="citation-number" form="short">
      <single>cit.</single>
      <multiple>cits.</multiple>
    </term>
    <term name="collection-number">
      <single>number</single>
      <multiple>numbers</multiple>
    </term>
    <term name="collection-number" form="short">
      <single>no.</single>
      <multiple>nos.</multiple>
    </term>
    <term name="edition">
      <single>edition</single>
      <multiple>editions</multiple>
    </term>
    <term name="edition" form="short">
      <single>ed.</single>
      <multiple>eds.</multiple>
    </term>
    <term name="first-reference-note-number">
      <single>note</single>
      <multiple>notes</multiple>
    </term>
    <term name="first-reference-note-number" form="short">
      <single>n.</single>
      <multiple>nn.</multiple>
    </term>
    <term name="locator">
      <single>reference</single>
      <multiple>references</multiple>
    </term>
    <term name="locator" form="short">
      <single>ref.</single>
      <multiple>refs.</multiple>
    </term>
    <term name="number">
      <single>number</single>
      <multiple>numbers</multiple>
    </term>
    <term name="number" form="short">
      <single>no.</single>
      <multiple>nos.</multiple>
    </term>
    <term name="number-of-pages">
      <single>page</single>
      <multiple>pages</multiple>
    </term>
    <term name="number-of-pages" form="short">
      <single>p.</single>
      <multiple>pp.</multiple>
    </term>
    <term name="number-of-volumes">
      <single>volume</single>
      <multiple>volumes</multiple>
    </term>
    <term name="number-of-volumes" form="short">
      <single>vol.</single>
      <multiple>vols.</multiple>
    </term>
    <term name="page-first">
      <single>page</single>
      <multiple>pages</multiple>
    </term>
    <term name="page-first" form="short">
      <single>p.</single>
      <multiple>pp.</multiple>
    </term>
    <term name="part-number">
      <single>part</single>
      <multiple>parts</multiple>
    </term>
    <term name="part-number" form="short">
      <single>pt.</single>
      <multiple>pts.</multiple>
    </term>
    <term name="printing-number">
      <single>printing</single>
      <multiple>printings</multiple>
    </term>
    <term name="printing-number" form="short">
      <single>print.</single>
      <multiple>prints.</multiple>
    </term>
    <term name="supplement-number">
      <single>supplement</single>
      <multiple>supplements</multiple>
    </term>
    <term name="supplement-number" form="short">
      <single>suppl.</single>
      <multiple>suppls.</multiple>
    </term>
    <!-- Name variables (no label beside an author's, a recipient's or an interviewer's name: those terms are empty) -->
    <term name="author"/>
    <term name="author" form="short"/>
    <term name="author" form="verb">by</term>
    <term name="author" form="verb-short">by</term>
    <term name="chair">
      <single>chair</single>
      <multiple>chairs</multiple>
    </term>
    <term name="chair" form="short">
      <single>chair</single>
      <multiple>chairs</multiple>
    </term>
    <term name="chair" form="verb">chaired by</term>
    <term name="chair" form="verb-short">chaired by</term>
    <term name="collection-editor">
      <single>series editor</single>
      <multiple>series editors</multiple>
    </term>
    <term name="collection-editor" form="short">
      <single>ser. ed.</single>
      <multiple>ser. eds.</multiple>
    </term>
    <term name="collection-editor" form="verb">edited by</term>
    <term name="collection-editor" form="verb-short">ed. by</term>
    <term name="compiler">
      <single>compiler</single>
      <multiple>compilers</multiple>
    </term>
    <term name="compiler" form="short">
      <single>comp.</single>
      <multiple>comps.</multiple>
    </term>
    <term name="compiler" form="verb">compiled by</term>
    <term name="compiler" form="verb-short">comp. by</term>
    <term name="composer">
      <single>composer</single>
      <multiple>composers</multiple>
    </term>
    <term name="composer" form="short">
      <single>comp.</single>
      <multiple>comps.</multiple>
    </term>
    <term name="composer" form="verb">composed by</term>
    <term name="composer" form="verb-short">comp. by</term>
    <term name="container-author"/>
    <term name="container-author" form="short"/>
    <term name="container-author" form="verb">by</term>
    <term name="container-author" form="verb-short">by</term>
    <term name="contributor">
      <single>contributor</single>
      <multiple>contributors</multiple>
    </term>
    <term name="contributor" form="short">
      <single>contrib.</single>
      <multiple>contribs.</multiple>
    </term>
    <term name="contributor" form="verb">with</term>
    <term name="contributor" form="verb-short">with</term>
    <term name="curator">
      <single>curator</single>
      <multiple>curators</multiple>
    </term>
    <term name="curator" form="short">
      <single>cur.</single>
      <multiple>curs.</multiple>
    </term>
    <term name="curator" form="verb">curated by</term>
    <term name="curator" form="verb-short">cur. by</term>
    <term name="director">
      <single>director</single>
      <multiple>directors</multiple>
    </term>
    <term name="director" form="short">
      <single>dir.</single>
      <multiple>dirs.</multiple>
    </term>
    <term name="director" form="verb">directed by</term>
    <term name="director" form="verb-short">dir. by</term>
    <term name="editor">
      <single>editor</single>
      <multiple>editors</multiple>
    </term>
    <term name="editor" form="short">
      <single>ed.</single>
      <multiple>eds.</multiple>
    </term>
    <term name="editor" form="verb">edited by</term>
    <term name="editor" form="verb-short">ed. by</term>
    <term name="editorial-director">
      <single>editor</single>
      <multiple>editors</multiple>
    </term>
    <term name="editorial-director" form="short">
      <single>ed.</single>
      <multiple>eds.</multiple>
    </term>
    <term name="editorial-director" form="verb">edited by</term>
    <term name="editorial-director" form="verb-short">ed. by</term>
    <term name="editor-translator">
      <single>editor and translator</single>
      <multiple>editors and translators</multiple>
    </term>
    <term name="editor-translator" form="short">
      <single>ed. and trans.</single>
      <multiple>eds. and trans.</multiple>
    </term>
    <term name="editor-translator" form="verb">edited and translated by</term>
    <term name="editor-translator" form="verb-short">ed. and trans. by</term>
    <term name="executive-producer">
      <single>executive producer</single>
      <multiple>executive producers</multiple>
    </term>
    <term name="executive-producer" form="short">
      <single>exec. prod.</single>
      <multiple>exec. prods.</multiple>
    </term>
    <term name="executive-producer" form="verb">executive produced by</term>
    <term name="executive-producer" form="verb-short">exec. prod. by</term>
    <term name="guest">
      <single>guest</single>
      <multiple>guests</multiple>
    </term>
    <term name="guest" form="short">
      <single>guest</single>
      <multiple>guests</multiple>
    </term>
    <term name="guest" form="verb">with guest</term>
    <term name="guest" form="verb-short">with guest</term>
    <term name="host">
      <single>host</single>
      <multiple>hosts</multiple>
    </term>
    <term name="host" form="short">
      <single>host</single>
      <multiple>hosts</multiple>
    </term>
    <term name="host" form="verb">hosted by</term>
    <term name="host" form="verb-short">hosted by</term>
    <term name="illustrator">
      <single>illustrator</single>
      <multiple>illustrators</multiple>
    </term>
    <term name="illustrator" form="short">
      <single>ill.</single>
      <multiple>ills.</multiple>
    </term>
    <term name="illustrator" form="verb">illustrated by</term>
    <term name="illustrator" form="verb-short">illus. by</term>
    <term name="interviewer"/>
    <term name="interviewer" form="short"/>
    <term name="interviewer" form="verb">interviewed by</term>
    <term name="interviewer" form="verb-short">interviewed by</term>
    <term name="narrator">
      <single>narrator</single>
      <multiple>narrators</multiple>
    </term>
    <term name="narrator" form="short">
      <single>narr.</single>
      <multiple>narrs.</multiple>
    </term>
    <term name="narrator" form="verb">narrated by</term>
    <term name="narrator" form="verb-short">narr. by</term>
    <term name="organizer">
      <single>organizer</single>
      <multiple>organizers</multiple>
    </term>
    <term name="organizer" form="short">
      <single>org.</single>
      <multiple>orgs.</multiple>
    </term>
    <term name="organizer" form="verb">organized by</term>
    <term name="organizer" form="verb-short">org. by</term>
    <term name="original-author"/>
    <term name="original-author" form="short"/>
    <term name="original-author" form="verb">by</term>
    <term name="original-author" form="verb-short">by</term>
    <term name="performer">
      <single>performer</single>
      <multiple>performers</multiple>
    </term>
    <term name="performer" form="short">
      <single>perf.</single>
      <multiple>perfs.</multiple>
    </term>
    <term name="performer" form="verb">performed by</term>
    <term name="performer" form="verb-short">perf. by</term>
    <term name="producer">
      <single>producer</single>
      <multiple>producers</multiple>
    </term>
    <term name="producer" form="short">
      <single>prod.</single>
      <multiple>prods.</multiple>
    </term>
    <term name="producer" form="verb">produced by</term>
    <term name="producer" form="verb-short">prod. by</term>
    <term name="recipient"/>
    <term name="recipient" form="short"/>
    <term name="recipient" form="verb">to</term>
    <term name="recipient" form="verb-short">to</term>
    <term name="reviewed-author"/>
    <term name="reviewed-author" form="short"/>
    <term name="reviewed-author" form="verb">by</term>
    <term name="reviewed-author" form="verb-short">by</term>
    <term name="script-writer">
      <single>writer</single>
      <multiple>writers</multiple>
    </term>
    <term name="script-writer" form="short">
      <single>writ.</single>
      <multiple>writs.</multiple>
    </term>
    <term name="script-writer" form="verb">written by</term>
    <term name="script-writer" form="verb-short">writ. by</term>
    <term name="series-creator">
      <single>series creator</single>
      <multiple>series creators</multiple>
    </term>
    <term name="series-creator" form="short">
      <single>cre.</single>
      <multiple>cres.</multiple>
    </term>
    <term name="series-creator" form="verb">created by</term>
    <term name="series-creator" form="verb-short">cre. by</term>
    <term name="translator">
      <single>translator</single>
      <multiple>translators</multiple>
    </term>
    <term name="translator" form="short">
      <single>trans.</single>
      <multiple>trans.</multiple>
    </term>
    <term name="translator" form="verb">translated by</term>
    <term name="translator" form="verb-short">trans. by</term>
    <term name="editortranslator">
      <single>editor and translator</single>
      <multiple>editors and translators</multiple>
    </term>
    <term name="editortranslator" form="short">
      <single>ed. and trans.</single>
      <multiple>eds. and trans.</multiple>
    </term>
    <term name="editortranslator" form="verb">edited and translated by</term>
    <term name="editortranslator" form="verb-short">ed. and trans. by</term>
    <!-- Months -->
    <term name="month-01">January</term>
    <term name="month-01" form="short">Jan.</term>
    <term name="month-02">February</term>
    <term name="month-02" form="short">Feb.</term>
    <term name="month-03">March</term>
    <term name="month-03" form="short">Mar.</term>
    <term name="month-04">April</term>
    <term name="month-04" form="short">Apr.</term>
    <term name="month-05">May</term>
    <term name="month-05" form="short">May</term>
    <term name="month-06">June</term>
    <term name="month-06" form="short">June</term>
    <term name="month-07">July</term>
    <term name="month-07" form="short">July</term>
    <term name="month-08">August</term>
    <term name="month-08" form="short">Aug.</term>
    <term name="month-09">September</term>
    <term name="month-09" form="short">Sept.</term>
    <term name="month-10">October</term>
    <term name="month-10" form="short">Oct.</term>
    <term name="month-11">November</term>
    <term name="month-11" form="short">Nov.</term>
    <term name="month-12">December</term>
    <term name="month-12" form="short">Dec.</term>
    <!-- Seasons -->
    <term name="season-01">Spring</term>
    <term name="season-02">Summer</term>
    <term name="season-03">Autumn</term>
    <term name="season-04">Winter</term>
    <!-- Punctuation -->
    <term name="open-quote">“</term>
    <term name="close-quote">”</term>
    <term name="open-inner-quote">‘</term>
    <term name="close-inner-quote">’</term>
    <term name="page-range-delimiter">–</term>
    <term name="colon">:</term>
    <term name="comma">,</term>
    <term name="semicolon">;</term>
    <!-- Ordinals: "th" by default; 1st, 2nd, 3rd, but 11th, 12th, 13th -->
    <term name="ordinal">th</term>
    <term name="ordinal-01">st</term>
    <term name="ordinal-02">nd</term>
    <term name="ordinal-03">rd</term>
    <term name="ordinal-11">th</term>
    <term name="ordinal-12">th</term>
    <term name="ordinal-13">th</term>
    <term name="long-ordinal-01">first</term>
    <term name="long-ordinal-02">second</term>
    <term name="long-ordinal-03">third</term>
    <term name="long-ordinal-04">fourth</term>
    <term name="long-ordinal-05">fifth</term>
    <term name="long-ordinal-06">sixth</term>
    <term name="long-ordinal-07">seventh</term>
    <term name="long-ordinal-08">eighth</term>
    <term name="long-ordinal-09">ninth</term>
    <term name="long-ordinal-10">tenth</term>
  </terms>
</locale>

"""#,
    ]

    /// The file each built-in came from, relative to the package root (for messages and tests).
    public static let sourceFiles: [String: String] = [
        "archival": "Sources/Citations/BuiltIn/archival.csl",
        "en-US": "Sources/Citations/BuiltIn/locales-en-US.xml",
    ]
}
