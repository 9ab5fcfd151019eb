using System.Globalization;
using System.Net.Sockets;
using System.Runtime.Versioning;

namespace Conduit.Connector.Sdk.Hosting.Transport;

/// <summary>
/// Creates the unix socket go-plugin's Go server would: a fresh path <c>plugin</c> + random digits in
/// PLUGIN_UNIX_SOCKET_DIR (or the temp directory), usable by the owner only, or by the owner and
/// PLUGIN_UNIX_SOCKET_GROUP (mode 0660) when that is set.
/// </summary>
/// <remarks>
/// The permissions are set after bind and before listen: until listen nobody can connect, so there is no
/// moment in which another user could reach the server. Binding fails on an existing path, which makes the
/// name fresh (another random name is tried). The name need not be unpredictable, only unused: the
/// non-cryptographic generator is used because the cryptographic one loads OpenSSL (milliseconds and megabytes).
/// </remarks>
internal static class UnixSocketBinder
{
    private const int Backlog = 512;
    private const int Attempts = 16;

    /// <summary>Gets a value indicating whether this platform serves on unix sockets (go-plugin: everywhere but Windows).</summary>
    [UnsupportedOSPlatformGuard("windows")]
    public static bool IsSupported => !OperatingSystem.IsWindows() && Socket.OSSupportsUnixDomainSockets;

    /// <summary>Returns a bound, listening socket and its path.</summary>
    /// <exception cref="PluginStartupException">The directory is unusable or the group cannot be applied.</exception>
    [UnsupportedOSPlatform("windows")]
    public static (Socket Socket, string Path) Bind(string? directory, string? group)
    {
        var folder = directory ?? Path.GetTempPath();
        if (!Directory.Exists(folder))
        {
            throw new PluginStartupException(
                $"The unix socket directory \"{folder}\" does not exist ({EnvironmentReader.UnixSocketDirectoryKey}).");
        }

        uint? groupId = group is null ? null : UnixGroup.Resolve(group);
        for (var attempt = 0; ; attempt++)
        {
            var path = Path.Combine(folder, "plugin" + Random.Shared.Next().ToString(CultureInfo.InvariantCulture));
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                socket.Bind(new UnixDomainSocketEndPoint(path));
            }
            catch (SocketException exception) when (exception.SocketErrorCode == SocketError.AddressAlreadyInUse && attempt < Attempts)
            {
                socket.Dispose();
                continue;
            }
            catch (Exception exception) when (exception is SocketException or ArgumentException)
            {
                socket.Dispose();
                throw new PluginStartupException($"Cannot create the plugin's unix socket {path}: {exception.Message}", exception);
            }

            try
            {
                Restrict(path, groupId, group);
                socket.Listen(Backlog);
                return (socket, path);
            }
            catch
            {
                socket.Dispose();
                TryDelete(path);
                throw;
            }
        }
    }

    /// <summary>Removes the socket file; missing files and races with other cleanup are fine.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [UnsupportedOSPlatform("windows")]
    private static void Restrict(string path, uint? groupId, string? group)
    {
        if (groupId is null)
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            return;
        }

        UnixGroup.Assign(path, groupId.Value, group!);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite);
    }
}
