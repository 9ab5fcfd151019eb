using System.Diagnostics;
using Conduit.Connector.Sdk.EndToEndTests.Infrastructure;
using Conduit.Connector.Sdk.Testing;

namespace Conduit.Connector.Sdk.EndToEndTests;

/// <summary>
/// A bad environment ends in a clear stderr message and a non-zero exit, never a hang
/// (protocol.md §1, §2, §7 item 1).
/// </summary>
public sealed class StartupFailureTests
{
    private const string PluginBanner =
        "This binary is a plugin. These are not meant to be executed directly.\n" +
        "Please execute the program that consumes these plugins, which will\n" +
        "load any plugins automatically\n";

    [Theory(Timeout = 60_000)]
    [InlineData(ConnectorBuild.Jit, null)]
    [InlineData(ConnectorBuild.Aot, null)]
    [InlineData(ConnectorBuild.Aot, "wrong-cookie")]
    [InlineData(ConnectorBuild.Aot, "")]
    public async Task MissingOrWrongCookie_PrintsGoPluginBannerAndExits1(ConnectorBuild build, string? cookie)
    {
        var options = TestConnector.Options(build);
        options.MagicCookie = cookie;

        var result = await ConnectorProcess.RunAsync(options, TestContext.Current.CancellationToken);

        Assert.False(result.TimedOut);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(PluginBanner, result.StandardError);
        Assert.Equal(string.Empty, result.StandardOutput);
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task NoCommonProtocolVersion_FailsClearly(ConnectorBuild build)
    {
        var options = TestConnector.Options(build);
        options.ProtocolVersions = "7,8";

        var failure = await StartExpectingFailureAsync(options, TestContext.Current.CancellationToken);

        Assert.Contains("version", failure.StderrText, StringComparison.OrdinalIgnoreCase);
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task PortRangeExhausted_FailsClearly(ConnectorBuild build)
    {
        var first = LoopbackPorts.FindFreeBlock(3);
        using var a = LoopbackPorts.Hold(first);
        using var b = LoopbackPorts.Hold(first + 1);
        using var c = LoopbackPorts.Hold(first + 2);
        var options = TestConnector.Options(build, Transport.Tcp);
        options.MinPort = first;
        options.MaxPort = first + 2;

        var failure = await StartExpectingFailureAsync(options, TestContext.Current.CancellationToken);

        Assert.Contains("port", failure.StderrText, StringComparison.OrdinalIgnoreCase);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(ConnectorBuild.Aot, "PLUGIN_MIN_PORT", "abc")]
    [InlineData(ConnectorBuild.Aot, "PLUGIN_MIN_PORT", "-1")]
    [InlineData(ConnectorBuild.Aot, "PLUGIN_MIN_PORT", "30000")]
    [InlineData(ConnectorBuild.Aot, "PLUGIN_MAX_PORT", "70000")]
    [InlineData(ConnectorBuild.Jit, "PLUGIN_MIN_PORT", "abc")]
    public async Task InvalidPortRange_FailsClearly(ConnectorBuild build, string variable, string value)
    {
        var options = TestConnector.Options(build, Transport.Tcp);
        options.MinPort = 20000;
        options.MaxPort = 20100;
        options.Environment[variable] = value;

        var failure = await StartExpectingFailureAsync(options, TestContext.Current.CancellationToken);

        Assert.Contains("PLUGIN_M", failure.StderrText, StringComparison.Ordinal);
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task GarbageClientCertificate_FailsClearly(ConnectorBuild build)
    {
        var options = TestConnector.Options(build);
        options.Environment["PLUGIN_CLIENT_CERT"] = "-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n";

        var failure = await StartExpectingFailureAsync(options, TestContext.Current.CancellationToken);

        Assert.Contains("PLUGIN_CLIENT_CERT", failure.StderrText, StringComparison.Ordinal);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(ConnectorBuild.Aot, "spec")]
    [InlineData(ConnectorBuild.Aot, "specs")]
    [InlineData(ConnectorBuild.Aot, "specification")]
    [InlineData(ConnectorBuild.Aot, "specifications")]
    [InlineData(ConnectorBuild.Jit, "spec")]
    public async Task SpecWord_PrintsSpecificationAnywhere(ConnectorBuild build, string word)
    {
        // "Anywhere": no cookie, no Conduit variables, and for the AOT binary nothing inherited at all.
        var options = new ConnectorProcessOptions(TestConnector.PathOf(build)) { EmptyBaseEnvironment = build == ConnectorBuild.Aot, MagicCookie = null };
        options.Arguments.Add(word);

        var result = await ConnectorProcess.RunAsync(options, TestContext.Current.CancellationToken);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("name: testconnector", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("count", result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(TestConnector.Builds), MemberType = typeof(TestConnector))]
    public async Task VersionWord_PrintsTheSpecifiedVersion(ConnectorBuild build)
    {
        var token = TestContext.Current.CancellationToken;
        var command = new ConnectorProcessOptions(TestConnector.PathOf(build)) { MagicCookie = null };
        command.Arguments.Add("version");

        var result = await ConnectorProcess.RunAsync(command, token);
        await using var connector = await ConnectorProcess.StartAsync(TestConnector.Options(build), token);
        var specification = await connector.Specifier.SpecifyAsync(token);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(specification.Version, result.StandardOutput.Trim());
    }

    [Fact(Timeout = 60_000)]
    public async Task UnknownWord_ExitsWithError()
    {
        var options = new ConnectorProcessOptions(TestConnector.AotPath) { MagicCookie = null };
        options.Arguments.Add("bogus");

        var result = await ConnectorProcess.RunAsync(options, TestContext.Current.CancellationToken);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown command: bogus", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
    }

    private static async Task<Failure> StartExpectingFailureAsync(ConnectorProcessOptions options, CancellationToken token)
    {
        options.FailOnMalformedLogLine = false;
        var clock = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<ConnectorStartException>(() => ConnectorProcess.StartAsync(options, token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed} to fail: {ex.Message}");
        Assert.True(ex.ExitCode is { } code && code != 0, $"expected the connector to exit non-zero on its own: {ex.Message}");
        Assert.NotEmpty(ex.StandardError);
        return new Failure(string.Join('\n', ex.StandardError));
    }

    private sealed record Failure(string StderrText);
}
