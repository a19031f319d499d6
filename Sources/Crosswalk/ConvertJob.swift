/// One `convert`: an input, a target format, and where the output goes. What the CLI's
/// `crosswalk convert` runs, so that any Swift program gets exactly the same behaviour.
public struct ConvertJob {
    public var input: InputRequest
    /// The output format's name or alias.
    public var target: String
    /// A file to write atomically (a temporary file renamed on success); nil writes to `output`.
    public var outputPath: String?
    public var options: FormatOptions
    /// Stop at the first error instead of skipping the bad record.
    public var strict: Bool
    /// Transforms between reader and writer (the CLI's progress counter is one).
    public var transforms: [RecordTransform]
    /// The whole document, or one part of it for conversions in parts (`OutputParts`): `head` and
    /// `tail` read no input.
    public var part: OutputPart = .whole
    /// Threads (`Converter.jobs`): more than 1 reads ahead of the writer on a thread of its own.
    public var jobs: Int = 1

    public init(input: InputRequest, target: String, outputPath: String? = nil, options: FormatOptions = FormatOptions(),
                strict: Bool = false, transforms: [RecordTransform] = []) {
        self.input = input; self.target = target; self.outputPath = outputPath; self.options = options
        self.strict = strict; self.transforms = transforms
    }

    /// What a run did.
    public struct Outcome {
        public var status: ExitStatus
        /// Nil when the run stopped before converting.
        public var summary: ConversionSummary?
        /// Whether `outputPath` was (re)written.
        public var wroteOutputFile: Bool
        /// Whether the conversion into `outputPath` started and then failed, so that the file was left as it was.
        public var abandonedOutputFile: Bool = false
    }

    /// Runs the conversion. Every warning and error goes to `report` as it arises (the error that
    /// stops the run too); the outcome's status is the one the command exits with.
    public func run(registry: FormatRegistry = .builtIn, standardOutput: @autoclosure () -> ByteOutput,
                    report: @escaping DiagnosticHandler) -> Outcome {
        var outcome = Outcome(status: .success, summary: nil, wroteOutputFile: false)
        func stop(_ d: Diagnostic, _ status: ExitStatus? = nil) -> Outcome {
            report(d)
            outcome.status = status ?? ExitStatus(for: d)
            return outcome
        }
        let target: FormatDescriptor
        var frame: DocumentFrame?
        do throws(Diagnostic) {
            target = try registry.writableFormat(named: self.target)
            try registry.checkSettings(options)
            if part != .whole { frame = try OutputParts.frame(of: target, options: options, registry: registry) }
            if part != .head && part != .tail { try input.checkNotOverwritten(by: outputPath) }
        } catch { return stop(error) }
        if let frame, part == .head || part == .tail {
            return writeFrame(frame, of: target, standardOutput: standardOutput(), report: report)
        }
        let opened: OpenedInput
        do { opened = try registry.open(input, report: report) } catch { return stop(error) }

        let atomic: AtomicFileOutput?
        let sink: ByteOutput
        if let outputPath {
            do { atomic = try AtomicFileOutput(path: outputPath) } catch { return stop(error, .cannotCreate) }
            sink = atomic!.output
        } else {
            atomic = nil
            sink = standardOutput()
        }
        let converter = Converter(options: options, strict: strict, transforms: transforms, jobs: jobs)
        do throws(Diagnostic) {
            if let frame {
                // The records only: the writer writes into memory, and a filter passes its lines on
                // without the head and the tail.
                let memory = ByteOutput()
                let filter = LineFrameFilter(frame: frame, sink: sink)
                outcome.summary = try converter.convert(opened.input, from: opened.format, to: target, output: memory,
                                                        afterEachRecord: { () throws(Diagnostic) in try filter.pass(memory) },
                                                        report: report)
                try filter.finish()
            } else {
                outcome.summary = try converter.convert(opened.input, from: opened.format, to: target, output: sink, report: report)
            }
        } catch {
            atomic?.abandon()
            outcome.abandonedOutputFile = atomic != nil
            return stop(error)
        }
        if let atomic {
            do { try atomic.commit() } catch { return stop(error) }
            outcome.wroteOutputFile = true
        }
        if let s = outcome.summary, s.recordsSkipped > 0 { outcome.status = .dataError }
        return outcome
    }

    /// `--part head` or `--part tail`: the lines around the records, with no input read.
    private func writeFrame(_ frame: DocumentFrame, of target: FormatDescriptor, standardOutput: ByteOutput,
                            report: DiagnosticHandler) -> Outcome {
        var outcome = Outcome(status: .success, summary: nil, wroteOutputFile: false)
        do throws(Diagnostic) {
            let bytes = try OutputParts.frameLines(part, of: target, frame: frame, options: options)
            if let outputPath {
                let atomic: AtomicFileOutput
                do { atomic = try AtomicFileOutput(path: outputPath) } catch {
                    report(error)
                    outcome.status = .cannotCreate
                    return outcome
                }
                atomic.output.write(bytes)
                try atomic.commit()
                outcome.wroteOutputFile = true
            } else {
                standardOutput.write(bytes)
                try standardOutput.flush()
            }
        } catch {
            report(error)
            outcome.status = ExitStatus(for: error)
        }
        return outcome
    }
}
