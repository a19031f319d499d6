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

/// A fresh temporary directory, removed by `cleanup()`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("crosswalk-libxml-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: file)
        return file.path
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func cleanup() { try? FileManager.default.removeItem(at: url) }
}
