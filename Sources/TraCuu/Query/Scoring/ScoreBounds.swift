/// Upper bounds of a document's score for one search in one segment. A query term adds at
/// most its BM25 (weights are at most 1, so below IDF × (k1 + 1)) and its title weight;
/// each pair of neighbouring terms found adjacent adds its proximity weight, counted with
/// the second term of the pair; the whole query found as a phrase adds its weight, counted
/// with the last term. So a document's score is at most its entity parts plus the bounds of
/// the terms it holds: MaxScore leaves the terms whose bounds together cannot beat the
/// collector's worst kept out of the lead (`leaders(beating:hasEntities:)`).
struct ScoreBounds {
    /// Sums of bounds taken in another order than the scores' sums: a margin for rounding.
    static let margin = 1 + 1e-9

    /// Per distinct term (`QueryCursors.terms`), the most it adds to a document.
    let ofDistinctTerm: [Double]
    /// Per distinct term, the IDFs of the plan terms it stands for, summed; and what its
    /// pairs and the whole phrase add (counted with it).
    private let idfSums: [Double]
    private let extras: [Double]
    private let parameters: ScoringParameters
    private let averageLength: Double
    /// Neighbouring plan terms (`index`, `index + 1`) and what they add found adjacent.
    let pairs: [(index: Int, weight: Double)]
    private let wholePhraseWeight: Double?

    init(scorer: SegmentScorer, termOf: [Int], distinctTerms: Int) {
        let plan = scorer.plan
        pairs = plan.terms.indices.dropLast().filter(scorer.isPair).map { index in
            (index, scorer.proximityWeight(index))
        }
        wholePhraseWeight = scorer.wholePhraseWeight
        var bounds = [Double](repeating: 0, count: distinctTerms)
        var idfSums = bounds, extras = bounds
        for index in plan.terms.indices {
            bounds[termOf[index]] += Self.termBound(index, scorer: scorer)
            idfSums[termOf[index]] += scorer.statistics.idf(term: index)
        }
        for pair in pairs { extras[termOf[pair.index + 1]] += pair.weight }
        if let wholePhraseWeight, let last = termOf.last { extras[last] += wholePhraseWeight }
        ofDistinctTerm = zip(bounds, extras).map { $0 + $1 }
        self.idfSums = idfSums
        self.extras = extras
        parameters = scorer.parameters
        averageLength = scorer.statistics.averageLength
    }

    /// The most plan term `index` adds on its own: BM25 and title.
    static func termBound(_ index: Int, scorer: SegmentScorer) -> Double {
        scorer.statistics.idf(term: index) * (scorer.parameters.k1 + 1 + scorer.parameters.title)
    }

    /// The most distinct term `index` adds to a document of a block bounded by `maximum`
    /// (the term's forms weigh at most `weight`): BM25's bound there (`BlockMaximum`), the
    /// title weight when the block has the term in a title, and
    /// its pairs and phrase; nothing when no form holds a document there.
    func bound(ofDistinctTerm index: Int, in maximum: BlockMaximum, weight: Double) -> Double {
        guard maximum.frequency > 0 else { return 0 }
        let (k1, b) = (parameters.k1, parameters.b)
        let termPart = (k1 + 1) / (1 + k1 * (1 - b) / Double(maximum.frequency)
                                    + k1 * b / averageLength * maximum.lengthPerFrequency)
            + (maximum.inTitle ? parameters.title : 0)
        return idfSums[index] * weight * termPart + extras[index]
    }

    /// The terms that must lead the walk for a document to beat `threshold`: none when it
    /// mentions entities (a document needs as many to beat it, and the entities lead);
    /// else all but those of least bound that together cannot reach its score.
    func leaders(beating threshold: TopKCollector.Entry,
                 hasEntities: Bool) -> SegmentScorer.Leaders {
        let byBound = ofDistinctTerm.indices.sorted { ofDistinctTerm[$0] < ofDistinctTerm[$1] }
        if threshold.entityCount > 0, hasEntities {
            return SegmentScorer.Leaders(terms: [], others: byBound.reversed(),
                                         threshold: threshold)
        }
        var sum = 0.0
        var following = 0
        while following < byBound.count,
              (sum + ofDistinctTerm[byBound[following]]) * Self.margin <= threshold.score {
            sum += ofDistinctTerm[byBound[following]]
            following += 1
        }
        return SegmentScorer.Leaders(terms: Array(byBound[following...]).sorted(),
                                     others: byBound[..<following].reversed(),
                                     threshold: threshold)
    }

    /// `parts` (BM25 and entities final) with the title and proximity parts at their most
    /// for a document holding the distinct terms `held`: `titleBound`, the pairs held
    /// (in query order), then the whole phrase, summed as the scorer sums them.
    func best(_ parts: Explanation, titleBound: Double, held: [Bool],
              termOf: [Int]) -> Explanation {
        var best = parts
        best.title = titleBound
        for pair in pairs where held[termOf[pair.index]] && held[termOf[pair.index + 1]] {
            best.proximity += pair.weight
        }
        if let wholePhraseWeight, termOf.allSatisfy({ held[$0] }) {
            best.proximity += wholePhraseWeight
        }
        return best
    }
}
