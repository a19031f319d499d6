// crosswalk-bench: generates synthetic catalogues shaped like the samples, for the benchmark script
// (Tests/Benchmarks/run.sh), which times whole `crosswalk convert` runs with /usr/bin/time.
//
//   crosswalk-bench generate COUNT FORMAT   writes COUNT records in FORMAT (json, jsonl, csv, ...) to stdout
import Crosswalk

#if canImport(Glibc)
import Glibc
#endif

func usage() -> Never {
    let text = "usage: crosswalk-bench generate COUNT FORMAT\n"
    _ = text.withCString { write(2, $0, strlen($0)) }
    exit(64)
}

struct Rng {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ xs: [T]) -> T { xs[Int(next() % UInt64(xs.count))] }
}

let people: [Agent] = [
    Agent(role: .creator, family: "Mao", given: "Zedong"), Agent(role: .creator, family: "Stalin", given: "I.V."),
    Agent(role: .creator, literal: "Kim Il Sung"), Agent(role: .creator, family: "Zhou", given: "Enlai"),
    Agent(role: .creator, family: "Roshchin"), Agent(role: .creator, literal: "USSR Council of Ministers"),
    Agent(role: .creator, family: "Peng", given: "Dehuai"), Agent(role: .creator, literal: "Filippov [Stalin]"),
]
let genres = ["Telegram", "Ciphered Telegram", "Record of a Conversation", "Resolution", "Letter"]
let places = ["Moscow", "Beijing", "Pyongyang", "Kaesong", "Panmunjom"]
let phrases = [
    "discuss the military situation in Korea and the status of armistice talks",
    "informing him of the Chinese receipt of one of his earlier telegrams",
    "regarding the American proposal for armistice negotiations",
    "on the question of POW's, with draft letters to Mao Zedong and Kim Il Sung",
    "including Kim Il Sung’s belief that the Korean People’s Army cannot defeat the Americans alone",
]

func record(_ i: Int, _ g: inout Rng) -> Record {
    var from = g.pick(people)
    var to = g.pick(people)
    to.role = .recipient
    from.role = .creator
    let genre = g.pick(genres)
    let year = 1945 + Int(g.next() % 10), month = 1 + Int(g.next() % 12), day = 1 + Int(g.next() % 28)
    var r = Record(id: "doc-\(i)", type: genre == "Resolution" || genre.hasPrefix("Record") ? .document : .letter,
                   genre: genre,
                   title: "\(genre) from \(from.displayName) to \(to.displayName), No. \(g.next() % 30000)",
                   date: try? EDTFDate(parsing: pad4(year) + "-" + pad2(month) + "-" + pad2(day)),
                   agents: [from, to],
                   description: "\(from.displayName) and \(to.displayName) \(g.pick(phrases)). \(g.pick(phrases)).")
    r.places = [g.pick(places)]
    r.subjects = ["Korean War, 1950-1953", g.pick(["Armistice", "Prisoners of war", "Military aid"])]
    r.languages = [g.pick(["ru", "zh", "ko"])]
    r.archive = Archive(name: "Archive of the President of the Russian Federation",
                        location: "f. 45, op. 1, d. \(g.next() % 900), ll. \(g.next() % 100)-\(100 + g.next() % 100)")
    r.identifiers = [Identifier(.local, "bench-\(i)")]
    return r
}

func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
func pad4(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }

let args = CommandLine.arguments
guard args.count == 4, args[1] == "generate", let count = Int(args[2]),
      let format = FormatRegistry.builtIn.format(named: args[3]), let makeWriter = format.makeWriter else { usage() }
let output = ByteOutput(standardOutput: ())
do {
    let writer = try makeWriter(output, WriterContext())
    var g = Rng(state: 42)
    for i in 0..<count { try writer.write(record(i, &g)) }
    try writer.finish()
} catch {
    _ = error.description.withCString { write(2, $0, strlen($0)) }
    exit(1)
}
