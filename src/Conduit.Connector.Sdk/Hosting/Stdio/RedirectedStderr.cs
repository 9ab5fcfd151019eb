using System.Text;
using Conduit.Connector.Sdk.Hosting.Logging;

namespace Conduit.Connector.Sdk.Hosting.Stdio;

/// <summary>
/// Replaces <see cref="Console.Error"/>: the connector's text still reaches stderr unchanged, but whole lines at a
/// time through the same sink as the log, so a log line and a printed line never interleave.
/// </summary>
internal sealed class RedirectedStderr : LineBufferingWriter
{
    private readonly StderrSink _sink;

    public RedirectedStderr(StderrSink sink) => _sink = sink;

    protected override void WriteLineCore(string line)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(line) + 1];
        Encoding.UTF8.GetBytes(line, bytes);
        bytes[^1] = (byte)'\n';
        _sink.WriteLine(bytes);
    }
}
