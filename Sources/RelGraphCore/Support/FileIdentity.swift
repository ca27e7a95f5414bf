import Foundation

/// A file as the file system knows it: device and inode. Two paths name the same file exactly
/// when their identities are equal (whatever links, `..` or spellings lead there), which is how
/// an output is told apart from an input before anything is written.
public struct FileIdentity: Hashable, Sendable {
    public let device: UInt64
    public let inode: UInt64
    /// True for a regular file or a folder; false for a device, pipe or socket.
    public let isOrdinary: Bool
    public let isFolder: Bool

    /// The identity of the file at `path` (symbolic links followed), nil when there is none.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        let type = info.st_mode & S_IFMT
        isFolder = type == S_IFDIR
        isOrdinary = type == S_IFREG || isFolder
    }

    /// What `path` will be once written: the file there, or, for a file not yet made, its folder
    /// and name (a folder not yet made is known by its absolute path). Equal targets are one file.
    public enum Target: Hashable, Sendable {
        case existing(FileIdentity)
        case new(folder: FileIdentity, name: String)
        case unmade(path: String)
    }

    public static func target(of path: String) -> Target {
        if let id = FileIdentity(path: path) { return .existing(id) }
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if let folder = FileIdentity(path: url.deletingLastPathComponent().path) { return .new(folder: folder, name: url.lastPathComponent) }
        return .unmade(path: url.path)
    }

    /// True when the file at `path` lies inside this folder (at any depth).
    public func contains(_ path: String) -> Bool {
        guard isFolder else { return false }
        var url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().deletingLastPathComponent()
        while true {
            if FileIdentity(path: url.path) == self { return true }
            if url.path == "/" || url.path.isEmpty { return false }
            url.deleteLastPathComponent()
        }
    }
}
