using System.Collections;
using Conduit.Connector.Sdk.Testing.Launching;

namespace Conduit.Connector.Sdk.Testing.Tests.Launching;

public sealed class ChildEnvironmentTests
{
    private static readonly Hashtable Inherited = new()
    {
        ["PATH"] = "/usr/bin:/bin",
        ["HOME"] = "/root",
        ["PLUGIN_CLIENT_CERT"] = "leaked",
        ["CONDUIT_CONNECTOR_ID"] = "leaked",
        ["CONDUIT_DOTNET_SDK_NETWORK"] = "tcp",
    };

    [Fact]
    public void Defaults_WhatConduitAndGoPluginSend()
    {
        var env = ChildEnvironment.Build(new ConnectorProcessOptions("/bin/true"), Inherited, clientCertificatePem: null);

        Assert.Equal(ConnectorProcessOptions.ConduitMagicCookie, env["CONDUIT_PLUGIN_MAGIC_COOKIE"]);
        Assert.Equal("204e8e812c3a1bb73b838928c575b42a105dd2e9aa449be481bc4590486df53f", env["CONDUIT_PLUGIN_MAGIC_COOKIE"]);
        Assert.Equal("10000", env["PLUGIN_MIN_PORT"]);
        Assert.Equal("25000", env["PLUGIN_MAX_PORT"]);
        Assert.Equal("1,2", env["PLUGIN_PROTOCOL_VERSIONS"]);
        Assert.Equal("connector-under-test", env["CONDUIT_CONNECTOR_ID"]);
        Assert.Equal("irrelevant-token", env["CONDUIT_CONNECTOR_TOKEN"]);
        Assert.Equal("127.0.0.1:8084", env["CONDUIT_CONNECTOR_UTILITIES_GRPC_TARGET"]);
        Assert.Equal("trace", env["CONDUIT_CONNECTOR_LOG_LEVEL"]);
        Assert.Equal("4194304", env["CONDUIT_CONNECTOR_MAX_RECEIVE_RECORD_SIZE"]);
        Assert.False(env.ContainsKey("PLUGIN_CLIENT_CERT"));
        Assert.False(env.ContainsKey("PLUGIN_UNIX_SOCKET_DIR"));
        Assert.False(env.ContainsKey("CONDUIT_DOTNET_SDK_NETWORK"));
    }

    [Fact]
    public void InheritedBase_KeptExceptPluginAndConduitVariables()
    {
        var env = ChildEnvironment.Build(new ConnectorProcessOptions("/bin/true"), Inherited, clientCertificatePem: null);

        Assert.Equal("/usr/bin:/bin", env["PATH"]);
        Assert.Equal("/root", env["HOME"]);
        Assert.DoesNotContain(env.Values, v => v == "leaked");
    }

    [Fact]
    public void EmptyBaseEnvironment_OnlyConduitVariables()
    {
        var options = new ConnectorProcessOptions("/bin/true") { EmptyBaseEnvironment = true };

        var env = ChildEnvironment.Build(options, Inherited, clientCertificatePem: null);

        Assert.All(env.Keys, key => Assert.True(key.StartsWith("PLUGIN_", StringComparison.Ordinal) || key.StartsWith("CONDUIT_", StringComparison.Ordinal), key));
        Assert.False(env.ContainsKey("PATH"));
    }

    [Fact]
    public void Options_MappedToVariables()
    {
        var options = new ConnectorProcessOptions("/bin/true")
        {
            ProtocolVersions = "2,1",
            Network = ConnectorNetwork.Tcp,
            MinPort = 20000,
            MaxPort = 20010,
            UnixSocketDirectory = "/tmp/sockets",
            ConnectorId = "pipeline:source",
            Token = "secret",
            UtilitiesTarget = "127.0.0.1:9999",
            LogLevel = null,
            MaxReceiveRecordSize = null,
            MagicCookie = null,
        };

        var env = ChildEnvironment.Build(options, Inherited, clientCertificatePem: "-----BEGIN CERTIFICATE-----\n");

        Assert.Equal("2,1", env["PLUGIN_PROTOCOL_VERSIONS"]);
        Assert.Equal("tcp", env["CONDUIT_DOTNET_SDK_NETWORK"]);
        Assert.Equal("20000", env["PLUGIN_MIN_PORT"]);
        Assert.Equal("20010", env["PLUGIN_MAX_PORT"]);
        Assert.Equal("/tmp/sockets", env["PLUGIN_UNIX_SOCKET_DIR"]);
        Assert.Equal("pipeline:source", env["CONDUIT_CONNECTOR_ID"]);
        Assert.Equal("secret", env["CONDUIT_CONNECTOR_TOKEN"]);
        Assert.Equal("127.0.0.1:9999", env["CONDUIT_CONNECTOR_UTILITIES_GRPC_TARGET"]);
        Assert.Equal("-----BEGIN CERTIFICATE-----\n", env["PLUGIN_CLIENT_CERT"]);
        Assert.False(env.ContainsKey("CONDUIT_CONNECTOR_LOG_LEVEL"));
        Assert.False(env.ContainsKey("CONDUIT_CONNECTOR_MAX_RECEIVE_RECORD_SIZE"));
        Assert.False(env.ContainsKey("CONDUIT_PLUGIN_MAGIC_COOKIE"));
    }

    [Fact]
    public void UnixNetwork_SetExplicitly()
    {
        var env = ChildEnvironment.Build(new ConnectorProcessOptions("/bin/true") { Network = ConnectorNetwork.Unix }, Inherited, null);

        Assert.Equal("unix", env["CONDUIT_DOTNET_SDK_NETWORK"]);
    }

    [Fact]
    public void Overrides_AppliedLastAndNullRemoves()
    {
        var options = new ConnectorProcessOptions("/bin/true");
        options.Environment["PLUGIN_MIN_PORT"] = "abc";
        options.Environment["CONDUIT_PLUGIN_MAGIC_COOKIE"] = null;
        options.Environment["PATH"] = null;
        options.Environment["EXTRA"] = "1";

        var env = ChildEnvironment.Build(options, Inherited, null);

        Assert.Equal("abc", env["PLUGIN_MIN_PORT"]);
        Assert.False(env.ContainsKey("CONDUIT_PLUGIN_MAGIC_COOKIE"));
        Assert.False(env.ContainsKey("PATH"));
        Assert.Equal("1", env["EXTRA"]);
    }
}
