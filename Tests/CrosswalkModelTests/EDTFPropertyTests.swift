@testable import CrosswalkModel
import PropertyBased
import Testing

/// Random valid dates print as EDTF that parses back to the same value; random damage to valid
/// text is either refused or parses to a value that prints back to that same text.
@Suite struct EDTFProperties {
    static let simpleDates = zip(
        Gen.int(in: -9999...9999), Gen.int(in: 0...13), Gen.int(in: 1...31), Gen.int(in: 0...3), Gen.int(in: 0...4)
    ).compactMap { year, monthChoice, day, qualifierChoice, shape -> EDTFSimpleDate? in
        let qualifier: EDTFQualifier? = [nil, .uncertain, .approximate, .uncertainApproximate][qualifierChoice]
        switch shape {
        case 0: return EDTFSimpleDate(year: year, qualifier: qualifier)
        case 1: return EDTFSimpleDate(year: year, month: max(1, min(12, monthChoice)), qualifier: qualifier)
        case 2:
            let month = max(1, min(12, monthChoice))
            let date = EDTFSimpleDate(year: year, month: month, day: day, qualifier: qualifier)
            return (try? EDTFDate(parsing: EDTFDate(date).description)) == nil ? nil : date
        case 3: return EDTFSimpleDate(year: year, season: 21 + monthChoice % 4, qualifier: qualifier)
        default:
            guard year >= 0 else { return nil }
            return EDTFSimpleDate(year: year - year % 10, unspecifiedYearDigits: 1, qualifier: qualifier)
        }
    }

    @Test func randomDatesRoundTrip() async {
        await propertyCheck(count: 500, input: Self.simpleDates) { date in
            let edtf = EDTFDate(date)
            let parsed = try EDTFDate(parsing: edtf.description)
            #expect(parsed == edtf, "\(edtf.description)")
            #expect(parsed.description == edtf.description)
        }
    }

    @Test func randomIntervalsRoundTripOrAreRefusedWhenBackwards() async {
        await propertyCheck(count: 300, input: Self.simpleDates, Self.simpleDates) { a, b in
            let interval = EDTFDate(start: .date(a), end: .date(b))
            let text = interval.description
            do throws(EDTFError) {
                let parsed = try EDTFDate(parsing: text)
                #expect(parsed.description == text)
                // Accepted only when the start can come before the end.
                let (s, e) = (EDTFDate(a).earliest!, EDTFDate(b).latest!)
                #expect((s.year, s.month, s.day) <= (e.year, e.month, e.day), "\(text)")
            } catch {
                // Both ends are valid dates, so the one reason to refuse is an end before the start.
                let (s, e) = (EDTFDate(a).earliest!, EDTFDate(b).latest!)
                #expect((s.year, s.month, s.day) > (e.year, e.month, e.day), "\(text): \(error.message)")
                #expect(error.message == "interval end \(b) is earlier than its start \(a)")
                #expect(error.offset == a.description.utf8.count + 1)
            }
        }
    }

    @Test func damagedTextIsRefusedOrPrintsBackAsItself() async {
        let alphabet: [Character] = Array("0123456789-/~?%X.Y:TZ+ ")
        await propertyCheck(count: 1000, input: Self.simpleDates, Gen.int(in: 0...20), Gen.int(in: 0...(alphabet.count - 1))) { date, position, pick in
            var text = Array(EDTFDate(date).description)
            let i = min(position, text.count)
            if position % 2 == 0 { text.insert(alphabet[pick], at: i) } else if i < text.count { text[i] = alphabet[pick] }
            let damaged = String(text)
            do throws(EDTFError) {
                let parsed = try EDTFDate(parsing: damaged)
                #expect(parsed.description == damaged || (try? EDTFDate(parsing: parsed.description)) == parsed, "\(damaged)")
            } catch {
                // A refusal says why, at a place inside the text (or just after it, for text that ends too soon).
                #expect(!error.message.isEmpty)
                #expect((0...damaged.utf8.count).contains(error.offset), "\(damaged): offset \(error.offset)")
                // The same text is refused the same way every time.
                #expect(throws: error) { try EDTFDate(parsing: damaged) }
            }
        }
    }
}
