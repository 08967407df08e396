import Foundation
import Testing
@testable import TraCuu

/// What an index says about its documents' origins and its own files: the stored paths of
/// live documents, and index files no commit references.
@Suite struct IndexBookkeepingTests {
    @Test("documentPaths lists live documents with a path, not deleted or pathless ones")
    func documentPathsAreLive() throws {
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        try writer.add(Document(id: "a", body: "hòa bình", path: "/docs/a.txt"))
        try writer.add(Document(id: "b", body: "hòa bình", path: "/docs/b.txt"))
        try writer.add(Document(id: "c", body: "hòa bình"))
        try writer.commit()
        try writer.delete(id: "b")
        try writer.add(Document(id: "d", body: "thủy", path: "/docs/d.txt"))
        try writer.commit()
        let paths = try index.searcher().documentPaths().map { "\($0.id) \($0.path)" }
        #expect(paths.sorted() == ["a /docs/a.txt", "d /docs/d.txt"])
    }

    @Test("unreferencedFiles names a killed writer's segment files and nothing else")
    func unreferencedFiles() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tracuu-bookkeeping-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = try SearchIndex.open(at: folder.path, creatingIfMissing: true)
        let writer = try index.writer()
        try writer.add(Document(id: "a", body: "hòa bình"))
        try writer.commit()
        try writer.close()
        #expect(try index.unreferencedFiles() == [])
        for name in ["seg_7.pst", "seg_7_3.del", "manifest.tmp", "seg_7.pst.bak", "notes.txt"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        #expect(try index.unreferencedFiles() == ["manifest.tmp", "seg_7.pst", "seg_7_3.del"])
        _ = try index.writer()
        #expect(try index.unreferencedFiles() == [])
    }
}
