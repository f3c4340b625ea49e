/// A rule pack's element positions: the general `XMLPositions`, which lint
/// configurations and source ledgers use too.
typealias PackPositions = XMLPositions
