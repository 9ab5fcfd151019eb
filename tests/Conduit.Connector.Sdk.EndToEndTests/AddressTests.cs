using System.Net;
using Conduit.Connector.Sdk.EndToEndTests.Infrastructure;
using Conduit.Connector.Sdk.Testing;

namespace Conduit.Connector.Sdk.EndToEndTests;

/// <summary>Where the connector listens (protocol.md §2.2, §7 item 5).</summary>
public sealed class AddressTests
{
    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task UnixSocket_FreshOwnerOnlyInSocketDirAndRemovedAtExit(ConnectorBuild build)
    {
        var token = TestContext.Current.CancellationToken;
        var directory = Directory.CreateTempSubdirectory("e2e-sockets-");
        try
        {
            var options = TestConnector.Options(build);
            options.UnixSocketDirectory = directory.FullName;

            await using var first = await ConnectorProcess.StartAsync(options, token);
            await using var second = await ConnectorProcess.StartAsync(options, token);
            var path = first.Handshake.Address;

            Assert.Equal(ConnectorNetwork.Unix, first.Handshake.Network);
            Assert.Equal(directory.FullName, Path.GetDirectoryName(path));
            Assert.NotEqual(path, second.Handshake.Address);
            Assert.Equal(2, directory.GetFileSystemInfos().Length);
            var mode = File.GetUnixFileMode(path);
            Assert.Equal(UnixFileMode.None, mode & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute));

            var exit = await first.StopAsync(token);

            Assert.Equal(0, exit.ExitCode);
            Assert.False(File.Exists(path), $"{path} is still there after the connector exited");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task Tcp_BindsLoopbackWithinRange(ConnectorBuild build)
    {
        var token = TestContext.Current.CancellationToken;
        var first = LoopbackPorts.FindFreeBlock(5);
        var options = TestConnector.Options(build, Transport.Tcp);
        options.MinPort = first;
        options.MaxPort = first + 4;

        await using var connector = await ConnectorProcess.StartAsync(options, token);

        var endpoint = IPEndPoint.Parse(connector.Handshake.Address);
        Assert.Equal(IPAddress.Loopback, endpoint.Address);
        Assert.InRange(endpoint.Port, first, first + 4);
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task Tcp_FirstPortTaken_BindsTheNextFreeOne(ConnectorBuild build)
    {
        var token = TestContext.Current.CancellationToken;
        var first = LoopbackPorts.FindFreeBlock(3);
        using var taken = LoopbackPorts.Hold(first);
        var options = TestConnector.Options(build, Transport.Tcp);
        options.MinPort = first;
        options.MaxPort = first + 2;

        await using var connector = await ConnectorProcess.StartAsync(options, token);

        Assert.Equal($"127.0.0.1:{first + 1}", connector.Handshake.Address);
    }
}
