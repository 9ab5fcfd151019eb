using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Conduit.Connector.Sdk.Hosting;

namespace Conduit.Connector.Sdk.Tests.Hosting;

public sealed class PluginEntryPointTests
{
    private const string Cookie = "204e8e812c3a1bb73b838928c575b42a105dd2e9aa449be481bc4590486df53f";

    private const string NotAPlugin =
        "This binary is a plugin. These are not meant to be executed directly.\n"
        + "Please execute the program that consumes these plugins, which will\n"
        + "load any plugins automatically\n";

    [Theory]
    [InlineData("spec")]
    [InlineData("specs")]
    [InlineData("specification")]
    [InlineData("specifications")]
    public async Task Run_SpecWord_PrintsYamlAndExitsZero(string word)
    {
        // Arrange
        var run = new PluginTestRun();

        // Act
        var exitCode = await run.RunAsync([word], TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(0, exitCode);
        Assert.StartsWith("version: \"1.0\"\nspecification:\n  name: sample\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("      - name: sdk.batch.size\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  destination:\n", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public async Task Run_VersionWord_PrintsVersionLine()
    {
        var run = new PluginTestRun();

        var exitCode = await run.RunAsync(["version"], TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Equal("v1.2.3\n", run.Stdout);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Run_HelpWord_SaysWhatTheBinaryIs(string word)
    {
        var run = new PluginTestRun();

        var exitCode = await run.RunAsync([word], TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("sample v1.2.3\nReads and writes samples.\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Conduit connector plugin (a source and a destination)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("standalone:sample", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Usage: sample-binary [command]", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  spec ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  version ", run.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("-h)\n", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("SPEC")]
    [InlineData("--version")]
    public async Task Run_UnknownWord_ErrorOnStderrExitOne(string word)
    {
        var run = new PluginTestRun(("CONDUIT_PLUGIN_MAGIC_COOKIE", Cookie));

        var exitCode = await run.RunAsync([word, "extra"], TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal($"unknown command: {word}\n", run.Stderr);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task Run_NoCookie_GoPluginsThreeLinesExitOne(string? cookie)
    {
        var run = new PluginTestRun(("CONDUIT_PLUGIN_MAGIC_COOKIE", cookie));

        var exitCode = await run.RunAsync([], TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal(NotAPlugin, run.Stderr);
    }

    [Fact]
    public async Task Run_NoCommonProtocolVersion_ErrorLogLineExitOne()
    {
        var run = new PluginTestRun(("CONDUIT_PLUGIN_MAGIC_COOKIE", Cookie), ("PLUGIN_PROTOCOL_VERSIONS", "1"));

        var exitCode = await run.RunAsync([], TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, run.Stdout);
        var entry = Assert.Single(run.LogEntries, entry => entry.GetProperty("@level").GetString() == "error");
        var message = entry.GetProperty("@message").GetString()!;
        Assert.Contains("\"1\"", message, StringComparison.Ordinal);
        Assert.Contains("only version 2", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TcpWithInvalidPortRange_ErrorLogLineExitOne()
    {
        var run = new PluginTestRun(
            ("CONDUIT_PLUGIN_MAGIC_COOKIE", Cookie),
            ("CONDUIT_DOTNET_SDK_NETWORK", "tcp"),
            ("PLUGIN_MIN_PORT", "30000"),
            ("PLUGIN_MAX_PORT", "20000"));

        var exitCode = await run.RunAsync([], TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, run.Stdout);
        var message = Assert.Single(run.LogEntries, entry => entry.GetProperty("@level").GetString() == "error").GetProperty("@message").GetString()!;
        Assert.Contains("PLUGIN_MIN_PORT=30000 is greater than PLUGIN_MAX_PORT=20000", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ClientCertificateGarbage_ErrorLogLineExitOne()
    {
        var run = new PluginTestRun(("CONDUIT_PLUGIN_MAGIC_COOKIE", Cookie), ("PLUGIN_CLIENT_CERT", "garbage"));

        var exitCode = await run.RunAsync([], TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains(run.LogEntries, entry => entry.GetProperty("@message").GetString()!.Contains("PLUGIN_CLIENT_CERT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_SpecificationThrows_ErrorLogLineExitOne()
    {
        var run = new PluginTestRun(new Connector { Specification = new ThrowingSpecification() });

        var exitCode = await run.RunAsync(["version"], TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, run.Stdout);
        var entry = Assert.Single(run.LogEntries);
        Assert.Equal("error", entry.GetProperty("@level").GetString());
        Assert.Equal("no version today", entry.GetProperty("error").GetString());
        Assert.Contains("InvalidOperationException", entry.GetProperty("exception").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithCookie_HandshakesServesAndStopsOnCancel()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("unix sockets are not served on Windows");
        }

        // Arrange
        var directory = Directory.CreateTempSubdirectory("conduit-sdk-test-").FullName;
        try
        {
            var run = new PluginTestRun(
                ("CONDUIT_PLUGIN_MAGIC_COOKIE", Cookie),
                ("PLUGIN_PROTOCOL_VERSIONS", "2,1"),
                ("PLUGIN_UNIX_SOCKET_DIR", directory),
                ("CONDUIT_CONNECTOR_LOG_LEVEL", "info"));
            using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(30));

            // Act
            var running = run.RunAsync([], cancellation.Token);
            var line = await run.HandshakeLine.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
            var parts = line.Split('|');
            using (var client = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
            {
                await client.ConnectAsync(new UnixDomainSocketEndPoint(parts[3]), TestContext.Current.CancellationToken);
                Assert.True(client.Connected);
            }

            await cancellation.CancelAsync();
            var exitCode = await running.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

            // Assert
            Assert.Equal(0, exitCode);
            Assert.Equal(6, parts.Length);
            Assert.Equal(["1", "2", "unix"], parts[..3]);
            Assert.Equal(directory, Path.GetDirectoryName(parts[3]));
            Assert.Equal(["grpc", string.Empty], parts[4..]);
            Assert.Equal(line + "\n", run.Stdout);
            Assert.False(File.Exists(parts[3]));
            var warning = Assert.Single(run.LogEntries, entry => entry.GetProperty("@level").GetString() == "warn");
            Assert.Contains("CONDUIT_CONNECTOR_ID, CONDUIT_CONNECTOR_TOKEN, CONDUIT_CONNECTOR_UTILITIES_GRPC_TARGET", warning.GetProperty("@message").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private sealed class ThrowingSpecification : Specification
    {
        public override string Name => "throwing";

        public override string Summary => "Throws.";

        public override string Version => throw new InvalidOperationException("no version today");
    }
}
