/// One `inspect`: how a CSV file's columns would be read, with a sample of values and a `--map`
/// line to edit (`CSVInspection`). What `crosswalk inspect` runs.
public struct InspectJob {
    public var input: InputRequest
    public var options: FormatOptions
    /// How many values to show per column.
    public var samples: Int

    public init(input: InputRequest, options: FormatOptions = FormatOptions(), samples: Int = 3) {
        self.input = input; self.options = options; self.samples = samples
    }

    public struct Outcome {
        public var status: ExitStatus
        /// The inspection, when the file could be read.
        public var inspection: CSVInspection?
    }

    /// Inspects. A usage, input or header error goes to `report` and sets the status.
    public func run(registry: FormatRegistry = .builtIn, report: @escaping DiagnosticHandler) -> Outcome {
        do throws(Diagnostic) {
            try registry.checkSettings(options)
            var request = input
            if let named = request.format, registry.format(named: named)?.name != FormatDescriptor.csv.name {
                throw Diagnostic.usage("inspect reads CSV only, not \(named)")
            }
            request.format = FormatDescriptor.csv.name
            let opened = try registry.open(request, report: report)
            let inspection = try CSVInspection.inspect(opened.input, options: options, samples: samples)
            return Outcome(status: .success, inspection: inspection)
        } catch {
            report(error)
            return Outcome(status: ExitStatus(for: error), inspection: nil)
        }
    }
}
