/// Files an index wrote that no commit uses.
extension SearchIndex {
    /// The index files (by their names' patterns, `IndexFiles.isIndexFile`) in the folder
    /// that the last commit does not reference, sorted: the unfinished segments of a writer
    /// that is running now, or of one that was killed or failed before it committed. The
    /// next writer deletes them; a running `rollback()` or `commit()` does too. The lock
    /// file and files the index did not write are never listed. Costs one directory listing
    /// and one manifest read.
    public func unreferencedFiles() throws -> [String] {
        let referenced = try Manifest(reading: directory).files
        return try directory.fileNames().filter { name in
            IndexFiles.isIndexFile(name) && name != WriterLock.fileName
                && !referenced.contains(name)
        }
        .sorted()
    }
}
