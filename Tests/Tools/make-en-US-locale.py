# Writes Crosswalk's own en-US CSL locale (Sources/Crosswalk/Citing/BuiltIn/locales-en-US.xml) from the
# tables below, which were written for this project. Run it, then python3 Tests/Tools/embed-citations.py.
from xml.sax.saxutils import escape
T = []  # (name, form, single, multiple, extra-attrs)
def t(name, single, multiple=None, form=None, **kw):
    T.append((name, form, single, multiple, kw))
# Miscellaneous
for n, s in [("accessed","accessed"),("ad","AD"),("advance-online-publication","advance online publication"),("album","album"),
             ("and","and"),("and others","and others"),("anonymous","anonymous"),("at","at"),("audio-recording","audio recording"),
             ("available at","available at"),("bc","BC"),("bce","BCE"),("by","by"),("ce","CE"),("circa","circa"),("cited","cited"),
             ("et-al","et al."),("film","film"),("forthcoming","forthcoming"),("from","from"),("henceforth","henceforth"),
             ("ibid","ibid."),("in","in"),("in press","in press"),("internet","internet"),("letter","letter"),("loc-cit","loc. cit."),
             ("no date","no date"),("no-place","no place"),("no-publisher","no publisher"),("on","on"),("online","online"),
             ("op-cit","op. cit."),("original-work-published","original work published"),("personal-communication","personal communication"),
             ("podcast","podcast"),("podcast-episode","podcast episode"),("preprint","preprint"),("presented at","presented at the"),
             ("radio-broadcast","radio broadcast"),("radio-series","radio series"),("radio-series-episode","radio series episode"),
             ("reference","reference"),("retrieved","retrieved"),("review-of","review of"),("scale","scale"),("special-issue","special issue"),
             ("special-section","special section"),("television-broadcast","television broadcast"),("television-series","television series"),
             ("television-series-episode","television series episode"),("video","video"),("working-paper","working paper")]:
    t(n, s)
t("reference", "ref.", "refs.", form="short"); t("circa", "c.", form="short"); t("no date", "n.d.", form="short")
t("no-place", "n.p.", form="short"); t("no-publisher", "n.p.", form="short"); t("anonymous", "anon.", form="short")
t("edition", "edition", "editions"); t("edition", "ed.", "eds.", form="short")
# Punctuation
for n, s in [("open-quote","\u201c"),("close-quote","\u201d"),("open-inner-quote","\u2018"),("close-inner-quote","\u2019"),
             ("page-range-delimiter","\u2013"),("colon",":"),("comma",","),("semicolon",";")]:
    t(n, s)
# Ordinals
t("ordinal", "th"); t("ordinal-01", "st", match="last-digit"); t("ordinal-02", "nd", match="last-digit")
t("ordinal-03", "rd", match="last-digit"); t("ordinal-11", "th", match="last-two-digits")
t("ordinal-12", "th", match="last-two-digits"); t("ordinal-13", "th", match="last-two-digits")
for i, w in enumerate(["first","second","third","fourth","fifth","sixth","seventh","eighth","ninth","tenth"], 1):
    t("long-ordinal-%02d" % i, w)
