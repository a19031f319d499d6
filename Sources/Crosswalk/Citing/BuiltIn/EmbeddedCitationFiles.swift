// GENERATED FILE: DO NOT EDIT.
// Made by `python3 Tests/Tools/embed-citations.py` from Sources/Crosswalk/Citing/BuiltIn/*.csl and locales-*.xml.

/// Crosswalk's own CSL styles and locales, compiled in so that citing needs nothing installed.
public enum EmbeddedCitationFiles {
    /// Styles by name (the file name without `.csl`).
    public static let styles: [String: String] = [
        "archival": #"""
<?xml version="1.0" encoding="utf-8"?>
<!-- Crosswalk's own style, written for this project (MIT, see LICENSE): Chicago-style notes and
     bibliography for archival documents. A document is cited as archivists cite it: who wrote to whom,
     the title (or, without one, the genre), the date, then where the original is (the reference
     within the archive: fonds, opis, delo, folio; the archive; its place), then where it can be read
     (the digital collection, its publisher, the URL). Books, chapters and articles fall back to
     Chicago's usual forms, so that secondary literature cites too. -->
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" demote-non-dropping-particle="display-and-sort" page-range-format="chicago">
  <info>
    <title>Archival documents (Chicago-style notes and bibliography)</title>
    <id>urn:crosswalk:styles:archival</id>
    <author><name>Crosswalk</name></author>
    <category citation-format="note"/>
    <category field="history"/>
    <summary>Letters, telegrams, records of conversation, memoranda and minutes, with the archive, the reference within it, and the digital collection.</summary>
    <updated>2026-12-04T00:00:00+00:00</updated>
  </info>
  <!-- Who: the author, else an editor or translator. -->
  <macro name="author-note">
    <names variable="author">
      <name and="text" delimiter=", " delimiter-precedes-last="never"/>
      <substitute>
        <names variable="editor"/>
        <names variable="translator"/>
      </substitute>
    </names>
  </macro>
  <macro name="author-bib">
    <names variable="author">
      <name and="text" delimiter=", " delimiter-precedes-last="after-inverted-name" name-as-sort-order="first" sort-separator=", "/>
      <substitute>
        <names variable="editor"/>
        <names variable="translator"/>
      </substitute>
    </names>
  </macro>
  <macro name="recipient">
    <names variable="recipient" prefix="to ">
      <name and="text" delimiter=", " delimiter-precedes-last="never"/>
    </names>
  </macro>
  <macro name="from-to">
    <group delimiter=" ">
      <text macro="author-note"/>
      <text macro="recipient"/>
    </group>
  </macro>
  <!-- The bibliography's descriptive line: "Telegram to I.V. Stalin, January 27, 1951". -->
  <macro name="description-bib">
    <group delimiter=", " text-case="capitalize-first">
      <group delimiter=" ">
        <text variable="genre" text-case="lowercase"/>
        <text macro="recipient"/>
      </group>
      <text macro="date"/>
    </group>
  </macro>
  <!-- What: the title, in quotes for a document, in italics for a book; the genre when there is no title. -->
  <macro name="title">
    <choose>
      <if type="book report thesis map dataset software" match="any">
        <text variable="title" font-style="italic"/>
      </if>
      <else-if variable="title">
        <text variable="title" quotes="true"/>
      </else-if>
      <else>
        <text variable="genre" text-case="lowercase"/>
      </else>
    </choose>
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
  <!-- Where the original is: the reference within the archive (fonds, opis, delo, folio; box and folder),
       the collection in the archive, the archive, and its place. -->
  <macro name="repository">
    <group delimiter=", ">
      <text variable="archive_location"/>
      <text variable="archive_collection"/>
      <text variable="archive"/>
      <text variable="archive-place"/>
    </group>
  </macro>
  <!-- In a note, the pinpoint (a folio, a page) follows the reference within the archive, with its label:
       "f. 45, op. 1, d. 334, l. 98, Archive of the President of the Russian Federation". -->
  <macro name="repository-pinpoint">
    <group delimiter=", ">
      <text variable="archive_location"/>
      <group delimiter=" ">
        <label variable="locator" form="short"/>
        <text variable="locator"/>
      </group>
      <text variable="archive_collection"/>
      <text variable="archive"/>
      <text variable="archive-place"/>
    </group>
  </macro>
  <!-- Where it can be read: the digital collection, its publisher, the URL. -->
  <macro name="online">
    <group delimiter=", ">
      <text variable="collection-title"/>
      <text variable="publisher"/>
      <text variable="URL"/>
    </group>
  </macro>
  <!-- Secondary literature, as Chicago writes it. -->
  <macro name="editors">
    <names variable="editor translator" delimiter=", ">
      <label form="verb" suffix=" "/>
      <name and="text" delimiter=", " delimiter-precedes-last="never"/>
    </names>
  </macro>
  <!-- "Journal 5, no. 2 (1995)" -->
  <macro name="journal">
    <group delimiter=" ">
      <group delimiter=", ">
        <group delimiter=" ">
          <text variable="container-title" font-style="italic"/>
          <text variable="volume"/>
        </group>
        <group delimiter=" ">
          <text term="issue" form="short"/>
          <text variable="issue"/>
        </group>
      </group>
      <date variable="issued" prefix="(" suffix=")">
        <date-part name="year"/>
      </date>
    </group>
  </macro>
  <!-- "Place: Publisher, 2004" -->
  <macro name="imprint">
    <group delimiter=", ">
      <group delimiter=": ">
        <text variable="publisher-place"/>
        <text variable="publisher"/>
      </group>
      <date variable="issued">
        <date-part name="year"/>
      </date>
    </group>
  </macro>
  <!-- "in Book, edited by E" -->
  <macro name="in-book">
    <group delimiter=", ">
      <group delimiter=" ">
        <text term="in"/>
        <text variable="container-title" font-style="italic"/>
      </group>
      <text macro="editors"/>
    </group>
  </macro>
  <macro name="sort-key">
    <choose>
      <if variable="author editor translator" match="any">
        <text macro="author-bib"/>
      </if>
      <else>
        <text variable="title"/>
      </else>
    </choose>
  </macro>
  <citation et-al-min="4" et-al-use-first="1">
    <layout suffix="." delimiter="; ">
      <choose>
        <if type="article-journal article-magazine article-newspaper" match="any">
          <group delimiter=", ">
            <text macro="author-note"/>
            <text macro="title"/>
            <group delimiter=": ">
              <text macro="journal"/>
              <choose>
                <if variable="locator">
                  <text variable="locator"/>
                </if>
                <else>
                  <text variable="page"/>
                </else>
              </choose>
            </group>
            <text variable="URL"/>
          </group>
        </if>
        <else-if type="chapter paper-conference entry-encyclopedia entry-dictionary" match="any">
          <group delimiter=", ">
            <text macro="author-note"/>
            <text macro="title"/>
            <group delimiter=" ">
              <text macro="in-book"/>
              <text macro="imprint" prefix="(" suffix=")"/>
            </group>
            <text variable="locator"/>
            <text variable="URL"/>
          </group>
        </else-if>
        <else-if type="book report thesis" match="any">
          <group delimiter=", ">
            <text macro="author-note"/>
            <group delimiter=" ">
              <text macro="title"/>
              <text macro="imprint" prefix="(" suffix=")"/>
            </group>
            <text variable="locator"/>
            <text variable="URL"/>
          </group>
        </else-if>
        <else>
          <group delimiter=", ">
            <text macro="from-to"/>
            <text macro="title"/>
            <text macro="date"/>
            <text macro="repository-pinpoint"/>
            <text macro="online"/>
          </group>
        </else>
      </choose>
    </layout>
  </citation>
  <bibliography et-al-min="8" et-al-use-first="7" hanging-indent="true" entry-spacing="0">
    <sort>
      <key macro="sort-key"/>
      <key variable="issued"/>
      <key variable="title"/>
    </sort>
    <layout suffix=".">
      <choose>
        <if type="article-journal article-magazine article-newspaper" match="any">
          <group delimiter=". ">
            <text macro="author-bib"/>
            <text macro="title"/>
            <group delimiter=": ">
              <text macro="journal"/>
              <text variable="page"/>
            </group>
            <text variable="URL"/>
          </group>
        </if>
        <else-if type="chapter paper-conference entry-encyclopedia entry-dictionary" match="any">
          <group delimiter=". ">
            <text macro="author-bib"/>
            <text macro="title"/>
            <group delimiter=", " text-case="capitalize-first">
              <text macro="in-book"/>
              <text variable="page"/>
            </group>
            <text macro="imprint"/>
            <text variable="URL"/>
          </group>
        </else-if>
        <else-if type="book report thesis" match="any">
          <group delimiter=". ">
            <text macro="author-bib"/>
            <text macro="title"/>
            <text macro="imprint"/>
            <text variable="URL"/>
          </group>
        </else-if>
        <else>
          <group delimiter=". ">
            <text macro="author-bib"/>
            <text macro="title"/>
            <text macro="description-bib"/>
            <text macro="repository" text-case="capitalize-first"/>
            <text macro="online"/>
          </group>
        </else>
      </choose>
    </layout>
  </bibliography>
</style>

"""#,
    ]

    /// Locales by language tag (`en-US`).
    public static let locales: [String: String] = [
        "en-US": #"""
<?xml version="1.0" encoding="utf-8"?>
<!-- Crosswalk's own en-US locale for CSL 1.0.2, written for this project (MIT, see LICENSE). It is what
     `crosswalk cite` falls back to when no locale is installed (Debian: citation-style-language-locales). -->
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="en-US">
  <info>
    <translator><name>Crosswalk</name></translator>
    <updated>2026-12-04T00:00:00+00:00</updated>
  </info>
  <style-options punctuation-in-quote="true"/>
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
    <term name="accessed">accessed</term>
    <term name="ad">AD</term>
    <term name="advance-online-publication">advance online publication</term>
    <term name="album">album</term>
    <term name="and">and</term>
    <term name="and others">and others</term>
    <term name="anonymous">anonymous</term>
    <term name="at">at</term>
    <term name="audio-recording">audio recording</term>
    <term name="available at">available at</term>
    <term name="bc">BC</term>
    <term name="bce">BCE</term>
    <term name="by">by</term>
    <term name="ce">CE</term>
    <term name="circa">circa</term>
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
    <term name="no date">no date</term>
    <term name="no-place">no place</term>
    <term name="no-publisher">no publisher</term>
    <term name="on">on</term>
    <term name="online">online</term>
    <term name="op-cit">op. cit.</term>
    <term name="original-work-published">original work published</term>
    <term name="personal-communication">personal communication</term>
    <term name="podcast">podcast</term>
    <term name="podcast-episode">podcast episode</term>
    <term name="preprint">preprint</term>
    <term name="presented at">presented at the</term>
    <term name="radio-broadcast">radio broadcast</term>
    <term name="radio-series">radio series</term>
    <term name="radio-series-episode">radio series episode</term>
    <term name="reference">reference</term>
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
    <term name="reference" form="short">
      <single>ref.</single>
      <multiple>refs.</multiple>
    </term>
    <term name="circa" form="short">c.</term>
    <term name="no date" form="short">n.d.</term>
    <term name="no-place" form="short">n.p.</term>
    <term name="no-publisher" form="short">n.p.</term>
    <term name="anonymous" form="short">anon.</term>
    <term name="edition">
      <single>edition</single>
      <multiple>editions</multiple>
    </term>
    <term name="edition" form="short">
      <single>ed.</single>
      <multiple>eds.</multiple>
    </term>
    <term name="open-quote">“</term>
    <term name="close-quote">”</term>
    <term name="open-inner-quote">‘</term>
    <term name="close-inner-quote">’</term>
    <term name="page-range-delimiter">–</term>
    <term name="colon">:</term>
    <term name="comma">,</term>
    <term name="semicolon">;</term>
    <term name="ordinal">th</term>
    <term name="ordinal-01" match="last-digit">st</term>
    <term name="ordinal-02" match="last-digit">nd</term>
    <term name="ordinal-03" match="last-digit">rd</term>
    <term name="ordinal-11" match="last-two-digits">th</term>
    <term name="ordinal-12" match="last-two-digits">th</term>
    <term name="ordinal-13" match="last-two-digits">th</term>
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
    <term name="book">
      <single>book</single>
      <multiple>books</multiple>
    </term>
    <term name="broadcast">
      <single>broadcast</single>
      <multiple>broadcasts</multiple>
    </term>
    <term name="chapter">
      <single>chapter</single>
      <multiple>chapters</multiple>
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
    <term name="figure">
      <single>figure</single>
      <multiple>figures</multiple>
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
      <single>law</single>
      <multiple>laws</multiple>
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
    <term name="article-journal" form="short">
      <single>journal art.</single>
      <multiple>journal arts.</multiple>
    </term>
    <term name="article-magazine" form="short">
      <single>mag. art.</single>
      <multiple>mag. arts.</multiple>
    </term>
    <term name="article-newspaper" form="short">
      <single>newspaper art.</single>
      <multiple>newspaper arts.</multiple>
    </term>
    <term name="book" form="short">
      <single>bk.</single>
      <multiple>bks.</multiple>
    </term>
    <term name="chapter" form="short">
      <single>chap.</single>
      <multiple>chaps.</multiple>
    </term>
    <term name="document" form="short">
      <single>doc.</single>
      <multiple>docs.</multiple>
    </term>
    <term name="figure" form="short">
      <single>fig.</single>
      <multiple>figs.</multiple>
    </term>
    <term name="graphic" form="short">
      <single>graph.</single>
      <multiple>graphs.</multiple>
    </term>
    <term name="interview" form="short">
      <single>interv.</single>
      <multiple>intervs.</multiple>
    </term>
    <term name="manuscript" form="short">
      <single>MS</single>
      <multiple>MSS</multiple>
    </term>
    <term name="motion_picture" form="short">
      <single>video rec.</single>
      <multiple>video recs.</multiple>
    </term>
    <term name="report" form="short">
      <single>rep.</single>
      <multiple>reps.</multiple>
    </term>
    <term name="review" form="short">
      <single>rev.</single>
      <multiple>revs.</multiple>
    </term>
    <term name="review-book" form="short">
      <single>bk. rev.</single>
      <multiple>bk. revs.</multiple>
    </term>
    <term name="song" form="short">
      <single>audio rec.</single>
      <multiple>audio recs.</multiple>
    </term>
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
    <term name="canon">
      <single>canon</single>
      <multiple>canons</multiple>
    </term>
    <term name="canon" form="short">
      <single>c.</single>
      <multiple>cc.</multiple>
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
    <term name="folio">
      <single>folio</single>
      <multiple>folios</multiple>
    </term>
    <term name="folio" form="short">
      <single>fol.</single>
      <multiple>fols.</multiple>
    </term>
    <term name="issue">
      <single>issue</single>
      <multiple>issues</multiple>
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
      <single>supp.</single>
      <multiple>supps.</multiple>
    </term>
    <term name="table">
      <single>table</single>
      <multiple>tables</multiple>
    </term>
    <term name="table" form="short">
      <single>tbl.</single>
      <multiple>tbls.</multiple>
    </term>
    <term name="timestamp"/>
    <term name="timestamp" form="short"/>
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
      <multiple>v.</multiple>
    </term>
    <term name="volume">
      <single>volume</single>
      <multiple>volumes</multiple>
    </term>
    <term name="volume" form="short">
      <single>vol.</single>
      <multiple>vols.</multiple>
    </term>
    <term name="paragraph" form="symbol">
      <single>¶</single>
      <multiple>¶¶</multiple>
    </term>
    <term name="section" form="symbol">
      <single>§</single>
      <multiple>§§</multiple>
    </term>
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
    <term name="first-reference-note-number">
      <single>note</single>
      <multiple>notes</multiple>
    </term>
    <term name="first-reference-note-number" form="short">
      <single>n.</single>
      <multiple>nn.</multiple>
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
      <single>supp.</single>
      <multiple>supps.</multiple>
    </term>
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
      <single>editor</single>
      <multiple>editors</multiple>
    </term>
    <term name="collection-editor" form="short">
      <single>ed.</single>
      <multiple>eds.</multiple>
    </term>
    <term name="collection-editor" form="verb">edited by</term>
    <term name="collection-editor" form="verb-short">ed.</term>
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
    <term name="editor" form="verb-short">ed.</term>
    <term name="editorial-director">
      <single>editor</single>
      <multiple>editors</multiple>
    </term>
    <term name="editorial-director" form="short">
      <single>ed.</single>
      <multiple>eds.</multiple>
    </term>
    <term name="editorial-director" form="verb">edited by</term>
    <term name="editorial-director" form="verb-short">ed.</term>
    <term name="editor-translator">
      <single>editor &amp; translator</single>
      <multiple>editors &amp; translators</multiple>
    </term>
    <term name="editor-translator" form="short">
      <single>ed. &amp; tran.</single>
      <multiple>eds. &amp; trans.</multiple>
    </term>
    <term name="editor-translator" form="verb">edited &amp; translated by</term>
    <term name="editor-translator" form="verb-short">ed. &amp; trans. by</term>
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
      <single>creator</single>
      <multiple>creators</multiple>
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
      <single>tran.</single>
      <multiple>trans.</multiple>
    </term>
    <term name="translator" form="verb">translated by</term>
    <term name="translator" form="verb-short">trans.</term>
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
    <term name="month-09" form="short">Sep.</term>
    <term name="month-10">October</term>
    <term name="month-10" form="short">Oct.</term>
    <term name="month-11">November</term>
    <term name="month-11" form="short">Nov.</term>
    <term name="month-12">December</term>
    <term name="month-12" form="short">Dec.</term>
    <term name="season-01">spring</term>
    <term name="season-02">summer</term>
    <term name="season-03">autumn</term>
    <term name="season-04">winter</term>
  </terms>
</locale>

"""#,
    ]
}
