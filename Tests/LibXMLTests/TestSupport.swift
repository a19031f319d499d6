@_exported import CrosswalkTestSupport
import Foundation
import LibXML

func utf8(_ string: String) -> [UInt8] { Array(string.utf8) }

/// Reads every node, returning (type, localName, namespaceURI, depth) tuples.
struct NodeRecord: Equatable {
    var type: XMLNodeType
    var name: String
    var namespaceURI: String?
    var depth: Int
}

func allNodes(_ reader: XMLPullReader) throws -> [NodeRecord] {
    var result: [NodeRecord] = []
    while try reader.read() {
        result.append(NodeRecord(type: reader.nodeType, name: reader.localName,
                                 namespaceURI: reader.namespaceURI, depth: reader.depth))
    }
    return result
}
