namespace Conduit.Connector.Sdk.StartupBenchmark;

/// <summary>The measurements of one build, each as median / min / max.</summary>
internal sealed record Result(string Handshake, string Rss, string Cpu, string Specify);
