import Testing
import TraCuuText

@Suite struct MarkDistanceTests {
    @Test("spellings of one folded word are as far apart as the marks they differ by",
          arguments: [
              ("số", "số", 0), ("số", "sô", 1), ("số", "só", 1), ("số", "so", 2),
              ("bước", "buớc", 1), ("định", "đinh", 1), ("định", "dinh", 2),
              ("nghị", "nghí", 1), ("hòa", "hoà", 0), ("thủy", "thuỷ", 0), ("đảng", "dang", 2),
          ])
    func distance(first: String, second: String, distance: Int) {
        #expect(MarkDistance.between(first, second) == distance)
        #expect(MarkDistance.between(second, first) == distance)
    }

    @Test("words whose letters differ have no distance")
    func differentLetters() {
        #expect(MarkDistance.between("số", "sơn") == nil)
        #expect(MarkDistance.between("ba", "bà ba") == nil)
    }
}
