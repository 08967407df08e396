import Foundation
import Testing
import TraCuu

/// An index owns only the files it writes: whatever else a user keeps in or beside its folder
/// survives every operation, and a folder of other files is never made an index.
@Suite struct IndexFolderSafetyTests {
    /// Files a user might keep in a folder, with their contents.
    private static let userFiles = [
        "notes.txt": "ghi chú", ".hidden": "ẩn", "seg_0.pst.bak": "bản sao",
        "manifest.bak": "cũ", "seg_1.del": "không phải của chỉ mục", "sub/thesis.docx": "luận văn",
    ]

    private func plant(_ files: [String: String], in folder: String) throws {
        for (name, text) in files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    private func expectIntact(_ files: [String: String], in folder: String,
                              after step: String) {
        for (name, text) in files {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            let data = FileManager.default.contents(atPath: path)
            #expect(data.map { String(decoding: $0, as: UTF8.self) } == text,
                    "\(name) did not survive \(step)")
        }
    }

    private func document(_ number: Int) -> Document {
        Document(id: "d\(number)", title: "Tin \(number)",
                 body: "Đảng bộ phường Mỏ Chè ban hành Nghị quyết số \(number) về đô thị văn minh")
    }

    @Test("names the index writes are its own; look-alikes a user may keep are not",
          arguments: [
              ("manifest", true), ("manifest.tmp", true), ("write.lock", true),
              ("seg_0.dic", true), ("seg_12.pst", true), ("seg_3.pos", true), ("seg_3.doc", true),
              ("seg_3.bgr", true), ("seg_3.fdt", true), ("seg_3_17.del", true),
              ("notes.txt", false), (".hidden", false), ("seg_0.pst.bak", false),
              ("seg_1.del", false), ("seg_1_2.dic", false), ("seg_.dic", false),
              ("seg_a.dic", false), ("seg_1.txt", false), ("manifest.bak", false),
              ("Seg_1.dic", false), ("seg_1_.del", false), ("xseg_1.dic", false),
          ])
    func ownNames(name: String, isOwn: Bool) {
        #expect(IndexFiles.isIndexFile(name) == isOwn)
    }

    @Test("user files inside and beside an index survive index, commit, rollback, merge and delete")
    func userFilesSurviveEveryOperation() throws {
        try StorageFixture.withFolder { root in
            let path = root + "/index"
            let options = IndexOptions(bufferBytes: 4 << 10, mergeFactor: 2)
            let index = try SearchIndex.open(at: path, creatingIfMissing: true, options: options)
            try plant(Self.userFiles, in: path)
            try plant(Self.userFiles, in: root)

            let writer = try index.writer()
            for number in 0..<40 { try writer.add(document(number)) }
            try writer.commit()
            expectIntact(Self.userFiles, in: path, after: "commit with merges")
            for number in 40..<60 { try writer.add(document(number)) }
            try writer.rollback()
            expectIntact(Self.userFiles, in: path, after: "rollback")
            #expect(try writer.delete(id: "d3"))
            try writer.commit()
            expectIntact(Self.userFiles, in: path, after: "delete")
            try writer.mergeAll()
            expectIntact(Self.userFiles, in: path, after: "mergeAll")
            try writer.close()

            let searcher = try index.searcher()
            #expect(searcher.documentCount == 39)
            expectIntact(Self.userFiles, in: root, after: "every operation, beside the index")
        }
    }

    @Test("a writer dropped mid-write leaves files the next writer cleans, and user files stay")
    func recoveryKeepsUserFiles() throws {
        try StorageFixture.withFolder { root in
            let options = IndexOptions(bufferBytes: 4 << 10)
            let index = try SearchIndex.open(at: root, creatingIfMissing: true, options: options)
            try plant(Self.userFiles, in: root)
            var writer: IndexWriter? = try index.writer()
            for number in 0..<30 { try writer?.add(document(number)) }
            let flushed = try FileDirectory(path: root, creatingIfMissing: false).fileNames()
                .filter { $0.hasPrefix("seg_") && IndexFiles.isIndexFile($0) }
            #expect(!flushed.isEmpty, "the small buffer should have flushed segment files")
            writer = nil  // as a killed writer would: flushed segments, no commit

            let next = try index.writer()
            let left = try FileDirectory(path: root, creatingIfMissing: false).fileNames()
            #expect(left.filter { IndexFiles.isIndexFile($0) && $0 != "manifest" }.isEmpty,
                    "uncommitted segment files are garbage: \(left.sorted())")
            try next.close()
            expectIntact(Self.userFiles, in: root, after: "recovery")
        }
    }

    @Test("a folder of other files is not made an index, and nothing in it changes")
    func foreignFolderIsRefused() throws {
        try StorageFixture.withFolder { root in
            try plant(Self.userFiles, in: root)
            let before = try FileManager.default.subpathsOfDirectory(atPath: root).sorted()
            let error = #expect(throws: IndexError.self) {
                try SearchIndex.open(at: root, creatingIfMissing: true)
            }
            #expect(error?.code == .notAnIndex)
            #expect(error?.message.contains(root) == true)
            #expect(try FileManager.default.subpathsOfDirectory(atPath: root).sorted() == before)
            expectIntact(Self.userFiles, in: root, after: "the refused open")
        }
    }

    @Test("a folder holding only a hidden file or a subfolder is not empty")
    func hiddenEntriesCount() throws {
        for planted in [[".DS_Store": "x"], ["sub/a": "x"]] {
            try StorageFixture.withFolder { root in
                try plant(planted, in: root)
                let error = #expect(throws: IndexError.self) {
                    try SearchIndex.open(at: root, creatingIfMissing: true)
                }
                #expect(error?.code == .notAnIndex)
            }
        }
    }

    @Test("an empty folder, a missing one, and one with only a lock file become an index")
    func emptyFoldersAreUsed() throws {
        try StorageFixture.withFolder { root in
            _ = try SearchIndex.open(at: root, creatingIfMissing: true)
            _ = try SearchIndex.open(at: root + "/new/nested", creatingIfMissing: true)
            try plant(["write.lock": ""], in: root + "/locked")
            _ = try SearchIndex.open(at: root + "/locked", creatingIfMissing: true)
            for folder in [root, root + "/new/nested", root + "/locked"] {
                #expect(FileManager.default.fileExists(atPath: folder + "/manifest"))
            }
        }
    }

    @Test("user files in an existing index folder do not stop it from opening")
    func existingIndexWithUserFiles() throws {
        try StorageFixture.withFolder { root in
            let writer = try SearchIndex.open(at: root, creatingIfMissing: true).writer()
            try writer.add(document(1))
            try writer.commit()
            try writer.close()
            try plant(Self.userFiles, in: root)
            let reopened = try SearchIndex.open(at: root, creatingIfMissing: true).writer()
            try reopened.add(document(2))
            try reopened.commit()
            try reopened.close()
            expectIntact(Self.userFiles, in: root, after: "reopening the index")
        }
    }
}
