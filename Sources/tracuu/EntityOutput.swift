import TraCuuText

/// How entities print, as text and as JSON.
enum EntityOutput {
    /// One JSON object for an entity, with byte offsets already mapped to the input.
    static func json(_ entity: Entity, start: Int, end: Int) -> String {
        var object = JSONObject()
        object.add("type", "entity")
        object.add("kind", entity.kind.rawValue)
        object.add("text", entity.text)
        object.add("start", start)
        object.add("end", end)
        object.add("key", entity.keys.exact)
        switch entity.value {
        case .number(let value):
            object.add("value", value)
        case .date(let date):
            object.add("value", date.description)
        case .docref(let reference):
            object.add("doctype", reference.kind.name)
            object.add("number", reference.number)
            object.add("year", reference.year)
            object.add("issuer", reference.issuer)
            object.add("date", reference.date?.description)
        case .plenum(let plenum):
            object.add("plenum", plenum.plenum)
            object.add("term", plenum.term)
        case .person(let name), .place(let name):
            object.add("name", name)
        }
        return object.json
    }

    /// One tab-separated line: `entity`, kind, byte range, text, key.
    static func line(_ entity: Entity, start: Int, end: Int) -> String {
        "entity\t\(entity.kind.rawValue)\t\(start)..<\(end)\t\(entity.text)\t\(entity.keys.exact)"
    }
}
