using System.Text;
using System.Text.Json;
using Conduit.Connector.Sdk.Hosting;

namespace Conduit.Connector.Sdk.Tests.Hosting;

/// <summary>Runs <see cref="PluginEntryPoint"/> in process with the given environment, capturing stdout and stderr.</summary>
internal sealed class PluginTestRun
{
    private readonly Dictionary<string, string?> _environment;
    private readonly Connector _connector;
    private readonly HandshakeWriter _stdout = new();
    private readonly StringWriter _stderrText = new();
    private readonly MemoryStream _stderr = new();

    public PluginTestRun(params (string Key, string? Value)[] environment)
        : this(SampleConnector.Create(), environment)
    {
    }

    public PluginTestRun(Connector connector, params (string Key, string? Value)[] environment)
    {
        _connector = connector;
        _environment = environment.ToDictionary(pair => pair.Key, pair => pair.Value);
    }

    public string Stdout => _stdout.ToString();

    public string Stderr => _stderrText.ToString() + Encoding.UTF8.GetString(_stderr.ToArray());

    public Task<string> HandshakeLine => _stdout.FirstLine;

    public IReadOnlyList<JsonElement> LogEntries =>
        [.. Encoding.UTF8.GetString(_stderr.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken) =>
        PluginEntryPoint.RunAsync(
            args,
            _connector,
            "sample-binary",
            new PluginStreams(_stdout, _stderrText, _stderr, RedirectConsole: false),
            EnvironmentReader.From(_environment),
            cancellationToken);
}
