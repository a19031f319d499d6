// GENERATED FILE: DO NOT EDIT.
// Made by `python3 Tests/Tools/embed-schemas.py` from the files in Schemas/.
// Edit the .schema.json files there and run the script again; the SchemaTests fail while this file is stale.

/// The JSON Schemas of `Schemas/` (Crosswalk's own), compiled into the module so that an
/// installed binary can validate records without the source tree.
public enum EmbeddedJSONSchemas {
    /// Every JSON Schema file, by file name, with its exact content.
    public static let files: [String: String] = [
        "catalog.schema.json": #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://crosswalk.invalid/schemas/catalog.schema.json",
  "title": "Crosswalk canonical catalogue",
  "description": "A `json` catalogue: a top-level array of records. (The `json` reader also accepts a single record object at the top level; validate that with record.schema.json. A `jsonl` file is one record object per line.)",
  "type": "array",
  "items": {
    "$ref": "record.schema.json"
  }
}

"""#,
        "record.schema.json": #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://crosswalk.invalid/schemas/record.schema.json",
  "title": "Crosswalk canonical record",
  "description": "One record of a Crosswalk catalogue, as the `json` and `jsonl` readers accept it (Sources/Formats/JSON/JSONRecordMapping.swift). Keys are listed in canonical output order. On input, `null` for an optional key means the same as leaving the key out, and an empty list means the same as no list; on output, absent values and empty lists are omitted (an empty string is written as \"\"). The reader also rejects duplicate keys in any object, which JSON Schema cannot express. See Docs/formats/json.md.",
  "type": "object",
  "required": [
    "id",
    "title"
  ],
  "additionalProperties": false,
  "properties": {
    "id": {
      "description": "Local identifier. Must not be empty; any other text is allowed, spaces and any Unicode included (archival reference codes such as \"AU NBAC N193-001\"). A writer that needs a restricted citation key (BibTeX) derives one and keeps the id as an identifier.",
      "type": "string",
      "minLength": 1,
      "examples": [
        "mao-stalin-1951-06-30"
      ]
    },
    "type": {
      "description": "A controlled record type (RecordType).",
      "enum": [
        "document",
        "letter",
        "manuscript",
        "report",
        "book",
        "chapter",
        "article",
        "thesis",
        "image",
        "map",
        "dataset",
        "webpage",
        "interview",
        "speech",
        "other",
        null
      ]
    },
    "genre": {
      "$ref": "#/$defs/optionalText",
      "description": "Free-text document genre.",
      "examples": [
        "Telegram",
        "Record of a Conversation"
      ]
    },
    "title": {
      "description": "The title. Must not be empty.",
      "type": "string",
      "minLength": 1
    },
    "alternativeTitles": {
      "description": "Other titles, such as the original-language title.",
      "type": [
        "array",
        "null"
      ],
      "items": {
        "$ref": "#/$defs/localizedString"
      }
    },
    "date": {
      "$ref": "#/$defs/edtf",
      "description": "The date of the record: an EDTF Level 0 or 1 date or interval."
    },
    "dates": {
      "description": "The other dates, each with its kind, in source order. When the main date came with a kind (a harvest's dcterms:issued), it is listed here too. A date that is not EDTF is kept as text in `extra` under its Dublin Core name (extra[\"dc:date\"], extra[\"dcterms:issued\"]).",
      "type": [
        "array",
        "null"
      ],
      "items": {
        "$ref": "#/$defs/recordDate"
      }
    },
    "agents": {
      "description": "People and bodies, each with a role, in record order.",
      "type": [
        "array",
        "null"
      ],
      "items": {
        "$ref": "#/$defs/agent"
      }
    },
    "description": {
      "$ref": "#/$defs/optionalText",
      "description": "Abstract or summary."
    },
    "subjects": {
      "$ref": "#/$defs/stringList",
      "description": "Subject headings or keywords."
    },
    "places": {
      "$ref": "#/$defs/stringList",
      "description": "Places the record is about or was written in."
    },
    "coordinates": {
      "$ref": "#/$defs/coordinates"
    },
    "languages": {
      "$ref": "#/$defs/stringList",
      "description": "Languages of the record, as BCP 47 tags (not checked by the reader)."
    },
    "publisher": {
      "$ref": "#/$defs/optionalText",
      "description": "Who publishes the record, e.g. a digital archive."
    },
    "isPartOf": {
      "$ref": "#/$defs/stringList",
      "description": "The collections, series or sets the record belongs to."
    },
    "levelOfDescription": {
      "$ref": "#/$defs/optionalText",
      "description": "The ISAD(G) level of description, free text kept as written; usually fonds, subfonds, collection, series, subseries, file, item or part, in any case.",
      "examples": [
        "fonds",
        "file",
        "Item"
      ]
    },
    "archive": {
      "$ref": "#/$defs/archive"
    },
    "extent": {
      "$ref": "#/$defs/stringList",
      "description": "The extent, one statement each: pages, folios, volumes, linear metres.",
      "examples": [
        [
          "212 p."
        ],
        [
          "4.2 m of textual records"
        ]
      ]
    },
    "identifiers": {
      "description": "Identifiers, each with a scheme.",
      "type": [
        "array",
        "null"
      ],
      "items": {
        "$ref": "#/$defs/identifier"
      }
    },
    "rights": {
      "$ref": "#/$defs/stringList",
      "description": "Rights statements."
    },
    "notes": {
      "$ref": "#/$defs/stringList",
      "description": "Free-text notes."
    },
    "containerTitle": {
      "$ref": "#/$defs/optionalText",
      "description": "The title of the book, journal or other container."
    },
    "volume": {
      "$ref": "#/$defs/numberOrText",
      "description": "Volume. A JSON number is accepted and kept as the text of its literal."
    },
    "issue": {
      "$ref": "#/$defs/numberOrText",
      "description": "Issue. A JSON number is accepted and kept as the text of its literal."
    },
    "pages": {
      "$ref": "#/$defs/numberOrText",
      "description": "Page or page range. A JSON number is accepted and kept as the text of its literal.",
      "examples": [
        "97-98",
        12
      ]
    },
    "edition": {
      "$ref": "#/$defs/numberOrText",
      "description": "Edition. A JSON number is accepted and kept as the text of its literal."
    },
    "series": {
      "$ref": "#/$defs/optionalText",
      "description": "Series title."
    },
    "number": {
      "$ref": "#/$defs/numberOrText",
      "description": "Number (e.g. a document or report number). A JSON number is accepted and kept as the text of its literal.",
      "examples": [
        "21334"
      ]
    },
    "publisherPlace": {
      "$ref": "#/$defs/optionalText",
      "description": "Where the publisher is."
    },
    "accessed": {
      "$ref": "#/$defs/edtf",
      "description": "When an online resource was accessed: an EDTF Level 0 or 1 date."
    },
    "extra": {
      "$ref": "#/$defs/extra"
    }
  },
  "$defs": {
    "optionalText": {
      "type": [
        "string",
        "null"
      ]
    },
    "numberOrText": {
      "type": [
        "string",
        "number",
        "null"
      ]
    },
    "stringList": {
      "description": "A list of strings; `null` means an empty list. Items may not be null.",
      "type": [
        "array",
        "null"
      ],
      "items": {
        "type": "string"
      }
    },
    "edtf": {
      "$comment": "The pattern is an approximation of EDTF Level 0/1 (2019 specification). The real check is the EDTF parser (Sources/CrosswalkModel/EDTFDate.swift), which also rejects, among others: days that do not exist in their month (1951-02-29), -0000 and -00XX, interval ends earlier than their starts, and a zero offset written -00:00. Everything the parser accepts matches the pattern. The pattern ends in `$(?!\\n)` so that regex engines whose `$` also matches before a final line break (Python's `re`) behave like ECMA-262.",
      "type": [
        "string",
        "null"
      ],
      "pattern": "^(?:-?[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:Z|[+-](?:[01][0-9]|2[0-3])(?::[0-5][0-9])?)?|(?:Y-?[1-9][0-9]{4,17}|-?(?:[0-9]{2}(?:[0-9]X|XX)|[0-9]{4}(?:-(?:(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]|XX))?|2[1-4]|XX(?:-XX)?))?))[?~%]?|(?:Y-?[1-9][0-9]{4,17}|-?(?:[0-9]{2}(?:[0-9]X|XX)|[0-9]{4}(?:-(?:(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]|XX))?|2[1-4]|XX(?:-XX)?))?))[?~%]?/(?:(?:Y-?[1-9][0-9]{4,17}|-?(?:[0-9]{2}(?:[0-9]X|XX)|[0-9]{4}(?:-(?:(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]|XX))?|2[1-4]|XX(?:-XX)?))?))[?~%]?|\\.\\.)?|(?:\\.\\.)?/(?:Y-?[1-9][0-9]{4,17}|-?(?:[0-9]{2}(?:[0-9]X|XX)|[0-9]{4}(?:-(?:(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]|XX))?|2[1-4]|XX(?:-XX)?))?))[?~%]?)$(?!\\n)",
      "examples": [
        "1953-07-03",
        "1951-06",
        "1950-09~",
        "1951/1953",
        "195X",
        "1950-21",
        "1985-04-12T23:20:30Z",
        "Y-170000002",
        "1951-06-30/.."
      ]
    },
    "localizedString": {
      "type": "object",
      "required": [
        "value"
      ],
      "additionalProperties": false,
      "properties": {
        "value": {
          "type": "string"
        },
        "lang": {
          "description": "A BCP 47 language tag (not checked by the reader).",
          "type": [
            "string",
            "null"
          ],
          "examples": [
            "ru",
            "zh-Hans"
          ]
        }
      }
    },
    "agentRole": {
      "enum": [
        "creator",
        "recipient",
        "translator",
        "editor",
        "contributor"
      ]
    },
    "agent": {
      "description": "A person or a body. A personal name has a non-empty `family` and may have `given`, `particle` and `suffix`; a body, or a name that should never be split (\"Kim Il Sung\"), is a non-empty `literal`, with no name parts. An empty name part is refused: leave it out instead.",
      "type": "object",
      "required": [
        "role"
      ],
      "additionalProperties": false,
      "properties": {
        "role": {
          "$ref": "#/$defs/agentRole"
        },
        "family": {
          "type": [
            "string",
            "null"
          ],
          "minLength": 1
        },
        "given": {
          "type": [
            "string",
            "null"
          ],
          "minLength": 1
        },
        "particle": {
          "description": "A name particle such as \"van\", \"de\" or \"von\".",
          "type": [
            "string",
            "null"
          ],
          "minLength": 1
        },
        "suffix": {
          "description": "\"Jr.\", \"III\".",
          "type": [
            "string",
            "null"
          ],
          "minLength": 1
        },
        "literal": {
          "type": [
            "string",
            "null"
          ],
          "minLength": 1
        }
      },
      "oneOf": [
        {
          "title": "personal name",
          "$comment": "family is non-empty; literal is absent or null.",
          "required": [
            "family"
          ],
          "properties": {
            "family": {
              "type": "string",
              "minLength": 1
            },
            "literal": {
              "type": "null"
            }
          }
        },
        {
          "title": "literal name",
          "$comment": "literal is non-empty; family, given, particle and suffix are absent or null.",
          "required": [
            "literal"
          ],
          "properties": {
            "literal": {
              "type": "string",
              "minLength": 1
            },
            "family": {
              "type": "null"
            },
            "given": {
              "type": "null"
            },
            "particle": {
              "type": "null"
            },
            "suffix": {
              "type": "null"
            }
          }
        }
      ]
    },
    "absentText": {
      "description": "null or the empty string, which the reader treats as no value.",
      "anyOf": [
        {
          "type": "null"
        },
        {
          "type": "string",
          "maxLength": 0
        }
      ]
    },
    "archive": {
      "description": "The holding archive and the reference within it; null means no archive.",
      "type": [
        "object",
        "null"
      ],
      "required": [
        "name"
      ],
      "additionalProperties": false,
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "examples": [
            "Archive of the President of the Russian Federation"
          ]
        },
        "location": {
          "description": "The reference within the archive (fond, opis, delo, list; box and folder).",
          "type": [
            "string",
            "null"
          ],
          "examples": [
            "f. 45, op. 1, d. 334, ll. 97-98"
          ]
        },
        "place": {
          "description": "Where the archive is.",
          "type": [
            "string",
            "null"
          ]
        }
      }
    },
    "identifierScheme": {
      "enum": [
        "url",
        "doi",
        "handle",
        "oai",
        "local",
        "isbn",
        "issn"
      ]
    },
    "identifier": {
      "type": "object",
      "required": [
        "scheme",
        "value"
      ],
      "additionalProperties": false,
      "properties": {
        "scheme": {
          "$ref": "#/$defs/identifierScheme"
        },
        "value": {
          "type": "string",
          "minLength": 1
        }
      }
    },
    "extra": {
      "description": "Fields that the source had and the model has no key for, kept so that nothing is lost: any key, each with a list of strings. On input a single string stands for a one-item list and null for an empty list; the writer always writes lists, with the keys sorted.",
      "type": [
        "object",
        "null"
      ],
      "additionalProperties": {
        "anyOf": [
          {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          {
            "type": "string"
          },
          {
            "type": "null"
          }
        ]
      },
      "examples": [
        {
          "bibtex.addendum": [
            "Translated by Gary Goldberg."
          ]
        }
      ]
    },
    "dateKind": {
      "description": "The kind of a date (DateKind): the DCMI Metadata Terms refinements of date, and accessioned (DSpace's dc.date.accessioned); `date` is a date whose kind the source does not say.",
      "enum": [
        "date",
        "created",
        "issued",
        "available",
        "accessioned",
        "modified",
        "dateAccepted",
        "dateSubmitted",
        "dateCopyrighted",
        "valid"
      ]
    },
    "recordDate": {
      "type": "object",
      "required": [
        "kind",
        "date"
      ],
      "additionalProperties": false,
      "properties": {
        "kind": {
          "$ref": "#/$defs/dateKind"
        },
        "date": {
          "allOf": [
            {
              "$ref": "#/$defs/edtf"
            }
          ],
          "type": "string"
        }
      }
    },
    "coordinates": {
      "description": "A point in WGS 84 decimal degrees, each kept as the decimal text it was given (a JSON number is kept as the text of its literal); null means none. The reader also checks the range: latitude -90 to 90, longitude -180 to 180 (the schema checks it for numbers only).",
      "type": [
        "object",
        "null"
      ],
      "required": [
        "latitude",
        "longitude"
      ],
      "additionalProperties": false,
      "properties": {
        "latitude": {
          "type": [
            "string",
            "number"
          ],
          "pattern": "^[+-]?[0-9]+(\\.[0-9]+)?$",
          "minimum": -90,
          "maximum": 90,
          "examples": [
            "-32.0569"
          ]
        },
        "longitude": {
          "type": [
            "string",
            "number"
          ],
          "pattern": "^[+-]?[0-9]+(\\.[0-9]+)?$",
          "minimum": -180,
          "maximum": 180,
          "examples": [
            "115.7439"
          ]
        }
      }
    }
  }
}

"""#,
    ]
}
