import Testing
import TraCuuText

@Suite struct CalendarDateParsingTests {
    @Test("ISO dates, day-first Vietnamese dates and timestamps read as the date written",
          arguments: [("2021-06-16", "2021-06-16"), ("2021-6-1", "2021-06-01"),
                      ("2021/06/16", "2021-06-16"), ("2021-06", "2021-06"), ("2021", "2021"),
                      ("16/6/2021", "2021-06-16"), ("16/06/2021", "2021-06-16"),
                      ("1-2-2020", "2020-02-01"), ("29.2.2020", "2020-02-29"),
                      (" 2021-06-16 ", "2021-06-16"),
                      ("2021-06-16T08:30:00Z", "2021-06-16"),
                      ("2021-06-16T23:59:59.250+07:00", "2021-06-16"),
                      ("2021-06-16 08:30", "2021-06-16"),
                      ("2021-06-16T08:30:00-0500", "2021-06-16")])
    func reads(text: String, expected: String) {
        #expect(CalendarDate(text)?.description == expected)
    }

    @Test("impossible dates and other text are no dates",
          arguments: ["2017-13-45", "2021-02-29", "31/4/2021", "13/13/2021", "21", "20211",
                      "0999", "2021-06-16-01", "2021.06", "16/6-2021", "16/6/21", "6/2021",
                      "June 2021", "", "2021-06-16T25:00", "2021-06-16T08:61",
                      "2021-06-16T08:30:00+07:00x", "2021-06-16Tnoon", "２０２１",
                      "2021-06-16T08:30:00.", "--", "/"])
    func refuses(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test("a date's description reads back as the same date")
    func roundTrip() {
        for text in ["1999", "2000-02", "2024-02-29", "2999-12-31"] {
            let date = CalendarDate(text)
            #expect(date?.description == text)
            #expect(date.flatMap { CalendarDate($0.description) } == date)
        }
    }
}
