using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using Conduit.Connector.Sdk.Hosting;
using Conduit.Connector.Sdk.Hosting.Transport;

namespace Conduit.Connector.Sdk.Tests.Hosting;

public sealed class TransportTests
{
    [Fact]
    public void PortRange_Unset_GoPluginDefaults()
    {
        Assert.Equal(new PortRange(10000, 25000), PortRange.Parse(null, null));
        Assert.Equal(new PortRange(10000, 25000), PortRange.Parse("", " "));
    }

    [Fact]
    public void PortRange_Valid_Parsed()
    {
        Assert.Equal(new PortRange(1, 65535), PortRange.Parse("1", "65535"));
        Assert.Equal(new PortRange(30000, 30000), PortRange.Parse(" 30000 ", "30000"));
        Assert.Equal(new PortRange(20000, 25000), PortRange.Parse("20000", null));
    }

    [Theory]
    [InlineData("abc", "25000", "PLUGIN_MIN_PORT=\"abc\"")]
    [InlineData("10000", "25k", "PLUGIN_MAX_PORT=\"25k\"")]
    [InlineData("0", "25000", "PLUGIN_MIN_PORT=\"0\"")]
    [InlineData("10000", "65536", "PLUGIN_MAX_PORT=\"65536\"")]
    [InlineData("-1", "25000", "PLUGIN_MIN_PORT=\"-1\"")]
    [InlineData("20000", "10000", "PLUGIN_MIN_PORT=20000 is greater than PLUGIN_MAX_PORT=10000")]
    public void PortRange_Invalid_ThrowsClearError(string min, string max, string expected)
    {
        var exception = Assert.Throws<PluginStartupException>(() => PortRange.Parse(min, max));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TcpPortBinder_FreeRange_BindsLoopbackWithinRange()
    {
        // Arrange
        var (first, holder) = HoldFreePort();
        holder.Dispose();
        var range = new PortRange(first, first + 20);

        // Act
        using var socket = TcpPortBinder.Bind(range);

        // Assert
        var endpoint = (IPEndPoint)socket.LocalEndPoint!;
        Assert.Equal(IPAddress.Loopback, endpoint.Address);
        Assert.InRange(endpoint.Port, range.Min, range.Max);
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(endpoint);
        Assert.True(client.Connected);
    }

    [Fact]
    public void TcpPortBinder_FirstPortBusy_SkipsIt()
    {
        // Arrange
        var (busy, holder) = HoldFreePort();
        using (holder)
        {
            // Act
            using var socket = TcpPortBinder.Bind(new PortRange(busy, busy + 20));

            // Assert
            var port = ((IPEndPoint)socket.LocalEndPoint!).Port;
            Assert.NotEqual(busy, port);
            Assert.InRange(port, busy + 1, busy + 20);
        }
    }

    [Fact]
    public void TcpPortBinder_EveryPortBusy_ThrowsClearError()
    {
        // Arrange
        var (busy, holder) = HoldFreePort();
        using (holder)
        {
            // Act
            var exception = Assert.Throws<PluginStartupException>(() => TcpPortBinder.Bind(new PortRange(busy, busy)));

            // Assert
            Assert.Contains($"PLUGIN_MIN_PORT={busy}", exception.Message, StringComparison.Ordinal);
            Assert.Contains($"PLUGIN_MAX_PORT={busy}", exception.Message, StringComparison.Ordinal);
            Assert.Contains("No free TCP port", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void UnixSocketBinder_Default_FreshOwnerOnlySocketThatAcceptsConnections()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("unix sockets are not served on Windows");
        }

        // Arrange
        var directory = Directory.CreateTempSubdirectory("conduit-sdk-test-").FullName;
        try
        {
            // Act
            var (socket, path) = UnixSocketBinder.Bind(directory, group: null);
            using (socket)
            {
                // Assert
                Assert.Equal(directory, Path.GetDirectoryName(path));
                Assert.Matches("^plugin[0-9]+$", Path.GetFileName(path));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
                using var client = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                client.Connect(new UnixDomainSocketEndPoint(path));
                Assert.True(client.Connected);
            }

            UnixSocketBinder.TryDelete(path);
            Assert.False(File.Exists(path));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void UnixSocketBinder_TwoBinds_DifferentPaths()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("unix sockets are not served on Windows");
        }

        var directory = Directory.CreateTempSubdirectory("conduit-sdk-test-").FullName;
        try
        {
            var (first, firstPath) = UnixSocketBinder.Bind(directory, group: null);
            var (second, secondPath) = UnixSocketBinder.Bind(directory, group: null);
            first.Dispose();
            second.Dispose();

            Assert.NotEqual(firstPath, secondPath);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void UnixSocketBinder_WithOwnGroup_GroupReadWrite()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("reads the effective group from /proc");
        }

        // Arrange: our own effective group is always one we may give a file to.
        var gid = File.ReadLines("/proc/self/status").First(line => line.StartsWith("Gid:", StringComparison.Ordinal))
            .Split('\t', StringSplitOptions.RemoveEmptyEntries)[2];
        var directory = Directory.CreateTempSubdirectory("conduit-sdk-test-").FullName;
        try
        {
            // Act
            var (socket, path) = UnixSocketBinder.Bind(directory, gid);
            using (socket)
            {
                // Assert
                Assert.Equal(
                    UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite,
                    File.GetUnixFileMode(path));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void UnixSocketBinder_MissingDirectory_ThrowsClearError()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("unix sockets are not served on Windows");
        }

        var exception = Assert.Throws<PluginStartupException>(() => UnixSocketBinder.Bind("/nonexistent/conduit-sdk", group: null));

        Assert.Contains("/nonexistent/conduit-sdk", exception.Message, StringComparison.Ordinal);
        Assert.Contains("PLUGIN_UNIX_SOCKET_DIR", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnixGroup_Resolve_NamesNumbersAndUnknowns()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("group database lookups");
        }

        Assert.Equal(0u, UnixGroup.Resolve("root"));
        Assert.Equal(4242u, UnixGroup.Resolve("4242"));
        var exception = Assert.Throws<PluginStartupException>(() => UnixGroup.Resolve("no-such-group-conduit-sdk"));
        Assert.Contains("PLUGIN_UNIX_SOCKET_GROUP=\"no-such-group-conduit-sdk\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PluginListener_Tcp_AddressIsLoopbackAndPort()
    {
        // Arrange
        var (first, holder) = HoldFreePort();
        holder.Dispose();
        var settings = new ListenSettings(PluginNetwork.Tcp, first.ToString(System.Globalization.CultureInfo.InvariantCulture), (first + 20).ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, null);

        // Act
        using var listener = PluginListener.Open(settings);

        // Assert
        Assert.Equal(PluginNetwork.Tcp, listener.Network);
        Assert.Matches(@"^127\.0\.0\.1:[0-9]+$", listener.Address);
        var handed = listener.CreateBoundListenSocket(listener.EndPoint);
        Assert.Equal(listener.EndPoint, handed.LocalEndPoint);
        handed.Dispose();
    }

    [Fact]
    public void PluginListener_UnixDispose_RemovesSocketFile()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("unix sockets are not served on Windows");
        }

        // Arrange
        var directory = Directory.CreateTempSubdirectory("conduit-sdk-test-").FullName;
        try
        {
            var listener = PluginListener.Open(new ListenSettings(PluginNetwork.Unix, null, null, directory, null, null));
            Assert.True(File.Exists(listener.Address));

            // Act
            listener.Dispose();

            // Assert
            Assert.False(File.Exists(listener.Address));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Handshake_Format_GoPluginLine()
    {
        Assert.Equal("1|2|unix|/tmp/plugin123|grpc|", Handshake.Format(2, PluginNetwork.Unix, "/tmp/plugin123", null));
        Assert.Equal("1|2|tcp|127.0.0.1:10000|grpc|QUJD", Handshake.Format(2, PluginNetwork.Tcp, "127.0.0.1:10000", "QUJD"));
    }

    // Finds a port nobody uses now and keeps it busy (listening) until the holder is disposed.
    private static (int Port, Socket Holder) HoldFreePort()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = Random.Shared.Next(30000, 60000);
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
                socket.Listen();
                return (port, socket);
            }
            catch (SocketException)
            {
                socket.Dispose();
            }
        }

        throw new InvalidOperationException("no free port found for the test");
    }
}
