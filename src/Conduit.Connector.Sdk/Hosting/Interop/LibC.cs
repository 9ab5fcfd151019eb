using System.Runtime.InteropServices;

namespace Conduit.Connector.Sdk.Hosting.Interop;

/// <summary>The few POSIX calls the BCL does not offer (Linux and macOS only).</summary>
internal static unsafe partial class LibC
{
    private const string Library = "libc";

    /// <summary>getppid(2): the id of the parent process; an orphan gets a new parent (init or a subreaper).</summary>
    [LibraryImport(Library, EntryPoint = "getppid")]
    public static partial int GetParentProcessId();

    /// <summary>chown(2); pass <see cref="uint.MaxValue"/> (-1) to leave the owner unchanged.</summary>
    [LibraryImport(Library, EntryPoint = "chown", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Chown(string path, uint owner, uint group);

    /// <summary>getgrnam_r(3): looks a group up by name through NSS (files, LDAP, ...).</summary>
    [LibraryImport(Library, EntryPoint = "getgrnam_r", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int GetGroupByName(string name, Group* group, byte* buffer, nuint bufferLength, Group** result);

    /// <summary>struct group; pointer-sized fields, so the same layout on 64-bit Linux (glibc, musl) and macOS.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Group
    {
        public nint Name;
        public nint Password;
        public uint Id;
        public nint Members;
    }
}
