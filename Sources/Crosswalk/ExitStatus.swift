/// The exit statuses of the `crosswalk` command: one table, printed in `Docs/cli.md`.
/// The numbers follow BSD `sysexits.h` where one fits.
public enum ExitStatus: Int32, CaseIterable, Sendable {
    /// Everything worked (there may have been warnings).
    case success = 0
    /// `validate` found problems in the input.
    case invalid = 1
    /// The command line was wrong: an unknown option or format, a missing argument, or `-o` naming the input.
    case usage = 64
    /// The input could not be read as the format says, or bad records were reported and skipped.
    case dataError = 65
    /// The input file does not exist or cannot be opened.
    case noInput = 66
    /// The output file cannot be created.
    case cannotCreate = 73
    /// Writing the output failed.
    case ioError = 74

    public var meaning: String {
        switch self {
        case .success: "success; warnings may have been printed"
        case .invalid: "`validate` found problems"
        case .usage: "usage error: bad option, unknown format, or `-o` naming the input file"
        case .dataError: "bad input: a syntax error, or bad records that were reported and skipped"
        case .noInput: "the input file does not exist or cannot be read"
        case .cannotCreate: "the output file cannot be created"
        case .ioError: "an error while writing the output"
        }
    }
}
