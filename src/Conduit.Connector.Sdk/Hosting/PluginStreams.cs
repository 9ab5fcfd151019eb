using System.Text;

namespace Conduit.Connector.Sdk.Hosting;

/// <summary>
/// The standard streams the entry point uses. The process's real stdout lives only here: after the handshake
/// line nothing else may reach it, so <see cref="Console.Out"/> is replaced when <see cref="RedirectConsole"/> is set.
/// </summary>
/// <param name="Out">Standard output: command-line answers and the handshake line only.</param>
/// <param name="ErrorText">Standard error for plain-text messages written before logging starts.</param>
/// <param name="Error">Standard error for log lines.</param>
/// <param name="RedirectConsole">Whether to replace <see cref="Console.Out"/> and <see cref="Console.Error"/> after the handshake (the real process only).</param>
internal sealed record PluginStreams(TextWriter Out, TextWriter ErrorText, Stream Error, bool RedirectConsole)
{
    /// <summary>Opens the process's own stdout and stderr.</summary>
    public static PluginStreams ForProcess()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { NewLine = "\n", AutoFlush = false };
        var stderr = Console.OpenStandardError();
        var stderrText = new StreamWriter(stderr, utf8, bufferSize: 1024, leaveOpen: true) { NewLine = "\n", AutoFlush = true };
        return new PluginStreams(stdout, stderrText, stderr, RedirectConsole: true);
    }
}
