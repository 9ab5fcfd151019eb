using System.Reflection;
using Conduit.Connector.Sdk.Testing;

namespace Conduit.Connector.Sdk.EndToEndTests.Infrastructure;

/// <summary>Where the test connector builds are, and options that start them as Conduit would.</summary>
internal static class TestConnector
{
    /// <summary>Generous for a JIT start on a loaded 2-core machine; a hang still ends well inside the test timeout.</summary>
    public static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(30);

    public static string RepoRoot { get; } = Metadata("RepoRoot");

    public static string JitPath { get; } = Metadata("TestConnectorJitPath");

    public static string AotPath { get; } = Path.Combine(RepoRoot, "artifacts", "aot", "testconnector", "Conduit.Connector.Sdk.TestConnector");

    public static TheoryData<ConnectorBuild> Builds => [ConnectorBuild.Jit, ConnectorBuild.Aot];

    public static TheoryData<ConnectorBuild, Transport> BuildsAndTransports
    {
        get
        {
            var data = new TheoryData<ConnectorBuild, Transport>();
            foreach (var build in Enum.GetValues<ConnectorBuild>())
            {
                foreach (var transport in Enum.GetValues<Transport>())
                {
                    data.Add(build, transport);
                }
            }

            return data;
        }
    }

    public static string PathOf(ConnectorBuild build) => build == ConnectorBuild.Aot ? AotPath : JitPath;

    public static ConnectorProcessOptions Options(ConnectorBuild build, Transport transport = Transport.Unix)
    {
        var options = new ConnectorProcessOptions(PathOf(build))
        {
            HandshakeTimeout = HandshakeTimeout,
            FailOnMalformedLogLine = true,
        };
        switch (transport)
        {
            case Transport.Tcp:
                options.Network = ConnectorNetwork.Tcp;
                break;
            case Transport.AutoMtls:
                options.AutoMtls = true;
                break;
        }

        return options;
    }

    private static string Metadata(string key) =>
        typeof(TestConnector).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");
}