# Types (the nouns historians meet in notes)
types = [("article","preprint","preprints"),("article-journal","journal article","journal articles"),("article-magazine","magazine article","magazine articles"),
 ("article-newspaper","newspaper article","newspaper articles"),("bill","bill","bills"),("book","book","books"),("broadcast","broadcast","broadcasts"),
 ("chapter","chapter","chapters"),("classic","classic","classics"),("collection","collection","collections"),("dataset","dataset","datasets"),
 ("document","document","documents"),("entry","entry","entries"),("entry-dictionary","dictionary entry","dictionary entries"),
 ("entry-encyclopedia","encyclopedia entry","encyclopedia entries"),("event","event","events"),("figure","figure","figures"),("graphic","graphic","graphics"),
 ("hearing","hearing","hearings"),("interview","interview","interviews"),("legal_case","legal case","legal cases"),("legislation","law","laws"),
 ("manuscript","manuscript","manuscripts"),("map","map","maps"),("motion_picture","video recording","video recordings"),
 ("musical_score","musical score","musical scores"),("pamphlet","pamphlet","pamphlets"),("paper-conference","conference paper","conference papers"),
 ("patent","patent","patents"),("performance","performance","performances"),("periodical","periodical","periodicals"),
 ("personal_communication","personal communication","personal communications"),("post","post","posts"),("post-weblog","blog post","blog posts"),
 ("regulation","regulation","regulations"),("report","report","reports"),("review","review","reviews"),("review-book","book review","book reviews"),
 ("software","software","software"),("song","audio recording","audio recordings"),("speech","presentation","presentations"),
 ("standard","standard","standards"),("thesis","thesis","theses"),("treaty","treaty","treaties"),("webpage","webpage","webpages")]
for n, s, m in types: t(n, s, m)
for n, s, m in [("article-journal","journal art.","journal arts."),("article-magazine","mag. art.","mag. arts."),("article-newspaper","newspaper art.","newspaper arts."),
                ("book","bk.","bks."),("chapter","chap.","chaps."),("document","doc.","docs."),("figure","fig.","figs."),("graphic","graph.","graphs."),
                ("interview","interv.","intervs."),("manuscript","MS","MSS"),("motion_picture","video rec.","video recs."),("report","rep.","reps."),
                ("review","rev.","revs."),("review-book","bk. rev.","bk. revs."),("song","audio rec.","audio recs.")]:
    t(n, s, m, form="short")
# Locators (long, short, symbol)
loc = [("act","act","acts","act","acts"),("appendix","appendix","appendices","app.","apps."),("article-locator","article","articles","art.","arts."),
 ("book","book","books","bk.","bks."),("canon","canon","canons","c.","cc."),("chapter","chapter","chapters","chap.","chaps."),
 ("column","column","columns","col.","cols."),("elocation","location","locations","loc.","locs."),("equation","equation","equations","eq.","eqs."),
 ("figure","figure","figures","fig.","figs."),("folio","folio","folios","fol.","fols."),("issue","issue","issues","no.","nos."),
 ("line","line","lines","l.","ll."),("note","note","notes","n.","nn."),("opus","opus","opera","op.","opp."),("page","page","pages","p.","pp."),
 ("paragraph","paragraph","paragraphs","para.","paras."),("part","part","parts","pt.","pts."),("rule","rule","rules","r.","rr."),
 ("scene","scene","scenes","sc.","scs."),("section","section","sections","sec.","secs."),("sub-verbo","sub verbo","sub verbis","s.v.","s.vv."),
 ("supplement","supplement","supplements","supp.","supps."),("table","table","tables","tbl.","tbls."),("timestamp","",None,"",None),
 ("title-locator","title","titles","tit.","tits."),("verse","verse","verses","v.","vv."),("version","version","versions","v.","v."),
 ("volume","volume","volumes","vol.","vols.")]
for n, s, m, ss, sm in loc:
    t(n, s, m); t(n, ss, sm, form="short")
t("paragraph", "¶", "¶¶", form="symbol"); t("section", "§", "§§", form="symbol")
# Number variables without a locator of the same name
for n, s, m, ss, sm in [("chapter-number","chapter","chapters","chap.","chaps."),("citation-number","citation","citations","cit.","cits."),
    ("collection-number","number","numbers","no.","nos."),("first-reference-note-number","note","notes","n.","nn."),
    ("number","number","numbers","no.","nos."),("number-of-pages","page","pages","p.","pp."),("number-of-volumes","volume","volumes","vol.","vols."),
    ("page-first","page","pages","p.","pp."),("part-number","part","parts","pt.","pts."),("printing-number","printing","printings","print.","prints."),
    ("supplement-number","supplement","supplements","supp.","supps.")]:
    t(n, s, m); t(n, ss, sm, form="short")
