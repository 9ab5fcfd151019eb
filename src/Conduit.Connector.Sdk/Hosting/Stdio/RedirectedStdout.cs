using Conduit.Connector.Sdk.Protocol.Wire.GoPlugin;
using Microsoft.Extensions.Logging;
using System.Text;

namespace Conduit.Connector.Sdk.Hosting.Stdio;

/// <summary>
/// Replaces <see cref="Console.Out"/> after the handshake: stdout belongs to go-plugin, so whatever the connector
/// prints becomes an info log line (module <c>stdout</c>) on stderr and, while Conduit has a StreamStdio call
/// open, a STDOUT chunk on that stream too.
/// </summary>
internal sealed class RedirectedStdout : LineBufferingWriter
{
    private readonly ILogger _logger;
    private readonly StdioBroadcaster _broadcaster;

    public RedirectedStdout(ILogger logger, StdioBroadcaster broadcaster)
    {
        _logger = logger;
        _broadcaster = broadcaster;
    }

    protected override void WriteLineCore(string line)
    {
        HostingLog.ConsoleOutput(_logger, line);
        if (_broadcaster.HasSubscribers)
        {
            _broadcaster.Publish(StdioData.Types.Channel.Stdout, Encoding.UTF8.GetBytes(line + "\n"));
        }
    }
}
