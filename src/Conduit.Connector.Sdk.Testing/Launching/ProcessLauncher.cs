using System.Diagnostics;
using System.Text;

namespace Conduit.Connector.Sdk.Testing.Launching;

/// <summary>Starts the executable with exactly the given environment, stdout and stderr piped, stdin at end of file.</summary>
internal static class ProcessLauncher
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static Process Start(ConnectorProcessOptions options, IReadOnlyDictionary<string, string> environment)
    {
        var startInfo = new ProcessStartInfo(options.ExecutablePath)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
        };
        foreach (var argument in options.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment.Clear();
        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }

        var process = new Process { StartInfo = startInfo };
        process.Start();

        // A daemonized Conduit hands its children an stdin at end of file; a connector must not read
        // that as "the host is gone".
        process.StandardInput.Close();
        return process;
    }
}
