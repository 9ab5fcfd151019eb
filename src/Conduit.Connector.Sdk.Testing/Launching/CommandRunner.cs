namespace Conduit.Connector.Sdk.Testing.Launching;

/// <summary>Runs a connector executable to its end and captures its output (command-line words, start-up failures).</summary>
internal static class CommandRunner
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(2);

    public static async Task<ConnectorRunResult> RunAsync(ConnectorProcessOptions options, CancellationToken cancellationToken)
    {
        using var generated = options.AutoMtls && options.ClientCertificate is null ? ClientCertificate.Create() : null;
        var clientCertificate = options.AutoMtls ? options.ClientCertificate ?? generated : null;
        var environment = ChildEnvironment.Build(
            options,
            System.Environment.GetEnvironmentVariables(),
            clientCertificate is null ? null : ClientCertificate.ToPem(clientCertificate));
        using var process = ProcessLauncher.Start(options, environment);
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(cancellationToken).WaitAsync(options.HandshakeTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            timedOut = true;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }

        return new ConnectorRunResult(process.ExitCode, timedOut, await ReadBoundedAsync(stdout).ConfigureAwait(false), await ReadBoundedAsync(stderr).ConfigureAwait(false));
    }

    private static async Task<string> ReadBoundedAsync(Task<string> read)
    {
        try
        {
            return await read.WaitAsync(DrainTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return string.Empty;
        }
    }
}
