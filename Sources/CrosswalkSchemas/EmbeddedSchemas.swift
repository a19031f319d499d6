// GENERATED FILE: DO NOT EDIT.
// Made by `python3 Tests/Tools/embed-schemas.py` from the files in Schemas/.
// Edit the .xsd files there and run the script again; the SchemaTests fail while this file is stale.

/// The XML Schemas of `Schemas/`, compiled into the module so that an installed binary
/// can validate without the source tree.
///
/// The schemas import one another by relative `schemaLocation` ("xml.xsd", "simpledc.xsd", ...),
/// so write all of ``files`` into one directory (or resolve those names from this table)
/// before loading a root schema.
public enum EmbeddedSchemas {
    /// Every schema file, by file name, with its exact content.
    public static let files: [String: String] = [
        "OAI-PMH.xsd": #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  Crosswalk: responses of the Open Archives Initiative Protocol for
  Metadata Harvesting, version 2.0 (namespace
  http://www.openarchives.org/OAI/2.0/).

  Written for Crosswalk from "The Open Archives Initiative Protocol for
  Metadata Harvesting, Protocol Version 2.0 of 2002-06-14": section 3.2
  (XML Response Format), 3.3 (UTCdatetime), 3.4 (metadataPrefix), 3.5
  (Flow Control), 3.6 (Error and Exception Conditions) and section 4
  (the six requests and their responses). It is not a copy of the schema
  published by the OAI.

  Where the specification is stricter than what repositories really send,
  this schema leans towards accepting real harvests:
    * responseDate and resumptionToken/@expirationDate accept any
      xs:dateTime, not only the UTC form the specification asks for;
    * datestamps (header/datestamp, Identify/earliestDatestamp,
      request/@from and request/@until) accept a UTC date-time (ending
      in Z, fractional seconds allowed) or a plain date (YYYY-MM-DD,
      optionally with Z), the two granularities of section 3.3. Dates
      and times with any other zone offset are refused, as not UTC.

  Record metadata, "about" containers and descriptions are elements from
  other namespaces, validated laxly: an element this schema set knows is
  checked against its declaration, anything else is accepted unchecked.
  oai_dc.xsd is imported so that an oai_dc:dc record is always checked
  strictly (no stray text, no foreign elements).
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:oai="http://www.openarchives.org/OAI/2.0/"
           targetNamespace="http://www.openarchives.org/OAI/2.0/"
           elementFormDefault="qualified"
           attributeFormDefault="unqualified"
           xml:lang="en">

  <xs:import namespace="http://www.openarchives.org/OAI/2.0/oai_dc/"
             schemaLocation="oai_dc.xsd"/>

  <!-- ================================================================
       The response document (section 3.2): the date of the response,
       the request it answers, then either the errors or the answer.
       ================================================================ -->

  <xs:element name="OAI-PMH">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="responseDate" type="xs:dateTime"/>
        <xs:element name="request" type="oai:EchoedRequest"/>
        <xs:choice>
          <xs:element name="error" type="oai:ProtocolError" maxOccurs="unbounded"/>
          <xs:element name="Identify" type="oai:IdentifyAnswer"/>
          <xs:element name="ListMetadataFormats" type="oai:MetadataFormatList"/>
          <xs:element name="ListSets" type="oai:SetList"/>
          <xs:element name="GetRecord" type="oai:SingleRecord"/>
          <xs:element name="ListIdentifiers" type="oai:HeaderList"/>
          <xs:element name="ListRecords" type="oai:RecordList"/>
        </xs:choice>
      </xs:sequence>
    </xs:complexType>
  </xs:element>

  <!-- ================================================================
       Simple value types
       ================================================================ -->

  <!-- A date-time at seconds granularity in UTC, written with "Z". -->
  <xs:simpleType name="ZuluDateTime">
    <xs:restriction base="xs:dateTime">
      <xs:pattern value=".+Z"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- A date at day granularity, YYYY-MM-DD (a trailing "Z", which only
       restates UTC, is tolerated). -->
  <xs:simpleType name="DayDate">
    <xs:restriction base="xs:date">
      <xs:pattern value="\d{4}-\d{2}-\d{2}Z?"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- A datestamp at either granularity of section 3.3. -->
  <xs:simpleType name="Datestamp">
    <xs:union memberTypes="oai:ZuluDateTime oai:DayDate"/>
  </xs:simpleType>

  <!-- The two granularities a repository may declare in Identify. -->
  <xs:simpleType name="Granularity">
    <xs:restriction base="xs:string">
      <xs:enumeration value="YYYY-MM-DD"/>
      <xs:enumeration value="YYYY-MM-DDThh:mm:ssZ"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- Section 3.4: a metadataPrefix is made of URI unreserved characters
       (letters, digits and - _ . ! ~ * ' ( ) ). -->
  <xs:simpleType name="MetadataPrefix">
    <xs:restriction base="xs:string">
      <xs:pattern value="[A-Za-z0-9\-_.!~*'()]+"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- Section 2.6: a setSpec is a colon-separated path of non-empty parts,
       each made of URI unreserved characters. -->
  <xs:simpleType name="SetSpec">
    <xs:restriction base="xs:string">
      <xs:pattern value="[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- The six verbs of section 4. -->
  <xs:simpleType name="Verb">
    <xs:restriction base="xs:string">
      <xs:enumeration value="Identify"/>
      <xs:enumeration value="ListMetadataFormats"/>
      <xs:enumeration value="ListSets"/>
      <xs:enumeration value="GetRecord"/>
      <xs:enumeration value="ListIdentifiers"/>
      <xs:enumeration value="ListRecords"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- The error codes of section 3.6. -->
  <xs:simpleType name="ErrorCode">
    <xs:restriction base="xs:string">
      <xs:enumeration value="badArgument"/>
      <xs:enumeration value="badResumptionToken"/>
      <xs:enumeration value="badVerb"/>
      <xs:enumeration value="cannotDisseminateFormat"/>
      <xs:enumeration value="idDoesNotExist"/>
      <xs:enumeration value="noRecordsMatch"/>
      <xs:enumeration value="noMetadataFormats"/>
      <xs:enumeration value="noSetHierarchy"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- Section 2.5.1: the only status a header can carry. -->
  <xs:simpleType name="RecordStatus">
    <xs:restriction base="xs:string">
      <xs:enumeration value="deleted"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- Section 4.2: how the repository keeps track of deletions. -->
  <xs:simpleType name="DeletionSupport">
    <xs:restriction base="xs:string">
      <xs:enumeration value="no"/>
      <xs:enumeration value="transient"/>
      <xs:enumeration value="persistent"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="ProtocolVersion">
    <xs:restriction base="xs:string">
      <xs:enumeration value="2.0"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- Something shaped like an e-mail address: text, one "@", text. -->
  <xs:simpleType name="EmailAddress">
    <xs:restriction base="xs:string">
      <xs:pattern value="[^@\s]+@[^@\s]+"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- ================================================================
       The request element (section 3.2): the base URL as content, the
       arguments of a valid request as attributes.
       ================================================================ -->

  <xs:complexType name="EchoedRequest">
    <xs:simpleContent>
      <xs:extension base="xs:anyURI">
        <xs:attribute name="verb" type="oai:Verb"/>
        <xs:attribute name="identifier" type="xs:anyURI"/>
        <xs:attribute name="metadataPrefix" type="oai:MetadataPrefix"/>
        <xs:attribute name="from" type="oai:Datestamp"/>
        <xs:attribute name="until" type="oai:Datestamp"/>
        <xs:attribute name="set" type="oai:SetSpec"/>
        <xs:attribute name="resumptionToken" type="xs:string"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>

  <!-- An error: its code, and an optional human-readable message. -->
  <xs:complexType name="ProtocolError">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute name="code" type="oai:ErrorCode" use="required"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>

  <!-- ================================================================
       One element from a namespace other than OAI-PMH's, used for
       descriptions, record metadata and "about" parts.
       ================================================================ -->

  <xs:complexType name="ForeignElement">
    <xs:sequence>
      <xs:any namespace="##other" processContents="lax"/>
    </xs:sequence>
  </xs:complexType>

  <!-- ================================================================
       Identify (section 4.2)
       ================================================================ -->

  <xs:complexType name="IdentifyAnswer">
    <xs:sequence>
      <xs:element name="repositoryName" type="xs:string"/>
      <xs:element name="baseURL" type="xs:anyURI"/>
      <xs:element name="protocolVersion" type="oai:ProtocolVersion"/>
      <xs:element name="adminEmail" type="oai:EmailAddress" maxOccurs="unbounded"/>
      <xs:element name="earliestDatestamp" type="oai:Datestamp"/>
      <xs:element name="deletedRecord" type="oai:DeletionSupport"/>
      <xs:element name="granularity" type="oai:Granularity"/>
      <xs:element name="compression" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="description" type="oai:ForeignElement" minOccurs="0" maxOccurs="unbounded"/>
    </xs:sequence>
  </xs:complexType>

  <!-- ================================================================
       ListMetadataFormats (section 4.4)
       ================================================================ -->

  <xs:complexType name="MetadataFormatList">
    <xs:sequence>
      <xs:element name="metadataFormat" maxOccurs="unbounded">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="metadataPrefix" type="oai:MetadataPrefix"/>
            <xs:element name="schema" type="xs:anyURI"/>
            <xs:element name="metadataNamespace" type="xs:anyURI"/>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
  </xs:complexType>

  <!-- ================================================================
       ListSets (section 4.6)
       ================================================================ -->

  <xs:complexType name="SetList">
    <xs:sequence>
      <xs:element name="set" maxOccurs="unbounded">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="setSpec" type="oai:SetSpec"/>
            <xs:element name="setName" type="xs:string"/>
            <xs:element name="setDescription" type="oai:ForeignElement"
                        minOccurs="0" maxOccurs="unbounded"/>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
      <xs:element name="resumptionToken" type="oai:ResumptionToken" minOccurs="0"/>
    </xs:sequence>
  </xs:complexType>

  <!-- ================================================================
       Records and headers (sections 2.5, 4.1, 4.3, 4.5)
       ================================================================ -->

  <xs:complexType name="RecordHeader">
    <xs:sequence>
      <xs:element name="identifier" type="xs:anyURI"/>
      <xs:element name="datestamp" type="oai:Datestamp"/>
      <xs:element name="setSpec" type="oai:SetSpec" minOccurs="0" maxOccurs="unbounded"/>
    </xs:sequence>
    <xs:attribute name="status" type="oai:RecordStatus"/>
  </xs:complexType>

  <!-- A deleted record has a header only; any other has metadata. -->
  <xs:complexType name="Record">
    <xs:sequence>
      <xs:element name="header" type="oai:RecordHeader"/>
      <xs:element name="metadata" type="oai:ForeignElement" minOccurs="0"/>
      <xs:element name="about" type="oai:ForeignElement" minOccurs="0" maxOccurs="unbounded"/>
    </xs:sequence>
  </xs:complexType>

  <xs:complexType name="SingleRecord">
    <xs:sequence>
      <xs:element name="record" type="oai:Record"/>
    </xs:sequence>
  </xs:complexType>

  <xs:complexType name="HeaderList">
    <xs:sequence>
      <xs:element name="header" type="oai:RecordHeader" maxOccurs="unbounded"/>
      <xs:element name="resumptionToken" type="oai:ResumptionToken" minOccurs="0"/>
    </xs:sequence>
  </xs:complexType>

  <xs:complexType name="RecordList">
    <xs:sequence>
      <xs:element name="record" type="oai:Record" maxOccurs="unbounded"/>
      <xs:element name="resumptionToken" type="oai:ResumptionToken" minOccurs="0"/>
    </xs:sequence>
  </xs:complexType>

  <!-- ================================================================
       Flow control (section 3.5): the token itself (empty in the answer
       that completes a list) and three optional attributes.
       ================================================================ -->

  <xs:complexType name="ResumptionToken">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute name="expirationDate" type="xs:dateTime"/>
        <xs:attribute name="completeListSize" type="xs:positiveInteger"/>
        <xs:attribute name="cursor" type="xs:nonNegativeInteger"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>

</xs:schema>

"""#,
        "crosswalk-records.xsd": #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  Crosswalk: the record container written and read by Crosswalk's Dublin
  Core XML formats (namespace urn:crosswalk:records:1).

  Written for Crosswalk; this format is Crosswalk's own. The records it
  holds follow the OAI-PMH 2.0 oai_dc format (section 5 of the protocol)
  and DCMI Metadata Terms, whose elements come from oai_dc.xsd,
  simpledc.xsd and dcterms.xsd beside this file.

  The root element "records" holds any number of records (zero included),
  in any order, of two kinds:
    oai_dc:dc   a simple Dublin Core record, as in OAI-PMH;
    record      a qualified Dublin Core record: one or more elements from
                the DCMI Metadata Terms namespace (http://purl.org/dc/terms/)
                and/or the DC 1.1 namespace (http://purl.org/dc/elements/1.1/),
                in any order. Only elements those schemas declare are
                accepted, and no text may stand between them.
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:cw="urn:crosswalk:records:1"
           xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
           targetNamespace="urn:crosswalk:records:1"
           elementFormDefault="qualified"
           attributeFormDefault="unqualified"
           xml:lang="en">

  <xs:import namespace="http://www.openarchives.org/OAI/2.0/oai_dc/"
             schemaLocation="oai_dc.xsd"/>
  <xs:import namespace="http://purl.org/dc/elements/1.1/"
             schemaLocation="simpledc.xsd"/>
  <xs:import namespace="http://purl.org/dc/terms/"
             schemaLocation="dcterms.xsd"/>

  <xs:element name="records">
    <xs:complexType>
      <xs:choice minOccurs="0" maxOccurs="unbounded">
        <xs:element ref="oai_dc:dc"/>
        <xs:element name="record" type="cw:QualifiedRecord"/>
      </xs:choice>
    </xs:complexType>
  </xs:element>

  <!-- A strict wildcard: every child must be declared by dcterms.xsd or
       simpledc.xsd, and is then validated against that declaration. -->
  <xs:complexType name="QualifiedRecord">
    <xs:sequence>
      <xs:any namespace="http://purl.org/dc/terms/ http://purl.org/dc/elements/1.1/"
              processContents="strict"
              minOccurs="1" maxOccurs="unbounded"/>
    </xs:sequence>
  </xs:complexType>

</xs:schema>

"""#,
        "dcterms.xsd": #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  Crosswalk: the properties of DCMI Metadata Terms in the /terms/
  namespace (http://purl.org/dc/terms/).

  Written for Crosswalk from the DCMI Recommendation "DCMI Metadata Terms",
  section "Properties in the /terms/ namespace": all 55 properties listed
  there, one element each. It is not a copy of any schema published by
  DCMI. The classes, vocabulary encoding schemes and syntax encoding
  schemes of that document are not elements and are not declared here.

  Every element holds plain text (no child elements) and may carry an
  xml:lang attribute naming the language of that text. Crosswalk writes
  dates in these elements as EDTF strings, so no date property is typed
  more narrowly than text.
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:dcterms="http://purl.org/dc/terms/"
           targetNamespace="http://purl.org/dc/terms/"
           elementFormDefault="qualified"
           attributeFormDefault="unqualified"
           xml:lang="en">

  <xs:import namespace="http://www.w3.org/XML/1998/namespace"
             schemaLocation="xml.xsd"/>

  <!-- The value of every property: text, optionally language-tagged. -->
  <xs:complexType name="TextValue">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute ref="xml:lang" use="optional"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>

  <!-- The 55 properties, in the alphabetical order of the DCMI index. -->
  <xs:element name="abstract" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A summary of the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="accessRights" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>Who may access the resource, or its security status.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="accrualMethod" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>How items are added to a collection.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="accrualPeriodicity" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>How often items are added to a collection.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="accrualPolicy" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>The policy that governs adding items to a collection.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="alternative" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>Another name for the resource, in place of or beside its title.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="audience" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A class of agents for whom the resource is meant or useful.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="available" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>The date, or range of dates, on which the resource became or will become available.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="bibliographicCitation" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A bibliographic reference for the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="conformsTo" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>An established standard to which the resource conforms.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="contributor" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>An entity that contributes to the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="coverage" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>The spatial or temporal topic, applicability or jurisdiction of the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="created" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>The date on which the resource was created.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="creator" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>An entity chiefly responsible for making the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="date" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A point or period of time in the life cycle of the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="dateAccepted" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>The date on which the resource was accepted (for example a thesis or an article).</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="dateCopyrighted" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>The date of a statement of copyright.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="dateSubmitted" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>The date on which the resource was submitted.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="description" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>An account of the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="educationLevel" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A class of agents, defined by educational progress, for whom the resource is meant.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="extent" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>The size or duration of the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="format" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>The file format, physical medium or dimensions of the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="hasFormat" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A related resource: the same content in another format.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="hasPart" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A related resource that is physically or logically part of this one.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="hasVersion" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A related resource that is a version, edition or adaptation of this one.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="identifier" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>An unambiguous reference to the resource in a given context.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="instructionalMethod" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A process used to produce knowledge, attitudes or skills, which the resource is designed to support.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="isFormatOf" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A related resource: the same content in another format, of which this is one.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="isPartOf" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A related resource of which this one is physically or logically a part.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="isReferencedBy" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A related resource that refers to, cites or points to this one.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="isReplacedBy" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A related resource that supplants or supersedes this one.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="isRequiredBy" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A related resource that needs this one for its function, delivery or coherence.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="issued" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>The date of formal issuance (for example publication) of the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="isVersionOf" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A related resource of which this one is a version, edition or adaptation.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="language" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A language of the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="license" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A legal document giving official permission to do something with the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="mediator" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>An entity that mediates access to the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="medium" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>The material or physical carrier of the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="modified" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>The date on which the resource was changed.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="provenance" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>Changes in the ownership and custody of the resource that bear on its authenticity, integrity and interpretation.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="publisher" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>An entity that makes the resource available.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="references" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A related resource that this one refers to, cites or points to.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="relation" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A related resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="replaces" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A related resource that this one supplants or supersedes.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="requires" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A related resource that this one needs for its function, delivery or coherence.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="rights" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>Information about rights held in and over the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="rightsHolder" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A person or organization owning or managing rights over the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="source" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A related resource from which this one is derived.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="spatial" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>Spatial characteristics of the resource: a place it is about or applies to.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="subject" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>What the resource is about.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="tableOfContents" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A list of subunits of the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="temporal" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>Temporal characteristics of the resource: a period it is about or applies to.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="title" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>A name by which the resource is known.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="type" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>The nature or genre of the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="valid" type="dcterms:TextValue">
    <xs:annotation><xs:documentation>The date, or range of dates, of validity of the resource.</xs:documentation></xs:annotation>
  </xs:element>

</xs:schema>

"""#,
        "oai_dc.xsd": #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  Crosswalk: the oai_dc record format
  (namespace http://www.openarchives.org/OAI/2.0/oai_dc/).

  Written for Crosswalk from section 5 ("Dublin Core") of "The Open
  Archives Initiative Protocol for Metadata Harvesting, Protocol Version
  2.0", which makes unqualified Dublin Core the format every repository
  must offer, under the metadataPrefix oai_dc. It is not a copy of the
  schema published by the OAI.

  A record is one oai_dc:dc element holding any number (zero included) of
  the fifteen DC 1.1 elements, in any order and repeated at will. Nothing
  else is allowed inside it: no other element and no text between the
  elements (whitespace aside).
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:dc="http://purl.org/dc/elements/1.1/"
           xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
           targetNamespace="http://www.openarchives.org/OAI/2.0/oai_dc/"
           elementFormDefault="qualified"
           attributeFormDefault="unqualified"
           xml:lang="en">

  <xs:import namespace="http://purl.org/dc/elements/1.1/"
             schemaLocation="simpledc.xsd"/>

  <xs:complexType name="DCRecord">
    <xs:group ref="dc:anyElement" minOccurs="0" maxOccurs="unbounded"/>
  </xs:complexType>

  <xs:element name="dc" type="oai_dc:DCRecord"/>

</xs:schema>

"""#,
        "simpledc.xsd": #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  Crosswalk: the fifteen elements of the Dublin Core Metadata Element Set,
  Version 1.1 (namespace http://purl.org/dc/elements/1.1/).

  Written for Crosswalk from the DCMI specification "Dublin Core Metadata
  Element Set, Version 1.1" (also published as ISO 15836 and IETF RFC 5013)
  and the section "Properties in the legacy /elements/1.1/ namespace" of
  "DCMI Metadata Terms". It is not a copy of any schema published by DCMI.

  Every element holds plain text (no child elements) and may carry an
  xml:lang attribute naming the language of that text. Elements may be
  repeated and appear in any order; which of them a record may hold is
  decided by the container schema (see oai_dc.xsd and
  crosswalk-records.xsd).
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:dc="http://purl.org/dc/elements/1.1/"
           targetNamespace="http://purl.org/dc/elements/1.1/"
           elementFormDefault="qualified"
           attributeFormDefault="unqualified"
           xml:lang="en">

  <xs:import namespace="http://www.w3.org/XML/1998/namespace"
             schemaLocation="xml.xsd"/>

  <!-- The value of every DC 1.1 element: text, optionally language-tagged. -->
  <xs:complexType name="TextValue">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute ref="xml:lang" use="optional"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>

  <!-- The fifteen elements, in the order of the DCMES 1.1 document. -->
  <xs:element name="title" type="dc:TextValue">
    <xs:annotation><xs:documentation>A name by which the resource is known.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="creator" type="dc:TextValue">
    <xs:annotation><xs:documentation>An entity chiefly responsible for making the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="subject" type="dc:TextValue">
    <xs:annotation><xs:documentation>What the resource is about.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="description" type="dc:TextValue">
    <xs:annotation><xs:documentation>An account of the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="publisher" type="dc:TextValue">
    <xs:annotation><xs:documentation>An entity that makes the resource available.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="contributor" type="dc:TextValue">
    <xs:annotation><xs:documentation>An entity that contributes to the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="date" type="dc:TextValue">
    <xs:annotation><xs:documentation>A point or period of time in the life cycle of the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="type" type="dc:TextValue">
    <xs:annotation><xs:documentation>The nature or genre of the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="format" type="dc:TextValue">
    <xs:annotation><xs:documentation>The file format, physical medium or dimensions of the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="identifier" type="dc:TextValue">
    <xs:annotation><xs:documentation>An unambiguous reference to the resource in a given context.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="source" type="dc:TextValue">
    <xs:annotation><xs:documentation>A related resource from which this one is derived.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="language" type="dc:TextValue">
    <xs:annotation><xs:documentation>A language of the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="relation" type="dc:TextValue">
    <xs:annotation><xs:documentation>A related resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="coverage" type="dc:TextValue">
    <xs:annotation><xs:documentation>The spatial or temporal topic, applicability or jurisdiction of the resource.</xs:documentation></xs:annotation>
  </xs:element>
  <xs:element name="rights" type="dc:TextValue">
    <xs:annotation><xs:documentation>Information about rights held in and over the resource.</xs:documentation></xs:annotation>
  </xs:element>

  <!-- Any one of the fifteen; containers repeat this group as they need. -->
  <xs:group name="anyElement">
    <xs:choice>
      <xs:element ref="dc:title"/>
      <xs:element ref="dc:creator"/>
      <xs:element ref="dc:subject"/>
      <xs:element ref="dc:description"/>
      <xs:element ref="dc:publisher"/>
      <xs:element ref="dc:contributor"/>
      <xs:element ref="dc:date"/>
      <xs:element ref="dc:type"/>
      <xs:element ref="dc:format"/>
      <xs:element ref="dc:identifier"/>
      <xs:element ref="dc:source"/>
      <xs:element ref="dc:language"/>
      <xs:element ref="dc:relation"/>
      <xs:element ref="dc:coverage"/>
      <xs:element ref="dc:rights"/>
    </xs:choice>
  </xs:group>

</xs:schema>

"""#,
        "xml.xsd": #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  Crosswalk: the attributes of the XML namespace
  (http://www.w3.org/XML/1998/namespace).

  Written for Crosswalk from these W3C Recommendations: XML 1.0
  (section 2.12, Language Identification, and section 2.10, White Space
  Handling), XML Base, and xml:id Version 1.0. It declares only what the
  Crosswalk schemas use or may meet in harvested records. It is not a copy
  of the W3C's own xml.xsd.

  The prefix "xml" is bound to this namespace by the XML Namespaces
  Recommendation itself, so it is never declared here.
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           targetNamespace="http://www.w3.org/XML/1998/namespace"
           xml:lang="en">

  <!-- xml:lang holds a language tag (BCP 47, which xs:language
       approximates) or the empty string, which XML 1.0 defines as
       "no language information". -->
  <xs:simpleType name="LanguageTagOrNothing">
    <xs:union memberTypes="xs:language">
      <xs:simpleType>
        <xs:restriction base="xs:string">
          <xs:length value="0"/>
        </xs:restriction>
      </xs:simpleType>
    </xs:union>
  </xs:simpleType>

  <xs:attribute name="lang" type="xml:LanguageTagOrNothing"/>

  <!-- xml:space takes exactly one of two values. -->
  <xs:attribute name="space">
    <xs:simpleType>
      <xs:restriction base="xs:NCName">
        <xs:enumeration value="default"/>
        <xs:enumeration value="preserve"/>
      </xs:restriction>
    </xs:simpleType>
  </xs:attribute>

  <!-- xml:base: a URI reference that sets the base URI of the element. -->
  <xs:attribute name="base" type="xs:anyURI"/>

  <!-- xml:id: a document-unique identifier. -->
  <xs:attribute name="id" type="xs:ID"/>

</xs:schema>

"""#,
    ]

    /// The schema file (a key of ``files``) that validates a document, by the document's
    /// root element written as "{namespaceURI}localName".
    public static let rootSchemas: [String: String] = [
        "{http://www.openarchives.org/OAI/2.0/oai_dc/}dc": "oai_dc.xsd",
        "{http://www.openarchives.org/OAI/2.0/}OAI-PMH": "OAI-PMH.xsd",
        "{urn:crosswalk:records:1}records": "crosswalk-records.xsd",
    ]
}
