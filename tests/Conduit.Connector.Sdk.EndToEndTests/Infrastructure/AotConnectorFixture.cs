using System.Diagnostics;
using System.Runtime.InteropServices;
using Conduit.Connector.Sdk.EndToEndTests.Infrastructure;

[assembly: AssemblyFixture(typeof(AotConnectorFixture))]

namespace Conduit.Connector.Sdk.EndToEndTests.Infrastructure;

/// <summary>
/// Makes sure the Native AOT test connector exists and is not older than the JIT build (test.sh
/// publishes it before the tests; a developer running the tests alone gets it published here).
/// </summary>
public sealed class AotConnectorFixture : IAsyncLifetime
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(6);

    public async ValueTask InitializeAsync()
    {
        var aot = new FileInfo(TestConnector.AotPath);
        var jit = new FileInfo(TestConnector.JitPath + ".dll");
        if (aot.Exists && (!jit.Exists || aot.LastWriteTimeUtc >= jit.LastWriteTimeUtc))
        {
            return;
        }

        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = TestConnector.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "publish", "tests/Conduit.Connector.Sdk.TestConnector", "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
            "-o", "artifacts/aot/testconnector",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        try
        {
            await publish.WaitForExitAsync().WaitAsync(PublishTimeout);
        }
        catch (TimeoutException)
        {
            publish.Kill(entireProcessTree: true);
            throw;
        }

        if (publish.ExitCode != 0 || !File.Exists(TestConnector.AotPath))
        {
            throw new InvalidOperationException($"Publishing the AOT test connector failed ({publish.ExitCode}):\n{await output}\n{await errors}");
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