# Name variables: noun (role), short noun, verb, short verb
roles = [("author","author","authors","auth.","auths.","by","by"),("chair","chair","chairs","chair","chairs","chaired by","chaired by"),
 ("collection-editor","editor","editors","ed.","eds.","edited by","ed."),("compiler","compiler","compilers","comp.","comps.","compiled by","comp. by"),
 ("composer","composer","composers","comp.","comps.","composed by","comp. by"),("container-author","author","authors","auth.","auths.","by","by"),
 ("contributor","contributor","contributors","contrib.","contribs.","with","with"),("curator","curator","curators","cur.","curs.","curated by","cur. by"),
 ("director","director","directors","dir.","dirs.","directed by","dir. by"),("editor","editor","editors","ed.","eds.","edited by","ed."),
 ("editorial-director","editor","editors","ed.","eds.","edited by","ed."),("editor-translator","editor & translator","editors & translators","ed. & tran.","eds. & trans.","edited & translated by","ed. & trans. by"),
 ("executive-producer","executive producer","executive producers","exec. prod.","exec. prods.","executive produced by","exec. prod. by"),
 ("guest","guest","guests","guest","guests","with guest","with guest"),("host","host","hosts","host","hosts","hosted by","hosted by"),
 ("illustrator","illustrator","illustrators","ill.","ills.","illustrated by","illus. by"),("interviewer","interviewer","interviewers","interv.","intervs.","interviewed by","interviewed by"),
 ("narrator","narrator","narrators","narr.","narrs.","narrated by","narr. by"),("organizer","organizer","organizers","org.","orgs.","organized by","org. by"),
 ("original-author","author","authors","auth.","auths.","by","by"),("performer","performer","performers","perf.","perfs.","performed by","perf. by"),
 ("producer","producer","producers","prod.","prods.","produced by","prod. by"),("recipient","recipient","recipients","recip.","recips.","to","to"),
 ("reviewed-author","author","authors","auth.","auths.","by","by"),("script-writer","writer","writers","writ.","writs.","written by","writ. by"),
 ("series-creator","creator","creators","cre.","cres.","created by","cre. by"),("translator","translator","translators","tran.","trans.","translated by","trans.")]
# English styles put no label beside the name of an author, a recipient or an interviewer
# ("Mao, Zedong", never "Mao, Zedong, auth."): those nouns are defined empty.
unlabelled = {"author", "container-author", "interviewer", "original-author", "recipient", "reviewed-author"}
for n, s, m, ss, sm, v, vs in roles:
    if n in unlabelled:
        t(n, ""); t(n, "", form="short")
    else:
        t(n, s, m); t(n, ss, sm, form="short")
    t(n, v, form="verb"); t(n, vs, form="verb-short")
t("container-author", "by", form="verb"); 
# Months and seasons
months = ["January","February","March","April","May","June","July","August","September","October","November","December"]
for i, m in enumerate(months, 1):
    t("month-%02d" % i, m); t("month-%02d" % i, m if len(m) <= 4 else m[:3] + ".", form="short")
for i, s in enumerate(["spring","summer","autumn","winter"], 1): t("season-%02d" % i, s)

seen = set(); out = []
for name, form, s, m, kw in T:
    key = (name, form or "long")
    if key in seen: continue
    seen.add(key)
    attrs = f' name="{escape(name)}"' + (f' form="{form}"' if form else "") + "".join(f' {k}="{v}"' for k, v in kw.items())
    if m is None:
        out.append(f"    <term{attrs}>{escape(s)}</term>" if s else f"    <term{attrs}/>")
    else:
        out.append(f"    <term{attrs}>\n      <single>{escape(s)}</single>\n      <multiple>{escape(m)}</multiple>\n    </term>")
xml = '''<?xml version="1.0" encoding="utf-8"?>
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
''' + "\n".join(out) + '''
  </terms>
</locale>
'''
import pathlib
open(pathlib.Path(__file__).resolve().parents[2] / "Sources/Crosswalk/Citing/BuiltIn/locales-en-US.xml", "w").write(xml)
print(len(seen), "terms")
